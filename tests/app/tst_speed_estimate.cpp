// The speed estimate of catalog models, the precision a model runs in by default and
// the model suggested first all follow from the machine's measured read speed and
// memory, given here as inputs, and from the catalog shipped with Linnet.
#include "model_catalog.h"
#include "speed_estimate.h"

#include <QTest>

using namespace linnet::app;

namespace {

const CatalogModel& catalogModel(const QString& id)
{
    for (const CatalogModel& m : ModelCatalog::builtIn().models())
        if (m.id == id)
            return m;
    qFatal("no catalog model %s", qPrintable(id));
}

int vocabOf(const QString& tokenizer)
{
    return tokenizer == QLatin1String("neox") ? 50277 : 65536;
}

constexpr qint64 GB = 1'000'000'000;

} // namespace

class SpeedEstimateTest : public QObject {
    Q_OBJECT

private slots:
    void a_token_reads_the_weights_but_one_embedding_row()
    {
        CatalogModel m;
        m.parameters = 1'527'000'000; // the RWKV-7 1.5B shape: 24 layers of 2048
        const qint64 weights = m.parameters - 65536ll * 2048;
        QCOMPARE(bytesReadPerToken(m, 65536, WeightPrecision::Fp32), 4 * weights);
        QCOMPARE(bytesReadPerToken(m, 65536, WeightPrecision::Bf16), 2 * weights);
        QCOMPARE(bytesReadPerToken(m, 65536, WeightPrecision::Int8), weights);
        QCOMPARE(bytesReadPerToken(m, 65536, WeightPrecision::Bit4), qint64(double(weights) * 0.625));
    }

    void tokens_per_second_is_read_speed_over_bytes_read()
    {
        CatalogModel m;
        m.parameters = 1'527'000'000;
        const MachineSpeed machine{20.0 * GB, 16 * GB, 0.8};
        const double bf16 = estimatedTokensPerSecond(m, 65536, WeightPrecision::Bf16, machine);
        QCOMPARE(bf16, 20.0 * GB * 0.8 / double(bytesReadPerToken(m, 65536, WeightPrecision::Bf16)));
        QVERIFY(qAbs(estimatedTokensPerSecond(m, 65536, WeightPrecision::Int8, machine) / bf16 - 2.0) < 1e-9);
        QVERIFY(qAbs(estimatedTokensPerSecond(m, 65536, WeightPrecision::Bf16, {40.0 * GB, 0, 0.8}) / bf16 - 2.0) < 1e-9);
    }

    void four_bits_where_measured_within_five_percent()
    {
        QCOMPARE(defaultPrecision("7"), WeightPrecision::Bit4);
        QCOMPARE(defaultPrecision("6"), WeightPrecision::Bit4);
        QCOMPARE(defaultPrecision("5.2"), WeightPrecision::Bit4);
        QCOMPARE(defaultPrecision("4"), WeightPrecision::Int8);
        QCOMPARE(precisionName(WeightPrecision::Bit4), QString("bf16i4"));
    }

    // Where the old rule (the largest that fits in bf16 in half the memory) suggested a
    // model that writes a few tokens a second, speed now decides among those that fit.
    void the_suggestion_follows_read_speed_and_memory_data()
    {
        QTest::addColumn<double>("read_gb_per_s");
        QTest::addColumn<qint64>("memory_gb");
        QTest::addColumn<QString>("expected");
        // 24 GB and a fast memory: the 13.3B G1 writes ~10 tokens/s at 4 bits (8.4 GB).
        QTest::newRow("workstation") << 120.0 << qint64(24) << "rwkv7-g1e-13.3b";
        // The same memory, a laptop's read speed: the 7.2B writes ~10/s, the 13.3B ~5/s.
        QTest::newRow("laptop") << 60.0 << qint64(24) << "rwkv7-g1e-7.2b";
        // Slow memory: the 2.9B (~12/s), not the 7.2B (~5/s).
        QTest::newRow("old laptop") << 25.0 << qint64(16) << "rwkv7-g1e-2.9b";
        // Little memory: the 13.3B and 7.2B do not fit in half of 8 GB.
        QTest::newRow("8 GB") << 120.0 << qint64(8) << "rwkv7-g1e-2.9b";
        // Nothing is fast: the fastest that fits.
        QTest::newRow("very slow") << 0.1 << qint64(8) << "rwkv7-g1d-0.1b";
    }

    void the_suggestion_follows_read_speed_and_memory()
    {
        QFETCH(double, read_gb_per_s);
        QFETCH(qint64, memory_gb);
        QFETCH(QString, expected);
        const MachineSpeed machine{read_gb_per_s * GB, memory_gb * GB, 0.8};
        QCOMPARE(fastRecommendedModel(ModelCatalog::builtIn().models(), vocabOf, machine), expected);
    }

    void nothing_is_suggested_when_nothing_fits()
    {
        QCOMPARE(fastRecommendedModel(ModelCatalog::builtIn().models(), vocabOf, {100.0 * GB, 256 << 20, 0.8}),
                 QString());
    }

    void the_read_test_measures_a_plausible_speed()
    {
        const double speed = measureReadSpeed(2, 64 << 20);
        QVERIFY2(speed > 0.5 * GB && speed < 2000.0 * GB, qPrintable(QString::number(speed / GB) + " GB/s"));
    }
};

QTEST_GUILESS_MAIN(SpeedEstimateTest)
#include "tst_speed_estimate.moc"

// The speed estimate of catalog models, the precision a model runs in by default and
// the model suggested first all follow from the machine's measured read speed and
// memory, given here as inputs, and from the catalog shipped with Linnet.
#include "database.h"
#include "model_catalog.h"
#include "settings_store.h"
#include "speed_calibration.h"
#include "speed_estimate.h"

#include "linnet/cpu.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

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
        // The head (65536 × 2048) stays int8; the rest 148 bytes per 256 weights.
        const qint64 head = 65536ll * 2048;
        QCOMPARE(bytesReadPerToken(m, 65536, WeightPrecision::Bit4), qint64(double(weights - head) * 0.578125) + head);
    }

    void tokens_per_second_is_read_speed_over_bytes_read()
    {
        CatalogModel m;
        m.parameters = 1'527'000'000;
        const MachineSpeed machine{20.0 * GB, 16 * GB, 0.8, 0.001};
        const double bf16 = estimatedTokensPerSecond(m, 65536, WeightPrecision::Bf16, machine);
        const double bytes = double(bytesReadPerToken(m, 65536, WeightPrecision::Bf16));
        QCOMPARE(bf16, 1.0 / (bytes / (20.0 * GB * 0.8) + 0.001));
        // Without the fixed cost a token's time is the bytes it reads over the read speed.
        const MachineSpeed bound_only{20.0 * GB, 16 * GB, 0.8, 0};
        const double at_bound = estimatedTokensPerSecond(m, 65536, WeightPrecision::Bf16, bound_only);
        const double fp32 = estimatedTokensPerSecond(m, 65536, WeightPrecision::Fp32, bound_only);
        QVERIFY(qAbs(estimatedTokensPerSecond(m, 65536, WeightPrecision::Int8, bound_only) / fp32 - 4.0) < 1e-9);
        QVERIFY(qAbs(estimatedTokensPerSecond(m, 65536, WeightPrecision::Bf16, {40.0 * GB, 0, 0.8, 0}) / at_bound - 2.0)
                < 1e-9);
        QCOMPARE(estimatedTokensPerSecond(m, 65536, WeightPrecision::Bf16, {0, 0, 0.8, 0.001}), 0.0);
    }

    // A token that fits in a large shared cache reads at the cache's speed: the read
    // tests over smaller buffers decide, interpolated in the logarithm of the size.
    void small_tokens_read_at_the_speed_of_their_size()
    {
        constexpr qint64 MB = 1 << 20;
        MachineSpeed machine{20.0 * GB, 16 * GB, 0.85, 0.0006};
        // Measured on a host with a 260 MB L3 (docs/benchmarks.md), one test a size.
        machine.small_reads = {{32 * MB, 50.5 * GB}, {64 * MB, 59.5 * GB}, {128 * MB, 56.9 * GB}};
        QCOMPARE(readSpeedFor(machine, 16 * MB), 50.5 * GB);  // below the smallest: its speed
        QCOMPARE(readSpeedFor(machine, 64 * MB), 59.5 * GB);  // a tested size: its speed
        QCOMPARE(readSpeedFor(machine, 256 * MB), 20.0 * GB); // the main test's size and beyond
        QCOMPARE(readSpeedFor(machine, 4096 * MB), 20.0 * GB);
        // Halfway between 128 MB and 256 MB in the logarithm (181 MB): halfway in speed.
        const qint64 mid = qint64(std::sqrt(128.0 * 256.0) * MB);
        QVERIFY(qAbs(readSpeedFor(machine, mid) - (56.9 + 20.0) / 2 * GB) < 0.01 * GB);
        // A small buffer read slower than memory (thread start-up weighs): memory's speed.
        MachineSpeed slow_small = machine;
        slow_small.small_reads = {{32 * MB, 5.0 * GB}};
        QCOMPARE(readSpeedFor(slow_small, 16 * MB), 20.0 * GB);
        // Unknown read speed: no estimate, whatever the small tests say.
        MachineSpeed unknown = machine;
        unknown.read_bytes_per_s = 0;
        QCOMPARE(readSpeedFor(unknown, 64 * MB), 0.0);

        // The 0.1B shape at 4 bits reads ~103 MB a token: the cache's speed; the 1.5B reads
        // 863 MB: memory's; without the small tests both read at memory's.
        CatalogModel small, large;
        small.parameters = 191'000'000;
        large.parameters = 1'527'000'000;
        MachineSpeed plain = machine;
        plain.small_reads.clear();
        const qint64 small_bytes = bytesReadPerToken(small, 65536, WeightPrecision::Bit4);
        QVERIFY(small_bytes > 64 * MB && small_bytes < 128 * MB);
        QCOMPARE(estimatedTokensPerSecond(small, 65536, WeightPrecision::Bit4, machine),
                 1.0 / (double(small_bytes) / (readSpeedFor(machine, small_bytes) * 0.85) + 0.0006));
        QVERIFY(estimatedTokensPerSecond(small, 65536, WeightPrecision::Bit4, machine) >
                2 * estimatedTokensPerSecond(small, 65536, WeightPrecision::Bit4, plain));
        QCOMPARE(estimatedTokensPerSecond(large, 65536, WeightPrecision::Bit4, machine),
                 estimatedTokensPerSecond(large, 65536, WeightPrecision::Bit4, plain));
    }

    // oneDNN has no bf16 products below AVX-512, where the engine keeps bf16 weights in
    // fp32: the estimates must read and hold fp32's bytes there, and half of them above.
    void bf16_weights_are_fp32_below_avx512()
    {
        CatalogModel m;
        m.parameters = 1'527'000'000;
        const linnet::CpuLevel level = linnet::cpu_level();
        auto bytes = [&](WeightPrecision p) { return bytesReadPerToken(m, 65536, p); };
        QVERIFY(linnet::set_cpu_level(linnet::CpuLevel::Avx2));
        QCOMPARE(bytes(WeightPrecision::Bf16), bytes(WeightPrecision::Fp32));
        QCOMPARE(estimatedMemory(m, WeightPrecision::Bf16), estimatedMemory(m, WeightPrecision::Fp32));
        const bool avx512 = linnet::set_cpu_level(linnet::CpuLevel::Avx512);
        if (avx512) {
            QCOMPARE(2 * bytes(WeightPrecision::Bf16), bytes(WeightPrecision::Fp32));
            QVERIFY(estimatedMemory(m, WeightPrecision::Bf16) < estimatedMemory(m, WeightPrecision::Fp32));
        }
        linnet::set_cpu_level(level);
        if (!avx512)
            QSKIP("this CPU has no AVX-512: the bf16 width above it was not checked");
    }

    void four_bits_where_measured_within_five_percent()
    {
        QCOMPARE(defaultPrecision("7"), WeightPrecision::Bit4);
        QCOMPARE(defaultPrecision("6"), WeightPrecision::Bit4);
        QCOMPARE(defaultPrecision("5.2"), WeightPrecision::Bit4);
        QCOMPARE(defaultPrecision("4"), WeightPrecision::Int8);
        QCOMPARE(precisionName(WeightPrecision::Bit4), QString("bf16i4"));
    }

    // A new user's strategy, and the precision a loaded strategy reads at.
    void strategies_and_their_precision()
    {
        QCOMPARE(defaultStrategy("7"), QString("cpu bf16i4"));
        QCOMPARE(defaultStrategy("4"), QString("cpu bf16i8"));
        QCOMPARE(precisionOfStrategy(defaultStrategy("4")), WeightPrecision::Int8);
        QCOMPARE(precisionOfStrategy("cpu  fp32i8 "), WeightPrecision::Int8);
        QCOMPARE(precisionOfStrategy("cpu fp32i4"), WeightPrecision::Bit4);
        QCOMPARE(precisionOfStrategy("cpu bf16"), WeightPrecision::Bf16);
        QCOMPARE(precisionOfStrategy("cpu fp32"), WeightPrecision::Fp32);
        QVERIFY(!precisionOfStrategy("cpu bf16i8 *12 -> cpu bf16"));
        QVERIFY(!precisionOfStrategy("auto"));
        QVERIFY(!precisionOfStrategy("cuda fp16"));
    }

    // Measured ÷ estimated, per size and precision; the mean ratio for sizes not run yet.
    void corrections_follow_what_was_measured()
    {
        SpeedCorrections c;
        QCOMPARE(c.factor(1'500'000'000, WeightPrecision::Bit4), 1.0);
        c.record(1'527'000'000, WeightPrecision::Bit4, 12, 15); // 0.8
        QCOMPARE(c.factor(1'500'000'000, WeightPrecision::Bit4), 0.8);
        c.record(1'500'000'000, WeightPrecision::Bit4, 9, 15); // the same size: halfway to 0.6
        QCOMPARE(c.observations().size(), 1);
        QVERIFY(qAbs(c.factor(1'527'000'000, WeightPrecision::Bit4) - 0.7) < 1e-12);
        c.record(7'200'000'000, WeightPrecision::Int8, 2.8, 2); // 1.4
        QVERIFY(qAbs(c.factor(7'200'000'000, WeightPrecision::Int8) - 1.4) < 1e-12);
        // Not measured: the geometric mean of 0.7 and 1.4.
        QVERIFY(qAbs(c.factor(2'900'000'000, WeightPrecision::Bit4) - std::sqrt(0.7 * 1.4)) < 1e-12);
        QVERIFY(qAbs(c.factor(1'500'000'000, WeightPrecision::Fp32) - std::sqrt(0.7 * 1.4)) < 1e-12);
        // Nonsense is not kept: a tiny model far from the bound, no estimate, no time.
        c.record(834'000, WeightPrecision::Bit4, 2000, 400000);
        c.record(1'000'000'000, WeightPrecision::Bf16, 10, 0);
        c.record(1'000'000'000, WeightPrecision::Bf16, std::nan(""), 10);
        QCOMPARE(c.observations().size(), 2);
        // Kept as JSON; entries that are not observations are skipped.
        QJsonArray stored = c.toJson();
        stored.append(QJsonObject{{"parameters", 1e9}, {"precision", "fp16"}, {"ratio", 1}});
        stored.append(QJsonObject{{"parameters", 1e9}, {"precision", "bf16"}, {"ratio", 1e9}});
        stored.append(QString("not an object"));
        const SpeedCorrections back = SpeedCorrections::fromJson(stored);
        QCOMPARE(back.observations().size(), 2);
        QCOMPARE(back.factor(7'200'000'000, WeightPrecision::Int8), c.factor(7'200'000'000, WeightPrecision::Int8));
        QCOMPARE(back.factor(3'000'000'000, WeightPrecision::Fp32), c.factor(3'000'000'000, WeightPrecision::Fp32));
    }

    // The window's calibration: the read speed and the corrections are kept in the
    // settings, and a generation slower than estimated moves the suggestion down.
    void calibration_is_kept_and_corrects_the_suggestion()
    {
        QTemporaryDir dir;
        Database db(dir.filePath("linnet.db"));
        SettingsStore settings(db);
        const ModelCatalog& catalog = ModelCatalog::builtIn();
        const CatalogModel& g1e_2_9 = catalogModel("rwkv7-g1e-2.9b");
        {
            SpeedCalibration speed(settings, 16 * GB);
            QVERIFY(!speed.known());
            QCOMPARE(speed.tokensPerSecond(catalog, g1e_2_9), 0.0);
            QCOMPARE(speed.recommended(catalog), QString());
            QSignalSpy changed(&speed, &SpeedCalibration::changed);
            speed.setReadSpeed(25.0 * GB);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(speed.recommended(catalog), QString("rwkv7-g1e-2.9b")); // ~11.9 tokens/s
            const double estimate = speed.tokensPerSecond(catalog, g1e_2_9);
            QCOMPARE(estimate, estimatedTokensPerSecond(g1e_2_9, 65536, WeightPrecision::Bit4, speed.machine()));
            // Too short to time, and a strategy of two precisions: not kept.
            speed.recordGeneration(2'900'000'000, 65536, "cpu bf16i4", 8, estimate / 2);
            speed.recordGeneration(2'900'000'000, 65536, "cpu bf16i4 *10 -> cpu bf16", 100, estimate / 2);
            QCOMPARE(speed.tokensPerSecond(catalog, g1e_2_9), estimate);
            // Half the estimate, measured: every estimate halves (nothing else was run).
            speed.recordGeneration(2'900'000'000, 65536, "cpu bf16i4", 100, estimate / 2);
            QCOMPARE(changed.count(), 2);
            QVERIFY(qAbs(speed.tokensPerSecond(catalog, g1e_2_9) - estimate / 2) < 1e-9);
        }
        // A new start reads both back: 2.9B at ~6 tokens/s, 1.5B at ~11.6.
        SpeedCalibration again(settings, 16 * GB);
        QVERIFY(again.known());
        QCOMPARE(again.machine().read_bytes_per_s, 25.0 * GB);
        QCOMPARE(again.recommended(catalog), QString("rwkv7-g1e-1.5b"));
    }

    // The read tests over smaller buffers are kept with the read speed; a damaged setting
    // keeps only its sound entries (positive, ascending, below the main test's size).
    void small_read_tests_are_kept_and_checked()
    {
        constexpr qint64 MB = 1 << 20;
        QTemporaryDir dir;
        Database db(dir.filePath("linnet.db"));
        SettingsStore settings(db);
        {
            SpeedCalibration speed(settings, 16 * GB);
            speed.setReadSpeed(20.0 * GB, {{64 * MB, 60.0 * GB}, {128 * MB, 55.0 * GB}});
            QCOMPARE(speed.machine().small_reads.size(), 2);
        }
        SpeedCalibration again(settings, 16 * GB);
        QCOMPARE(again.machine().small_reads.size(), 2);
        QCOMPARE(again.machine().small_reads[1].bytes, 128 * MB);
        QCOMPARE(again.machine().small_reads[1].bytes_per_s, 55.0 * GB);

        settings.setValue("memory_small_reads",
                          QJsonArray{QJsonObject{{"bytes", 32.0 * MB}, {"bytes_per_s", 50.0 * GB}},
                                     QJsonObject{{"bytes", 16.0 * MB}, {"bytes_per_s", 70.0 * GB}},  // not ascending
                                     QJsonObject{{"bytes", 64.0 * MB}, {"bytes_per_s", -1.0}},       // negative
                                     QJsonObject{{"bytes", 0}, {"bytes_per_s", 70.0 * GB}},          // no size
                                     QJsonObject{{"bytes", 1e300}, {"bytes_per_s", 70.0 * GB}},      // no integer
                                     QJsonObject{{"bytes", 512.0 * MB}, {"bytes_per_s", 70.0 * GB}}, // too large
                                     QJsonValue("fast"),
                                     QJsonObject{{"bytes", 128.0 * MB}, {"bytes_per_s", 45.0 * GB}}});
        settings.setValue("memory_read_bytes_per_s", "not a number");
        SpeedCalibration damaged(settings, 16 * GB);
        QVERIFY(!damaged.known());
        QCOMPARE(damaged.machine().small_reads.size(), 2);
        QCOMPARE(damaged.machine().small_reads[0].bytes, 32 * MB);
        QCOMPARE(damaged.machine().small_reads[1].bytes_per_s, 45.0 * GB);
    }

    // Where the old rule (the largest that fits in bf16 in half the memory) suggested a
    // model that writes a few tokens a second, speed now decides among those that fit.
    void the_suggestion_follows_read_speed_and_memory_data()
    {
        QTest::addColumn<double>("read_gb_per_s");
        QTest::addColumn<qint64>("memory_gb");
        QTest::addColumn<QString>("expected");
        // 24 GB and a fast memory: the 13.3B G1 writes ~12 tokens/s at 4 bits (8.4 GB).
        QTest::newRow("workstation") << 120.0 << qint64(24) << "rwkv7-g1e-13.3b";
        // The same memory, a laptop's read speed: the 7.2B writes ~12/s, the 13.3B ~6/s.
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
        MachineSpeed machine;
        machine.read_bytes_per_s = read_gb_per_s * GB;
        machine.memory_bytes = memory_gb * GB;
        QCOMPARE(fastRecommendedModel(ModelCatalog::builtIn().models(), vocabOf, machine), expected);
    }

    void nothing_is_suggested_when_nothing_fits()
    {
        QCOMPARE(fastRecommendedModel(ModelCatalog::builtIn().models(), vocabOf, {100.0 * GB, 256 << 20}),
                 QString());
    }

    // The read test runs on another thread and its result arrives as changed().
    void the_read_test_runs_once_off_the_calling_thread()
    {
        QTemporaryDir dir;
        Database db(dir.filePath("linnet.db"));
        SettingsStore settings(db);
        SpeedCalibration speed(settings, 16 * GB);
        QSignalSpy changed(&speed, &SpeedCalibration::changed);
        speed.measureOnce();
        speed.measureOnce(); // one test at a time
        QVERIFY(!speed.known());
        QVERIFY(changed.wait(20000));
        QVERIFY(speed.known());
        QVERIFY(settings.value("memory_read_bytes_per_s").toDouble() > 0);
        QCOMPARE(speed.machine().small_reads.size(), 6); // 32 MB … 181 MB
        QCOMPARE(settings.value("memory_small_reads").toArray().size(), 6);
        speed.measureOnce(); // known: nothing more
        QTest::qWait(50);
        QCOMPARE(changed.count(), 1);
    }

    // A read speed kept before there were tests over smaller buffers: estimated from at
    // once, and measured again once, with them.
    void a_read_speed_kept_alone_is_measured_again_once()
    {
        QTemporaryDir dir;
        Database db(dir.filePath("linnet.db"));
        SettingsStore settings(db);
        settings.setValue("memory_read_bytes_per_s", 1.0 * GB);
        SpeedCalibration speed(settings, 16 * GB);
        QVERIFY(speed.known());
        QCOMPARE(speed.machine().read_bytes_per_s, 1.0 * GB);
        QVERIFY(speed.machine().small_reads.isEmpty());
        QSignalSpy changed(&speed, &SpeedCalibration::changed);
        speed.measureOnce();
        QVERIFY(changed.wait(20000));
        QCOMPARE(speed.machine().small_reads.size(), 6);
        QVERIFY(speed.machine().read_bytes_per_s != 1.0 * GB);
        speed.measureOnce(); // kept now: nothing more
        QTest::qWait(50);
        QCOMPARE(changed.count(), 1);
        // Kept with an empty list (a read speed given without the small tests): not again.
        speed.setReadSpeed(2.0 * GB);
        SpeedCalibration again(settings, 16 * GB);
        QVERIFY(again.machine().small_reads.isEmpty());
        QSignalSpy quiet(&again, &SpeedCalibration::changed);
        again.measureOnce();
        QTest::qWait(50);
        QCOMPARE(quiet.count(), 0);
        QCOMPARE(again.machine().read_bytes_per_s, 2.0 * GB);
    }

    void the_read_test_measures_a_plausible_speed()
    {
        const double speed = measureReadSpeed(2, 64 << 20);
        QVERIFY2(speed > 0.5 * GB && speed < 2000.0 * GB, qPrintable(QString::number(speed / GB) + " GB/s"));
    }
};

QTEST_GUILESS_MAIN(SpeedEstimateTest)
#include "tst_speed_estimate.moc"

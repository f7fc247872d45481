// Every tiny model reproduces ../shared/vectors/tiny-models.json in both modes:
// logits within 1e-4 of the float64 reference, identical greedy continuations.
#include "linnet/model.h"
#include "linnet/sampler.h"
#include "reference_case.h"
#include "test_data.h"

#include <QFileInfo>
#include <QTest>

#include <map>
#include <memory>
#include <numeric>

using namespace linnet;
using linnet::test::floats;
using linnet::test::ints;
using linnet::test::max_abs_diff;
using linnet::test::kLogitTolerance;
using linnet::test::run;

namespace {


Model& model_for(const QString& file)
{
    static std::map<QString, std::unique_ptr<Model>> cache;
    auto& slot = cache[file];
    if (!slot)
        slot = Model::load(test::shared_path("models/tiny/" + file).toStdString(), {.threads = 1});
    return *slot;
}

} // namespace

class ReferenceVectors : public QObject {
    Q_OBJECT

private slots:
    void logits_and_greedy_data();
    void logits_and_greedy();
    void expected_logits_files_data();
    void expected_logits_files();
    void model_info_data();
    void model_info();
};

void ReferenceVectors::logits_and_greedy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonArray>("tokens");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<int>("mode");
    const QJsonObject vectors = test::read_json("vectors/tiny-models.json");
    std::map<QString, QJsonArray> prompts;
    for (const auto& v : vectors["prompts"].toArray()) {
        const QJsonObject p = v.toObject();
        prompts[p["name"].toString()] = p["tokens"].toArray();
    }
    for (const auto& v : vectors["models"].toArray()) {
        const QJsonObject m = v.toObject();
        const QString file = m["file"].toString();
        const QJsonObject results = m["results"].toObject();
        for (auto it = results.begin(); it != results.end(); ++it)
            for (Mode mode : {Mode::Rnn, Mode::Sequence})
                QTest::addRow("%s/%s/%s", qPrintable(file), qPrintable(it.key()), mode == Mode::Rnn ? "rnn" : "sequence")
                    << file << prompts.at(it.key()) << it.value().toObject() << static_cast<int>(mode);
    }
}

void ReferenceVectors::logits_and_greedy()
{
    QFETCH(QString, file);
    QFETCH(QJsonArray, tokens);
    QFETCH(QJsonObject, expected);
    QFETCH(int, mode);
    Model& model = model_for(file);
    const auto prompt = ints(tokens);

    test::check_reference_case(model, model.initial_state(), prompt, expected, static_cast<Mode>(mode));
}

void ReferenceVectors::expected_logits_files_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("expected");
    const QJsonObject vectors = test::read_json("vectors/tiny-models.json");
    for (const auto& v : vectors["models"].toArray()) {
        const QJsonObject m = v.toObject();
        const QString file = m["file"].toString();
        if (file.endsWith("-FP32.bin") && !file.contains("dequant"))
            QTest::newRow(qPrintable(file)) << file << m["expected_logits_file"].toString();
    }
}

void ReferenceVectors::expected_logits_files()
{
    QFETCH(QString, model);
    QFETCH(QString, expected);
    const QByteArray raw = test::read_file(test::shared_path("models/tiny/" + expected));
    QCOMPARE(raw.size(), 256 * 4);
    std::vector<float> want(256);
    std::memcpy(want.data(), raw.constData(), raw.size());
    for (Mode mode : {Mode::Rnn, Mode::Sequence}) {
        Model& m = model_for(model);
        State state = m.initial_state();
        const std::vector<int32_t> quote_in = {34, 105, 110};
        const double diff = max_abs_diff(run(m, state, quote_in, mode), want);
        QVERIFY2(diff <= kLogitTolerance, qPrintable(QString("max diff %1").arg(diff)));
    }
}

void ReferenceVectors::model_info_data()
{
    QTest::addColumn<QJsonObject>("entry");
    const QJsonObject vectors = test::read_json("vectors/tiny-models.json");
    for (const auto& m : vectors["models"].toArray())
        QTest::newRow(qPrintable(m.toObject()["file"].toString())) << m.toObject();
}

void ReferenceVectors::model_info()
{
    QFETCH(QJsonObject, entry);
    const ModelInfo& info = model_for(entry["file"].toString()).info();
    QString version = entry["arch_version"].toString(); // "4.0", "5.1", "5.2", "6.0", "7.0"
    if (version.endsWith(".0"))
        version.chop(2);
    QCOMPARE(QString(arch_name(info.arch)), version);
    QCOMPARE(info.n_layer, entry["n_layer"].toInt());
    QCOMPARE(info.n_embed, entry["n_embed"].toInt());
    QCOMPARE(info.n_vocab, entry["n_vocab"].toInt());
    QCOMPARE(info.n_head, entry["n_head"].toInt());
    QCOMPARE(info.head_size, entry["head_size"].toInt());
    QCOMPARE(info.state_floats(), static_cast<int64_t>(entry["state_len"].toInt()));
}

QTEST_APPLESS_MAIN(ReferenceVectors)
#include "tst_reference_vectors.moc"

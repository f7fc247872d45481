// Every tiny model reproduces ../shared/vectors/tiny-models.json in both modes:
// logits within 1e-4 of the float64 reference, identical greedy continuations.
#include "linnet/model.h"
#include "linnet/sampler.h"
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

namespace {

constexpr double kLogitTolerance = 1e-4;

Model& model_for(const QString& file)
{
    static std::map<QString, std::unique_ptr<Model>> cache;
    auto& slot = cache[file];
    if (!slot)
        slot = Model::load(test::shared_path("models/tiny/" + file).toStdString(), {.threads = 1});
    return *slot;
}

std::vector<float> run(Model& model, State& state, std::span<const int32_t> tokens, Mode mode)
{
    std::vector<float> logits(model.info().n_vocab);
    model.feed(tokens, state, logits, {.mode = mode});
    return logits;
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
    const Mode m = static_cast<Mode>(mode);

    // After each of the first three tokens: one at a time in RNN mode; the whole
    // prefix at once in sequence mode.
    const QJsonArray first = expected["logits_first"].toArray();
    State incremental = model.initial_state();
    for (int i = 0; i < first.size(); ++i) {
        std::vector<float> logits;
        if (m == Mode::Rnn) {
            logits = run(model, incremental, std::span(prompt).subspan(i, 1), m);
        } else {
            State fresh = model.initial_state();
            logits = run(model, fresh, std::span(prompt).first(i + 1), m);
        }
        const double diff = max_abs_diff(logits, floats(first[i].toArray()));
        QVERIFY2(diff <= kLogitTolerance, qPrintable(QString("token %1: max diff %2").arg(i).arg(diff)));
    }

    State state = model.initial_state();
    auto logits = run(model, state, prompt, m);
    const double diff = max_abs_diff(logits, floats(expected["logits_last"].toArray()));
    QVERIFY2(diff <= kLogitTolerance, qPrintable(QString("last logits: max diff %1").arg(diff)));
    QCOMPARE(argmax(logits), expected["argmax_last"].toInt());

    if (expected.contains("state_abs_sum")) {
        const auto v = state.values();
        double sum = 0, abs_sum = 0;
        for (float x : v) {
            sum += x;
            abs_sum += std::abs(x);
        }
        const double want_abs = expected["state_abs_sum"].toDouble();
        const double want_sum = expected["state_sum"].toDouble();
        QVERIFY2(std::abs(abs_sum - want_abs) <= 1e-4 * std::abs(want_abs),
                 qPrintable(QString("state |sum| %1, expected %2").arg(abs_sum).arg(want_abs)));
        QVERIFY2(std::abs(sum - want_sum) <= 1e-3 * std::max(1.0, std::abs(want_sum)),
                 qPrintable(QString("state sum %1, expected %2").arg(sum).arg(want_sum)));
    }

    std::vector<int32_t> greedy;
    for (int i = 0; i < 32; ++i) {
        const int32_t token = argmax(logits);
        greedy.push_back(token);
        logits = run(model, state, std::span(&token, 1), Mode::Rnn);
    }
    QCOMPARE(greedy, ints(expected["greedy_tokens"].toArray()));
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

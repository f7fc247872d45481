// The tiny models as official checkpoints (.pth fp32/bf16, safetensors fp32) reproduce
// ../shared/vectors/tiny-models-pth.json in both modes; the fp32 ones are bit-identical
// to the FP32 .bin files, tensor by tensor and in their logits; the state-tuned files
// give the vectors' state_entries.
#include "linnet/model.h"
#include "linnet/sampler.h"
#include "linnet/tuned_state.h"
#include "reference_case.h"
#include "tensor_set.h"
#include "test_data.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <map>
#include <memory>

using namespace linnet;
using linnet::test::floats;
using linnet::test::ints;
using linnet::test::max_abs_diff;
using linnet::test::run;

namespace {


QString model_path(const QString& file)
{
    return test::shared_path("models/tiny/" + file);
}

// eps 0: the file's default.
Model& model_for(const QString& file, double eps = 0)
{
    static std::map<std::pair<QString, double>, std::unique_ptr<Model>> cache;
    auto& slot = cache[{file, eps}];
    if (!slot) {
        LoadOptions options{.threads = 1};
        if (eps > 0)
            options.group_norm_eps = static_cast<float>(eps);
        slot = Model::load(model_path(file).toStdString(), options);
    }
    return *slot;
}

// The entry's eps, or 0 when it is the file's default (so that the default is tested).
double eps_override(const QString& file, const QJsonValue& eps)
{
    if (eps.isNull())
        return 0;
    return std::abs(model_for(file).info().group_norm_eps - eps.toDouble()) < 1e-9 ? 0 : eps.toDouble();
}

bool same_bits(std::span<const float> a, std::span<const float> b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

QJsonObject vectors()
{
    return test::read_json("vectors/tiny-models-pth.json");
}

std::map<QString, QJsonArray> prompts()
{
    std::map<QString, QJsonArray> out;
    for (const auto& v : vectors()["prompts"].toArray())
        out[v.toObject()["name"].toString()] = v.toObject()["tokens"].toArray();
    return out;
}

} // namespace

class CheckpointVectors : public QObject {
    Q_OBJECT

private slots:
    void logits_and_greedy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonValue>("eps");
        QTest::addColumn<QJsonArray>("tokens");
        QTest::addColumn<QJsonObject>("expected");
        QTest::addColumn<int>("mode");
        const auto p = prompts();
        for (const auto& v : vectors()["models"].toArray()) {
            const QJsonObject m = v.toObject();
            const QString file = m["file"].toString();
            const QJsonObject results = m["results"].toObject();
            for (auto it = results.begin(); it != results.end(); ++it)
                for (Mode mode : {Mode::Rnn, Mode::Sequence})
                    QTest::addRow("%s/eps=%g/%s/%s", qPrintable(file), m["group_norm_eps"].toDouble(), qPrintable(it.key()),
                                  mode == Mode::Rnn ? "rnn" : "sequence")
                        << file << m["group_norm_eps"] << p.at(it.key()) << it.value().toObject() << int(mode);
        }
    }

    void logits_and_greedy()
    {
        QFETCH(QString, file);
        QFETCH(QJsonValue, eps);
        QFETCH(QJsonArray, tokens);
        QFETCH(QJsonObject, expected);
        QFETCH(int, mode);
        Model& model = model_for(file, eps_override(file, eps));
        const auto prompt = ints(tokens);
        test::check_reference_case(model, model.initial_state(), prompt, expected, static_cast<Mode>(mode));
    }

    void model_info_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        for (const auto& m : vectors()["models"].toArray())
            QTest::newRow(qPrintable(m.toObject()["file"].toString())) << m.toObject();
    }

    void model_info()
    {
        QFETCH(QJsonObject, entry);
        const QString file = entry["file"].toString();
        const ModelInfo& info = model_for(file).info();
        QString version = entry["arch_version"].toString();
        if (version.endsWith(".0"))
            version.chop(2);
        QCOMPARE(QString(arch_name(info.arch)), version);
        QCOMPARE(info.n_layer, entry["n_layer"].toInt());
        QCOMPARE(info.n_embed, entry["n_embed"].toInt());
        QCOMPARE(info.n_head, entry["n_head"].toInt());
        QCOMPARE(info.head_size, entry["head_size"].toInt());
        QCOMPARE(info.state_floats(), static_cast<int64_t>(entry["state_len"].toInt()));
        QCOMPARE(QString::fromStdString(info.format), entry["source_format"].toString());
        QCOMPARE(QString::fromStdString(info.source_dtype), entry["source_dtype"].toString());
        // Checkpoints default to the trained GroupNorm eps, 64e-5, for every version with heads.
        if (info.arch != Arch::V4)
            QCOMPARE(info.group_norm_eps, 64e-5f);
        // inspect_model reads the same description without converting weights.
        const ModelInfo quick = inspect_model(model_path(file).toStdString());
        QCOMPARE(quick.arch, info.arch);
        QCOMPARE(quick.parameters, info.parameters);
        QCOMPARE(quick.source_dtype, info.source_dtype);
    }

    // fp32 checkpoints hold exactly the .bin weights: same internal tensors, bit for bit.
    void fp32_tensors_equal_the_bin_file_data()
    {
        QTest::addColumn<QString>("checkpoint");
        QTest::addColumn<QString>("bin");
        for (const auto& v : vectors()["models"].toArray()) {
            const QJsonObject m = v.toObject();
            if (m.contains("bit_identical_to"))
                QTest::newRow(qPrintable(m["file"].toString()))
                    << m["file"].toString() << m["bit_identical_to"].toObject()["file"].toString();
        }
    }

    void fp32_tensors_equal_the_bin_file()
    {
        QFETCH(QString, checkpoint);
        QFETCH(QString, bin);
        const TensorSet a = open_model_file(model_path(checkpoint).toStdString());
        const TensorSet b = open_model_file(model_path(bin).toStdString());
        QCOMPARE(a.all().size(), b.all().size());
        for (const auto& [name, view] : b.all()) {
            const TensorView* t = a.find(name);
            QVERIFY2(t, name.c_str());
            QVERIFY2(t->shape == view.shape, qPrintable(QString::fromStdString(name + " " + shape_string(t->shape) +
                                                                               " vs " + shape_string(view.shape))));
            QCOMPARE(t->dtype, DType::F32);
            QVERIFY2(t->bytes.size() == view.bytes.size() &&
                         std::memcmp(t->bytes.data(), view.bytes.data(), view.bytes.size()) == 0,
                     name.c_str());
        }
    }

    void fp32_logits_equal_the_bin_file_data() { fp32_tensors_equal_the_bin_file_data(); }

    void fp32_logits_equal_the_bin_file()
    {
        QFETCH(QString, checkpoint);
        QFETCH(QString, bin);
        Model& b = model_for(bin);
        Model& a = model_for(checkpoint, b.info().group_norm_eps);
        QCOMPARE(a.info().fingerprint, b.info().fingerprint); // states move between the two
        const auto tokens = ints(prompts().at("english-100"));
        for (Mode mode : {Mode::Rnn, Mode::Sequence}) {
            State sa = a.initial_state(), sb = b.initial_state();
            QVERIFY(same_bits(run(a, sa, tokens, mode), run(b, sb, tokens, mode)));
            QVERIFY(same_bits(sa.values(), sb.values()));
        }
    }

    void state_entries_data()
    {
        QTest::addColumn<QString>("weights");
        QTest::addColumn<QString>("state_file");
        QTest::addColumn<QJsonObject>("expected");
        QTest::addColumn<int>("mode");
        const auto p = prompts();
        for (const auto& v : vectors()["state_entries"].toArray()) {
            const QJsonObject e = v.toObject();
            const QJsonObject files = e["weights_files"].toObject();
            for (auto group = files.begin(); group != files.end(); ++group)
                for (const auto& weights : group.value().toArray())
                    for (Mode mode : {Mode::Rnn, Mode::Sequence})
                        QTest::addRow("%s/%s/%s", qPrintable(e["file"].toString()), qPrintable(weights.toString()),
                                      mode == Mode::Rnn ? "rnn" : "sequence")
                            << weights.toString() << e["file"].toString()
                            << e["results"].toObject()[group.key()].toObject() << int(mode);
        }
    }

    void state_entries()
    {
        QFETCH(QString, weights);
        QFETCH(QString, state_file);
        QFETCH(QJsonObject, expected);
        QFETCH(int, mode);
        // The state vectors were computed with rwkv.cpp's RWKV-5 eps, like the .bin files.
        const double eps = model_for(weights).info().arch == Arch::V5_2 ? 1e-5 : 0;
        Model& model = model_for(weights, eps);
        const State start = load_tuned_state(model_path(state_file).toStdString(), model);
        const std::vector<int32_t> quote_in = {34, 105, 110};
        test::check_reference_case(model, start, quote_in, expected, static_cast<Mode>(mode));
    }
};

QTEST_APPLESS_MAIN(CheckpointVectors)
#include "tst_checkpoint_vectors.moc"

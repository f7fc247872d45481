// The naming flavours of checkpoints (official RWKV-LM, Hugging Face transformers,
// web-rwkv/ai00) give the same model; files Linnet does not run (ChatRWKV-converted,
// ChatRWKV's RWKV-5.1, inconsistent tensors) and mismatched state-tuning files are
// refused, each with its own message.
#include "checkpoint_writer.h"
#include "linnet/error.h"
#include "linnet/model.h"
#include "linnet/sampler.h"
#include "linnet/tuned_state.h"
#include "test_data.h"

#include <QFloat16>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <functional>

using namespace linnet;
using namespace linnet::test;

namespace {

using Tensors = std::vector<StTensor>;

QString tiny(const QString& relative)
{
    return shared_path("models/tiny/" + relative);
}

// The official tensors of a tiny model (fp32), from its safetensors fixture.
Tensors official(const char* model)
{
    return read_safetensors(read_file(tiny(QString("safetensors/tiny-rwkv-%1-fp32.safetensors").arg(model))));
}

std::vector<PthTensor> as_pth(const Tensors& tensors)
{
    std::vector<PthTensor> out;
    for (const auto& t : tensors)
        out.push_back({t.name, t.dtype == "F32" ? "FloatStorage" : "HalfStorage", t.shape, t.data});
    return out;
}

void transpose_last_two(StTensor& t)
{
    const size_t n = t.shape.size();
    const int64_t rows = t.shape[n - 2], cols = t.shape[n - 1];
    const int64_t element = t.dtype == "F32" ? 4 : 2;
    QByteArray out(t.data.size(), '\0');
    for (int64_t b = 0; b < t.data.size() / (rows * cols * element); ++b)
        for (int64_t r = 0; r < rows; ++r)
            for (int64_t c = 0; c < cols; ++c)
                std::memcpy(out.data() + ((b * cols + c) * rows + r) * element,
                            t.data.constData() + ((b * rows + r) * cols + c) * element, element);
    t.data = out;
    std::swap(t.shape[n - 2], t.shape[n - 1]);
}

void to_f16(StTensor& t)
{
    const qsizetype n = t.data.size() / 4;
    QByteArray out(n * 2, '\0');
    for (qsizetype i = 0; i < n; ++i) {
        float f;
        std::memcpy(&f, t.data.constData() + i * 4, 4);
        const qfloat16 h(f);
        std::memcpy(out.data() + i * 2, &h, 2);
    }
    t.data = out;
    t.dtype = "F16";
}

void replace_in_names(Tensors& tensors, const QByteArray& from, const QByteArray& to)
{
    for (auto& t : tensors)
        t.name.replace(from, to);
}

// transformers' convert_rwkv_checkpoint_to_hf.py (and its RWKV-5/6 variants).
Tensors huggingface_names(Tensors tensors)
{
    for (auto& t : tensors) {
        QByteArray& n = t.name;
        if (n.startsWith("emb."))
            n.replace("emb.", "embeddings.");
        if (n.startsWith("blocks.0.ln0"))
            n.replace("blocks.0.ln0", "blocks.0.pre_ln");
        n.replace(".att.", ".attention.");
        n.replace(".ffn.", ".feed_forward.");
        for (auto [from, to] : {std::pair{".time_mix_k", ".time_mix_key"}, {".time_mix_v", ".time_mix_value"},
                                {".time_mix_r", ".time_mix_receptance"}, {".time_mix_g", ".time_mix_gate"}})
            if (n.endsWith(from))
                n = n.chopped(qstrlen(from)) + to;
        if (n != "head.weight")
            n = "rwkv." + n;
    }
    return tensors;
}

// web-rwkv's convert_safetensors.py: renames, and the LoRA matrices transposed.
Tensors web_rwkv_names(Tensors tensors)
{
    replace_in_names(tensors, "time_faaaa", "time_first");
    replace_in_names(tensors, "time_maa", "time_mix");
    for (auto& t : tensors)
        for (const char* lora : {".time_mix_w1", ".time_mix_w2", ".time_decay_w1", ".time_decay_w2", ".att.w1", ".att.w2",
                                 ".att.a1", ".att.a2", ".att.v1", ".att.v2", ".att.g1", ".att.g2"})
            if (t.name.endsWith(lora))
                transpose_last_two(t);
    return tensors;
}

std::vector<float> logits_of(const QString& path)
{
    const auto model = Model::load(path.toStdString(), {.threads = 1});
    std::vector<float> logits(model->info().n_vocab);
    State state = model->initial_state();
    const std::vector<int32_t> tokens = {72, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100};
    model->feed(tokens, state, logits);
    return logits;
}

bool same_bits(const std::vector<float>& a, const std::vector<float>& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * 4) == 0;
}

} // namespace

class CheckpointNames : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int counter_ = 0;

    QString write(const QByteArray& bytes, const char* extension)
    {
        const QString path = dir_.filePath(QString("file-%1.%2").arg(counter_++).arg(extension));
        write_file(path, bytes);
        return path;
    }

    template <class F>
    void expect_error(F&& f, ErrorKind kind, const QStringList& words)
    {
        try {
            f();
            QFAIL("no error");
        } catch (const Error& e) {
            const QString message = e.what();
            QVERIFY2(e.kind() == kind, qPrintable("unexpected error kind: " + message));
            for (const auto& w : words)
                QVERIFY2(message.contains(w, Qt::CaseInsensitive), qPrintable("'" + w + "' not in: " + message));
        }
    }

    void expect_load_error(const QByteArray& file, const char* extension, ErrorKind kind, const QStringList& words)
    {
        const QString path = write(file, extension);
        expect_error([&] { Model::load(path.toStdString(), {.threads = 1}); }, kind, words);
    }

private slots:
    void flavours_data()
    {
        QTest::addColumn<QString>("model");
        for (const char* m : {"4v0-660K", "5v1-730K", "5v2-730K", "6v0-3m-Q5_1-dequant", "7v0-834K"})
            QTest::newRow(m) << QString(m);
    }

    // Hugging Face repos ship pytorch_model.bin (a torch zip) or model.safetensors.
    void flavours()
    {
        QFETCH(QString, model);
        const Tensors tensors = official(model.toUtf8().constData());
        const auto expected = logits_of(tiny("safetensors/tiny-rwkv-" + model + "-fp32.safetensors"));
        QVERIFY(same_bits(logits_of(write(write_pth(as_pth(huggingface_names(tensors))), "bin")), expected));
        QVERIFY(same_bits(logits_of(write(write_safetensors(huggingface_names(tensors)), "safetensors")), expected));
        QVERIFY(same_bits(logits_of(write(write_safetensors(web_rwkv_names(tensors)), "st")), expected));
    }

    // web-rwkv stores every tensor as F16.
    void web_rwkv_f16_files_load()
    {
        for (const char* model : {"5v2-730K", "6v0-3m-Q5_1-dequant", "7v0-834K"}) {
            Tensors tensors = web_rwkv_names(official(model));
            for (auto& t : tensors)
                to_f16(t);
            const QString path = write(write_safetensors(tensors), "st");
            const auto info = inspect_model(path.toStdString());
            QCOMPARE(QString::fromStdString(info.source_dtype), QString("float16"));
            const auto expected = logits_of(tiny(QString("safetensors/tiny-rwkv-%1-fp32.safetensors").arg(model)));
            const auto got = logits_of(path);
            QVERIFY2(max_abs_diff(got, expected) < 0.05, qPrintable(QString("%1: %2").arg(model).arg(max_abs_diff(got, expected))));
            QCOMPARE(argmax(got), argmax(expected));
        }
    }

    void chatrwkv_converted_files_are_refused()
    {
        const auto tensors = as_pth(official("4v0-660K"));
        for (const char* key : {"_strategy", "_version", "_rescale_layer"})
            expect_load_error(write_pth(tensors, {{key, "cuda fp16"}}), "pth", ErrorKind::UnsupportedVersion,
                              {"convert_model.py", key, "original checkpoint"});
        expect_load_error(write_pth(tensors, {{"note", "hello"}}), "pth", ErrorKind::Malformed,
                          {"'note' is a string, not a tensor"});
    }

    void chatrwkv_v5_1_is_refused()
    {
        Tensors tensors = official("5v1-730K");
        for (int layer = 0; layer < 12; ++layer)
            tensors.push_back({"blocks." + QByteArray::number(layer) + ".att.gate.weight", "F32", {64, 64},
                               QByteArray(64 * 64 * 4, '\0')});
        expect_load_error(write_safetensors(tensors), "safetensors", ErrorKind::UnsupportedVersion,
                          {"gate and one decay per head", "5.1", "[8]"});
    }

    void inconsistent_checkpoints_are_refused()
    {
        Tensors missing = official("7v0-834K");
        std::erase_if(missing, [](const StTensor& t) { return t.name == "blocks.3.att.x_k"; });
        expect_load_error(write_safetensors(missing), "safetensors", ErrorKind::MissingTensor, {"'blocks.3.att.x_k'"});

        Tensors extra = official("7v0-834K");
        extra.push_back({"blocks.0.att.mystery", "F32", {4}, QByteArray(16, '\0')});
        expect_load_error(write_safetensors(extra), "safetensors", ErrorKind::UnknownTensor, {"'blocks.0.att.mystery'"});

        Tensors decay = official("5v2-730K");
        for (auto& t : decay)
            if (t.name == "blocks.2.att.time_decay")
                t.shape = {2, 32};
        expect_load_error(write_safetensors(decay), "safetensors", ErrorKind::ShapeMismatch,
                          {"'blocks.2.att.time_decay'", "[2, 32]", "(8, 8)"});

        expect_load_error(write_safetensors({{"head.weight", "F32", {4}, QByteArray(16, '\0')}}), "safetensors",
                          ErrorKind::MissingTensor, {"'emb.weight'"});
    }

    void state_file_is_not_a_model()
    {
        expect_error([&] { Model::load(tiny("pth/tiny-rwkv-6v0-3m-Q5_1-dequant-state.pth").toStdString()); },
                     ErrorKind::BadMagic, {"state-tuning file", "initial state"});
    }

    void tuned_states_that_do_not_fit_are_refused()
    {
        const auto v7 = Model::load(tiny("tiny-rwkv-7v0-834K-FP32.bin").toStdString(), {.threads = 1});
        const auto v4 = Model::load(tiny("pth/tiny-rwkv-4v0-660K-bf16.pth").toStdString(), {.threads = 1});
        const auto load = [](const QString& path, const Model& m) { load_tuned_state(path.toStdString(), m); };

        expect_error([&] { load(tiny("pth/tiny-rwkv-6v0-3m-Q5_1-dequant-state.pth"), *v7); }, ErrorKind::StateMismatch,
                     {"'blocks.0.att.time_state' has shape [16, 8, 8]", "[1, 64, 64]"});
        expect_error([&] { load(tiny("pth/tiny-rwkv-7v0-834K-fp32.pth"), *v7); }, ErrorKind::StateMismatch,
                     {"'emb.weight'", "not a state-tuning tensor"});
        expect_error([&] { load(tiny("pth/tiny-rwkv-7v0-834K-state.pth"), *v4); }, ErrorKind::StateMismatch,
                     {"RWKV-4"});
        expect_error([&] { load(tiny("tiny-rwkv-7v0-834K-FP32.bin"), *v7); }, ErrorKind::BadMagic,
                     {"not a PyTorch .pth or safetensors file"});

        // Eleven of the twelve layers.
        std::vector<PthTensor> layers;
        for (int l = 0; l < 11; ++l)
            layers.push_back({"blocks." + QByteArray::number(l) + ".att.time_state", "FloatStorage", {1, 64, 64},
                              QByteArray(64 * 64 * 4, '\0')});
        const QString eleven = write(write_pth(layers), "pth");
        expect_error([&] { load(eleven, *v7); }, ErrorKind::StateMismatch, {"states for 11 layers", "has 12"});
        layers.push_back({"blocks.12.att.time_state", "FloatStorage", {1, 64, 64}, QByteArray(64 * 64 * 4, '\0')});
        const QString beyond = write(write_pth(layers), "pth");
        expect_error([&] { load(beyond, *v7); }, ErrorKind::StateMismatch, {"'blocks.12.att.time_state'", "12 layers"});
    }
};

QTEST_APPLESS_MAIN(CheckpointNames)
#include "tst_checkpoint_names.moc"

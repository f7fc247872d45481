// States: bit-exact serialisation, resuming from a saved state equals reading
// everything at once, and a state is refused by a model it does not belong to.
#include "linnet/error.h"
#include "linnet/model.h"
#include "test_data.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using namespace linnet;

namespace {

std::unique_ptr<Model> load(const char* file)
{
    return Model::load(test::shared_path(QString("models/tiny/") + file).toStdString(), {.threads = 1});
}

const char* const kModels[] = {
    "tiny-rwkv-4v0-660K-FP32.bin", "tiny-rwkv-5v1-730K-FP32.bin", "tiny-rwkv-5v2-730K-FP32.bin",
    "tiny-rwkv-6v0-3m-Q5_1.bin",   "tiny-rwkv-7v0-834K-FP32.bin",
};

std::vector<int32_t> bytes_of(const char* text)
{
    std::vector<int32_t> ids;
    for (const char* p = text; *p; ++p)
        ids.push_back(static_cast<unsigned char>(*p));
    return ids;
}

ErrorKind kind_of(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    return static_cast<ErrorKind>(-1);
}

} // namespace

class StateTest : public QObject {
    Q_OBJECT

private slots:
    void resume_equals_whole_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* file : kModels)
            QTest::newRow(file) << QString(file);
    }
    void resume_equals_whole()
    {
        QFETCH(QString, file);
        auto model = load(qPrintable(file));
        const auto a = bytes_of("The quick brown fox jumps over the lazy dog. ");
        const auto b = bytes_of("Then it rests.");
        const int v = model->info().n_vocab;

        for (Mode mode : {Mode::Sequence, Mode::Rnn}) {
            State whole = model->initial_state();
            auto ab = a;
            ab.insert(ab.end(), b.begin(), b.end());
            std::vector<float> expected(v);
            model->feed(ab, whole, expected, {.mode = mode});

            State first = model->initial_state();
            std::vector<float> after_a(v);
            model->feed(a, first, after_a, {.mode = mode});
            const auto bytes = first.serialize();
            State restored = State::deserialize(bytes);
            QVERIFY(restored == first); // bit-exact, logits included
            QCOMPARE(restored.serialize(), bytes);
            std::vector<float> resumed(v);
            model->feed(b, restored, resumed, {.mode = mode});
            QVERIFY2(test::max_abs_diff(resumed, expected) <= 1e-5,
                     qPrintable(QString("diff %1").arg(test::max_abs_diff(resumed, expected))));
            // The states match too, not only the logits.
            QVERIFY(test::max_abs_diff(restored.values(), whole.values()) <= 1e-4);
        }
    }

    void rnn_and_sequence_agree_data() { resume_equals_whole_data(); }
    void rnn_and_sequence_agree()
    {
        QFETCH(QString, file);
        auto model = load(qPrintable(file));
        // Longer than two chunks, so chunk boundaries and a padded tail are covered.
        std::vector<int32_t> tokens;
        for (int i = 0; i < 150; ++i)
            tokens.push_back(32 + (i * 37) % 90);
        State rnn = model->initial_state(), seq = model->initial_state();
        std::vector<float> lr(model->info().n_vocab), ls(model->info().n_vocab);
        model->feed(tokens, rnn, lr, {.mode = Mode::Rnn});
        model->feed(tokens, seq, ls, {.mode = Mode::Sequence});
        QVERIFY2(test::max_abs_diff(lr, ls) <= 1e-4, qPrintable(QString("diff %1").arg(test::max_abs_diff(lr, ls))));
        QVERIFY(test::max_abs_diff(rnn.values(), seq.values()) <= 1e-3);
    }

    void logits_travel_with_the_state()
    {
        auto model = load(kModels[4]);
        State s = model->initial_state();
        std::vector<float> logits(model->info().n_vocab), again(model->info().n_vocab);
        model->feed(bytes_of("Hi"), s, logits);
        State restored = State::deserialize(s.serialize());
        model->feed({}, restored, again); // no tokens: the saved logits
        QCOMPARE(again, logits);
        State fresh = model->initial_state();
        QCOMPARE(kind_of([&] { model->feed({}, fresh, again); }), ErrorKind::InvalidArgument);
    }

    void stop_inside_a_chunk_keeps_whole_chunks()
    {
        // Stop raised at moments spread over a long prompt: almost all fall inside a chunk,
        // between two layers. Whatever feed() then says it read, the state holds exactly
        // those tokens (the stopped chunk is undone).
        auto model = load(kModels[4]);
        std::vector<int32_t> tokens;
        for (int i = 0; i < 16384; ++i)
            tokens.push_back(32 + (i * 37) % 90);
        int stopped = 0;
        for (int delay_us = 200; delay_us < 1000000; delay_us *= 2) {
            std::atomic<bool> cancel = false;
            State state = model->initial_state();
            size_t done = 0;
            std::thread reader([&] { done = model->feed(tokens, state, {}, {.cancel = &cancel}); });
            std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
            cancel = true;
            reader.join();
            if (done == tokens.size())
                break;
            ++stopped;
            State expected = model->initial_state();
            model->feed(std::span(tokens).first(done), expected, {});
            QVERIFY2(state == expected, qPrintable(QString("stopped after %1 tokens").arg(done)));
        }
        QVERIFY(stopped > 0);
    }

    void refused_by_other_models()
    {
        auto v7 = load("tiny-rwkv-7v0-834K-FP32.bin");
        auto v5 = load("tiny-rwkv-5v2-730K-FP32.bin");
        State s = v7->initial_state();
        std::vector<float> logits(256);
        QCOMPARE(kind_of([&] { v5->feed(bytes_of("x"), s, logits); }), ErrorKind::StateMismatch);
        try {
            v5->check_state(s);
            QFAIL("a v7 state was accepted by a v5 model");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).contains("different kind of model"));
        }

        // Same architecture and sizes, different weights: one value of ln_out changed.
        QByteArray bytes = test::read_file(test::shared_path("models/tiny/tiny-rwkv-7v0-834K-FP32.bin"));
        const auto records = test::ggml_records(bytes);
        const auto ln_out = std::find_if(records.begin(), records.end(), [](auto& r) { return r.name == "ln_out.weight"; });
        QVERIFY(ln_out != records.end());
        bytes[ln_out->data_offset + 1] = static_cast<char>(bytes[ln_out->data_offset + 1] ^ 0x40);
        QTemporaryDir dir;
        const QString path = dir.filePath("other.bin");
        test::write_file(path, bytes);
        auto other = Model::load(path.toStdString(), {.threads = 1});
        QVERIFY(other->info().fingerprint != v7->info().fingerprint);
        try {
            other->check_state(s);
            QFAIL("a state of other weights was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::StateMismatch);
            QVERIFY(QString(e.what()).contains("other weights"));
        }

        // The fingerprint identifies the trained weights, not their storage precision:
        // FP16 and FP32 files of one model, or two quantisations of it, share states.
        QCOMPARE(load("tiny-rwkv-7v0-834K-FP16.bin")->info().fingerprint, v7->info().fingerprint);
        QCOMPARE(load("tiny-rwkv-6v0-3m-Q5_0.bin")->info().fingerprint,
                 load("tiny-rwkv-6v0-3m-Q5_1.bin")->info().fingerprint);
    }

    void damaged_blobs_are_refused()
    {
        auto model = load(kModels[2]);
        State s = model->initial_state();
        std::vector<float> logits(256);
        model->feed(bytes_of("abc"), s, logits);
        const auto good = s.serialize();
        auto flipped = good;
        flipped[good.size() / 2] ^= 0x10;
        QCOMPARE(kind_of([&] { State::deserialize(flipped); }), ErrorKind::Malformed);
        QCOMPARE(kind_of([&] { State::deserialize(std::span(good).first(good.size() - 4)); }), ErrorKind::Malformed);
        QCOMPARE(kind_of([&] { State::deserialize(std::span(good).first(10)); }), ErrorKind::Malformed);
        auto header = good;
        header[16] ^= 1; // layer count
        QCOMPARE(kind_of([&] { State::deserialize(header); }), ErrorKind::Malformed);
        auto magic = good;
        magic[0] = 'X';
        QCOMPARE(kind_of([&] { State::deserialize(magic); }), ErrorKind::Malformed);
    }

    void initial_state_layout()
    {
        auto v4 = load(kModels[0]);
        const State s = v4->initial_state();
        const int c = v4->info().n_embed;
        QCOMPARE(s.values().size(), size_t(5 * c * v4->info().n_layer));
        QCOMPARE(s.values()[4 * c], -1e30f); // pp of layer 0
        QCOMPARE(s.values()[3 * c], 0.0f);
    }
};

QTEST_APPLESS_MAIN(StateTest)
#include "tst_state.moc"

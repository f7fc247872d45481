// Files made to hurt the engine, each built here from the shared tiny files: a saved
// state with more logits than the vocabulary, zero-sized dimensions in a safetensors
// model, short merges in a tokenizer.json, a pickle whose memoised names would be copied
// into gigabytes, and a World vocabulary with a huge line. Each is refused with an
// Error (the process neither crashes nor runs out of memory); the NeoX tokenizer gets
// through long runs of one letter and still gives back the text.
#include "checkpoint_writer.h"
#include "linnet/error.h"
#include "linnet/model.h"
#include "linnet/tokenizer.h"
#include "test_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace linnet;
using namespace linnet::test;

namespace {

// The error a call throws; a test fails when it returns normally.
std::optional<Error> error_of(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    return std::nullopt;
}

QString tiny(const char* file)
{
    return shared_path(QString("models/tiny/") + file);
}

// The RWKV-4 safetensors with some tensors emptied: `shape_of(name, shape)` may change
// a shape; a tensor whose new shape has no elements loses its data.
QByteArray safetensors_with(const std::function<void(const QByteArray&, std::vector<int64_t>&)>& shape_of)
{
    auto tensors = read_safetensors(read_file(tiny("safetensors/tiny-rwkv-4v0-660K-fp32.safetensors")));
    for (auto& t : tensors) {
        shape_of(t.name, t.shape);
        int64_t n = 1;
        for (int64_t d : t.shape)
            n *= d;
        if (n == 0)
            t.data.clear();
    }
    return write_safetensors(tensors);
}

// The 256 single bytes of a World vocabulary (ids 1 to 256), as its lines.
QByteArray byte_vocabulary()
{
    QByteArray vocab;
    for (int b = 0; b < 256; ++b)
        vocab += QByteArray::number(b + 1) + " b'\\x" + QByteArray::number(b, 16).rightJustified(2, '0') + "' 1\n";
    return vocab;
}

} // namespace

class HostileFilesTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir_.filePath(name);
        write_file(path, bytes);
        return path;
    }

private slots:
    // The checksum is no secret: a state may carry any number of logits.
    void state_with_more_logits_than_the_vocabulary()
    {
        auto model = Model::load(tiny("tiny-rwkv-4v0-660K-FP32.bin").toStdString(), {.threads = 1});
        for (size_t count : {size_t(300), size_t(1) << 20}) {
            State state = model->initial_state();
            state.set_logits(std::vector<float>(count, 1.0f));
            const auto bytes = state.serialize();
            State loaded = State::deserialize(bytes); // well-formed as a file
            std::vector<float> logits(size_t(model->info().n_vocab));
            const auto e = error_of([&] { model->feed({}, loaded, logits); });
            QVERIFY2(e && e->kind() == ErrorKind::StateMismatch, "feed() took the logits");
            QVERIFY2(QString(e->what()).contains(QString::number(count)), e->what());
            QVERIFY(error_of([&] { model->check_state(loaded); }));
        }
    }

    void zero_sized_dimensions_are_refused_data()
    {
        QTest::addColumn<QString>("tensor");
        QTest::addColumn<int>("dimension");
        QTest::newRow("embedding with 0 columns") << "emb.weight" << 1;
        QTest::newRow("vocabulary of 0") << "emb.weight" << 0;
        QTest::newRow("FFN with K = 0") << "ffn.key.weight" << 0;
    }
    void zero_sized_dimensions_are_refused()
    {
        QFETCH(QString, tensor);
        QFETCH(int, dimension);
        const QString path = write("zero.safetensors", safetensors_with([&](const QByteArray& name, auto& shape) {
            if (name.endsWith(tensor.toLatin1()))
                shape[size_t(dimension)] = 0;
            if (tensor.startsWith("ffn.key") && name.endsWith("ffn.value.weight"))
                shape[1] = 0; // the other side of K
        }));
        const auto e = error_of([&] { Model::load(path.toStdString(), {.threads = 1}); });
        QVERIFY2(e, "a model with an empty dimension loaded");
        QVERIFY2(QString(e->what()).contains("at least 1"), e->what());
        QVERIFY(error_of([&] { inspect_model(path.toStdString()); }));
    }

    // nlohmann::json throws out_of_range, not parse_error, for such a number: it escaped
    // the reader's catch and ended the process (found by fuzz_safetensors).
    void a_header_number_out_of_range_is_refused()
    {
        const QByteArray header = R"({"emb.weight": {"dtype": "F32", "shape": [1E32416], "data_offsets": [0, 4]}})";
        QByteArray file(8, '\0');
        const quint64 length = quint64(header.size());
        std::memcpy(file.data(), &length, 8);
        const QString path = write("number.safetensors", file + header + QByteArray(4, '\0'));
        const auto e = error_of([&] { inspect_model(path.toStdString()); });
        QVERIFY2(e && e->kind() == ErrorKind::Malformed, "a header number out of range was read");
        QVERIFY2(QString(e->what()).contains("number out of range"), e->what());
    }

    void short_merges_are_refused_data()
    {
        QTest::addColumn<QByteArray>("merges");
        QTest::newRow("empty pair") << QByteArray("[[]]");
        QTest::newRow("one side") << QByteArray("[[\"a\"]]");
        QTest::newRow("three sides") << QByteArray("[[\"a\", \"b\", \"c\"]]");
        QTest::newRow("not strings") << QByteArray("[[1, 2]]");
    }
    void short_merges_are_refused()
    {
        QFETCH(QByteArray, merges);
        const QByteArray json = R"({"added_tokens": [], "model": {"type": "BPE", "vocab": {"a": 0, "b": 1, "ab": 2},
                                    "merges": )" + merges + "}}";
        const QString path = write("tokenizer.json", json);
        const auto e = error_of([&] { load_neox_tokenizer(path.toStdString()); });
        QVERIFY2(e && e->kind() == ErrorKind::Malformed, "a short merge was read");
        QVERIFY2(QString(e->what()).contains("not a pair of strings"), e->what());
    }

    void token_ids_must_be_whole_numbers_in_range_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("too large for an int") << QByteArray("5.65e122"); // converted regardless: undefined behaviour
        QTest::newRow("wraps to 5") << QByteArray("4294967301");
        QTest::newRow("a fraction") << QByteArray("1.5");
        QTest::newRow("negative") << QByteArray("-1");
        QTest::newRow("text") << QByteArray("\"3\"");
    }
    void token_ids_must_be_whole_numbers_in_range()
    {
        QFETCH(QByteArray, id);
        for (const bool added : {false, true}) {
            const QByteArray vocab_id = added ? "3" : id, added_id = added ? id : "3";
            const QByteArray json = R"({"added_tokens": [{"content": "<x>", "id": )" + added_id +
                                    R"(}], "model": {"type": "BPE", "vocab": {"a": 0, "b": 1, "ab": 2, "c": )" +
                                    vocab_id + R"(}, "merges": [["a", "b"]]}})";
            const QString path = write("tokenizer.json", json);
            const auto e = error_of([&] { load_neox_tokenizer(path.toStdString()); });
            QVERIFY2(e && e->kind() == ErrorKind::Malformed, "a bad token id was read");
            QVERIFY2(QString(e->what()).contains("not a whole number from 0 to"), e->what());
        }
    }

    // 60,000 dictionary keys, each a 4-byte reference to one memoised 512 KiB string:
    // copied per entry they would ask for 30 GB.
    void memoised_names_are_not_copied_into_gigabytes()
    {
        PickleWriter p;
        p.op('}').mark();
        p.string(QByteArray(512 * 1024, 'k')).op('q').raw(QByteArray(1, '\0')).integer(0); // BINPUT 0
        for (int batch = 0; batch < 60; ++batch) {
            if (batch > 0)
                p.mark();
            for (int i = 0; i < 1000; ++i)
                p.op('h').raw(QByteArray(1, '\0')).integer(i); // BINGET 0, a number
            p.op('u');
        }
        const QByteArray pickle = p.finish();
        QVERIFY(pickle.size() < 1024 * 1024);
        const QString path =
            write("memo.pth", write_zip({{"archive/data.pkl", pickle}, {"archive/data/0", QByteArray(16, '\0')}}));
        const auto e = error_of([&] { inspect_model(path.toStdString()); });
        QVERIFY2(e && e->kind() == ErrorKind::Malformed, "the pickle was read");
        QVERIFY2(QString(e->what()).contains("names and keys add up"), e->what());
    }

    // Each byte of a token is a node of the trie: a 64 KiB line would be 64 K nodes, and
    // a 16 MB one took 1.3 GB.
    void world_vocabulary_line_length_is_bounded()
    {
        QByteArray vocab = byte_vocabulary();
        const QString good = write("good.txt", vocab);
        QCOMPARE(load_world_tokenizer(good.toStdString())->vocab_size(), 257);
        vocab += "257 '" + QByteArray(64 * 1024, 'a') + "' " + QByteArray::number(64 * 1024) + "\n";
        const QString path = write("vocab.txt", vocab);
        const auto e = error_of([&] { load_world_tokenizer(path.toStdString()); });
        QVERIFY2(e && e->kind() == ErrorKind::Malformed, "the long line was read");
        QVERIFY2(QString(e->what()).contains("line 257"), e->what());
    }

    // Found by fuzz_world_vocab: a token whose bytes another id already has made the trie
    // builder read past the end of the shorter one.
    void world_vocabulary_with_a_token_twice()
    {
        QByteArray vocab = byte_vocabulary();
        vocab += "257 'ab' 2\n258 'ab' 2\n259 'abc' 3\n";
        const QString path = write("twice.txt", vocab);
        const auto e = error_of([&] { load_world_tokenizer(path.toStdString()); });
        QVERIFY2(e && e->kind() == ErrorKind::Malformed, "a vocabulary with a token twice was read");
        QVERIFY2(QString(e->what()).contains("same token twice (ids 257 and 258)"), e->what());
    }

    // Long runs of one character (a heap of candidate merges, not a scan per merge):
    // fewer tokens than bytes, and the text comes back.
    void neox_long_runs_round_trip()
    {
        const auto neox = load_neox_tokenizer(shared_path("tokenizers/20B_tokenizer.json").toStdString());
        for (const std::string& text : {std::string(100000, 'a'), std::string(50001, 'a') + " " + std::string(777, 'b'),
                                        std::string(4000, ' ') + "x"}) {
            const auto ids = neox->encode(text);
            QVERIFY(ids.size() < text.size());
            QCOMPARE(neox->decode(ids), text);
        }
    }
};

QTEST_GUILESS_MAIN(HostileFilesTest)
#include "tst_hostile_files.moc"

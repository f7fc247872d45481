// Text ↔ tokens exactly as the models were trained: the World and GPT-NeoX tokenizers
// against ../shared/vectors, streaming decode, and damaged tokenizer files.
#include "linnet/error.h"
#include "linnet/tokenizer.h"
#include "test_data.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace linnet;

namespace {

std::string from_hex(const QString& hex)
{
    const QByteArray b = QByteArray::fromHex(hex.toLatin1());
    return std::string(b.constData(), size_t(b.size()));
}

const Tokenizer& world()
{
    static const auto t = load_world_tokenizer(test::shared_path("tokenizers/rwkv_vocab_v20230424.txt").toStdString());
    return *t;
}

const Tokenizer& neox()
{
    static const auto t = load_neox_tokenizer(test::shared_path("tokenizers/20B_tokenizer.json").toStdString());
    return *t;
}

ErrorKind refusal(const QByteArray& content, QString* message = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("vocab.txt");
    test::write_file(path, content);
    try {
        load_world_tokenizer(path.toStdString());
    } catch (const Error& e) {
        if (message)
            *message = e.what();
        return e.kind();
    }
    return static_cast<ErrorKind>(-1);
}

} // namespace

class TokenizerTest : public QObject {
    Q_OBJECT

private slots:
    void world_vectors_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const auto& v : test::read_json("vectors/world-tokenizer.json")["cases"].toArray())
            QTest::newRow(qPrintable(v.toObject()["name"].toString())) << v.toObject();
    }
    void world_vectors()
    {
        QFETCH(QJsonObject, c);
        const std::string bytes = from_hex(c["bytes_hex"].toString());
        const auto ids = world().encode(bytes);
        QCOMPARE(ids, test::ints(c["ids"].toArray()));
        const QJsonArray pieces = c["pieces_hex"].toArray();
        QCOMPARE(qsizetype(ids.size()), pieces.size());
        for (qsizetype i = 0; i < pieces.size(); ++i)
            QCOMPARE(world().decode(std::span(&ids[i], 1)), from_hex(pieces[i].toString()));
        QCOMPARE(world().decode(ids), from_hex(c["decoded_hex"].toString()));
        QCOMPARE(QString::fromStdString(sanitize_utf8(world().decode(ids))), c["decoded_text_lossy"].toString());
    }

    // Bytes that are not valid UTF-8, and a byte-order mark: the World tokenizer is
    // byte-level and reads exactly the bytes given, as the reference's encodeBytes does
    // (vectors in tests/data, made with it). NeoX gets text, as Hugging Face tokenizers
    // does (its byte-level pre-tokenizer works on a Python str): the bytes are decoded
    // first, each maximal invalid sequence becoming one U+FFFD as Python's
    // decode(errors="replace") does, and a BOM staying U+FEFF.
    void untidy_bytes_data()
    {
        QTest::addColumn<QJsonObject>("c");
        QFile f(LINNET_TEST_DATA_DIR "/tokenizer-bytes.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const auto& v : QJsonDocument::fromJson(f.readAll())["cases"].toArray())
            QTest::newRow(qPrintable(v.toObject()["name"].toString())) << v.toObject();
    }
    void untidy_bytes()
    {
        QFETCH(QJsonObject, c);
        const std::string bytes = from_hex(c["hex"].toString());
        const auto ids = world().encode(bytes);
        QCOMPARE(ids, test::ints(c["ids"].toArray()));
        QCOMPARE(world().decode(ids), bytes);
        const QByteArray text = c["neox_text"].toString().toUtf8();
        QCOMPARE(neox().encode(bytes), neox().encode(std::string_view(text.constData(), size_t(text.size()))));
    }

    void world_special_ids()
    {
        QCOMPARE(world().vocab_size(), 65530);
        const std::vector<int32_t> zero = {0, 65535};
        QCOMPARE(world().decode(zero), std::string()); // end of text, and ids past the file
        QCOMPARE(world().encode(std::string(1, '\0')), std::vector<int32_t>{1}); // id = byte + 1
        QVERIFY_THROWS_EXCEPTION(Error, world().decode(std::vector<int32_t>{65536}));
    }

    void neox_vectors_data()
    {
        QTest::addColumn<QJsonObject>("c");
        int n = 0;
        for (const auto& v : test::read_json("vectors/neox-tokenizer.json")["cases"].toArray())
            QTest::addRow("case-%d", n++) << v.toObject();
    }
    void neox_vectors()
    {
        QFETCH(QJsonObject, c);
        const QByteArray text = c["text"].toString().toUtf8();
        const auto ids = neox().encode(std::string_view(text.constData(), size_t(text.size())));
        QCOMPARE(ids, test::ints(c["ids"].toArray()));
        QCOMPARE(QString::fromStdString(neox().decode(ids)), c["decoded"].toString());
    }

    void streaming_decode_reproduces_the_text()
    {
        const std::string text = "Tiếng Việt có dấu, 中文的句子，emoji 😀🎉 and ©®™ — “quotes”.\n\nNext paragraph.";
        for (const Tokenizer* t : {&world(), &neox()}) {
            const auto ids = t->encode(text);
            Utf8Stream stream;
            std::string out;
            for (int32_t id : ids)
                out += stream.push(t->decode(std::span(&id, 1)));
            out += stream.flush();
            QCOMPARE(out, text);
        }
    }

    void tokenizer_for_the_vocabulary()
    {
        QCOMPARE(tokenizer_kind_for_vocab(65536), std::string("world"));
        QCOMPARE(tokenizer_kind_for_vocab(50277), std::string("neox"));
        QCOMPARE(tokenizer_kind_for_vocab(256), std::string("bytes"));
        QCOMPARE(tokenizer_kind_for_vocab(1234), std::string());
        const auto detected = load_tokenizer_file(test::shared_path("tokenizers/20B_tokenizer.json").toStdString());
        QCOMPARE(detected->name(), std::string("neox"));
        QCOMPARE(load_tokenizer_file(test::shared_path("tokenizers/rwkv_vocab_v20230424.txt").toStdString())->name(),
                 std::string("world"));
    }

    void damaged_vocabularies_are_refused()
    {
        const QByteArray good = test::read_file(test::shared_path("tokenizers/rwkv_vocab_v20230424.txt"));
        QString message;
        QCOMPARE(refusal(good.left(good.indexOf('\n', 100000)) + "\n70000 'abc' 4\n", &message), ErrorKind::Malformed);
        QVERIFY2(message.contains("has 3 bytes, the file says 4"), qPrintable(message));
        QCOMPARE(refusal("1 os.system('rm -rf /') 1\n", &message), ErrorKind::Malformed);
        QVERIFY2(message.contains("line 1"), qPrintable(message));
        QCOMPARE(refusal("1 '\\q' 1\n"), ErrorKind::Malformed);         // an escape Python has but the file never uses
        QCOMPARE(refusal("1 'a' 1\n1 'b' 1\n"), ErrorKind::Malformed);  // an id twice
        QCOMPARE(refusal("x 'a' 1\n"), ErrorKind::Malformed);
        QCOMPARE(refusal("1 'a' 1\n"), ErrorKind::Malformed);            // not the 256 single bytes
        QVERIFY_THROWS_EXCEPTION(Error, load_world_tokenizer("/no/such/vocab.txt"));
        QTemporaryDir dir;
        test::write_file(dir.filePath("t.json"), "{\"model\": {\"type\": \"BPE\"");
        QVERIFY_THROWS_EXCEPTION(Error, load_neox_tokenizer(dir.filePath("t.json").toStdString()));
    }

    void speed()
    {
        // Not a pass/fail timing: the figures are printed for the notes.
        QElapsedTimer t;
        t.start();
        const auto w = load_world_tokenizer(test::shared_path("tokenizers/rwkv_vocab_v20230424.txt").toStdString());
        const double load_ms = t.nsecsElapsed() / 1e6;
        std::string text;
        while (text.size() < 4 << 20)
            text += "The quick brown fox jumps over the lazy dog. Tiếng Việt, 中文, emoji 😀. ";
        t.restart();
        const auto ids = w->encode(text);
        const double mb_s = text.size() / 1e6 / (t.nsecsElapsed() / 1e9);
        qInfo("world tokenizer: load %.1f ms, encode %.1f MB/s (%zu tokens)", load_ms, mb_s, ids.size());
        QCOMPARE(w->decode(ids), text);
    }
};

QTEST_APPLESS_MAIN(TokenizerTest)
#include "tst_tokenizers.moc"

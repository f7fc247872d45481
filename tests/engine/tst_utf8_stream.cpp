// Streaming decode: only complete UTF-8 comes out, split characters are held back,
// invalid bytes become U+FFFD, and nothing is lost or repeated.
#include "linnet/tokenizer.h"

#include <QTest>

using namespace linnet;

namespace {
const std::string kFffd = "\xEF\xBF\xBD";
}

class Utf8StreamTest : public QObject {
    Q_OBJECT

private slots:
    void split_characters_are_held_back()
    {
        const std::string text = "Việt 中文 😀!";
        // Every split of the text into single bytes gives the text back exactly once.
        Utf8Stream s;
        std::string out;
        for (char c : text) {
            const std::string piece = s.push(std::string_view(&c, 1));
            out += piece;
            QVERIFY(s.pending() < 4);
        }
        out += s.flush();
        QCOMPARE(out, text);

        Utf8Stream t;
        QCOMPARE(t.push("\xF0\x9F"), std::string());
        QCOMPARE(t.pending(), size_t(2));
        QCOMPARE(t.push("\x98\x80 ok"), std::string("😀 ok"));
    }

    void invalid_bytes_become_replacement()
    {
        QCOMPARE(sanitize_utf8("a\xFF" "b"), "a" + kFffd + "b");
        QCOMPARE(sanitize_utf8("\xC0\xAF"), kFffd + kFffd);     // overlong
        QCOMPARE(sanitize_utf8("\xED\xA0\x80"), kFffd + kFffd + kFffd); // surrogate
        QCOMPARE(sanitize_utf8("\xE2\x82" "A"), kFffd + "A");  // one U+FFFD per maximal prefix
        Utf8Stream s;
        QCOMPARE(s.push("x\xE2\x82"), std::string("x"));
        QCOMPARE(s.flush(), kFffd); // an unfinished character at the end
        QCOMPARE(s.pending(), size_t(0));
    }

    void byte_tokenizer_round_trip()
    {
        auto t = make_byte_tokenizer();
        const std::string text = "héllo\n";
        const auto ids = t->encode(text);
        QCOMPARE(ids.size(), text.size());
        QCOMPARE(ids[1], 0xC3);
        QCOMPARE(t->decode(ids), text);
    }
};

QTEST_APPLESS_MAIN(Utf8StreamTest)
#include "tst_utf8_stream.moc"

// Chat text handling: stop texts never reach the screen, templates and transcripts.
#include "chat_template.h"
#include "stop_matcher.h"

#include <QTest>

using namespace linnet::app;

class ChatTextTest : public QObject {
    Q_OBJECT

private slots:
    void stop_text_is_held_back_and_cut()
    {
        StopMatcher m({"\n\n", "\nUser:"});
        QCOMPARE(m.push("Hello"), QString("Hello"));
        QCOMPARE(m.push(" world\n"), QString(" world")); // "\n" may start a stop text
        QVERIFY(!m.stopped());
        QCOMPARE(m.push("Us"), QString());
        QCOMPARE(m.push("er: hi"), QString());
        QVERIFY(m.stopped());
        QCOMPARE(m.reply(), QString("Hello world"));
    }

    void held_text_is_released_when_it_is_not_a_stop()
    {
        StopMatcher m({"\n\n"});
        QCOMPARE(m.push("a\n"), QString("a"));
        QCOMPARE(m.push("b"), QString("\nb"));
        QCOMPARE(m.push("c\n"), QString("c"));
        QCOMPARE(m.flush(), QString("\n"));
        QCOMPARE(m.reply(), QString("a\nbc\n"));
    }

    void earliest_stop_wins_within_one_piece()
    {
        StopMatcher m({"END", "\n\n"});
        QCOMPARE(m.push("one\n\ntwo END"), QString("one"));
        QVERIFY(m.stopped());
        QCOMPARE(m.push("more"), QString());
    }

    void templates()
    {
        const ChatTemplate world = ChatTemplate::forVocabulary(65536);
        QCOMPARE(world.id, QString("rwkv-world"));
        QCOMPARE(world.userTurn("Hi\n\n\nthere  \n \nfriend"), QString("User: Hi\nthere  \nfriend\n\nAssistant:"));
        QCOMPARE(world.systemBlock("Be kind."), QString("System: Be kind.\n\n"));
        QCOMPARE(world.systemBlock("  "), QString());
        QCOMPARE(world.replyBlock("Sure."), QString(" Sure.\n\n"));
        const ChatTemplate raven = ChatTemplate::forVocabulary(50277);
        QCOMPARE(raven.userTurn("Hi"), QString("Bob: Hi\n\nAlice:"));
        QCOMPARE(ChatTemplate::forVocabulary(256).id, QString("rwkv-world"));
        QCOMPARE(ChatTemplate::byId("rwkv-raven").name, raven.name);
    }
};

QTEST_APPLESS_MAIN(ChatTextTest)
#include "tst_chat_text.moc"

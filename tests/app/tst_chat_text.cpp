// Chat text handling: stop texts never reach the screen, templates and transcripts.
#include "chat_template.h"
#include "stop_matcher.h"
#include "think_choice.h"

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

    // The template's end of reply ends a reply as the model's own end; any other stop
    // text as a stop text, whichever comes first.
    void end_of_reply_is_told_from_a_stop_text()
    {
        StopMatcher ended({"END", "\nUser:"}, "\n\n");
        QVERIFY(!ended.reason());
        QCOMPARE(ended.push("one\n\ntwo END"), QString("one"));
        QCOMPARE(ended.reason(), FinishReason::EndOfReply);
        StopMatcher stopped({"END", "\nUser:"}, "\n\n");
        QCOMPARE(stopped.push("one END\n\n"), QString("one "));
        QCOMPARE(stopped.reason(), FinishReason::StopText);
        StopMatcher same({"\n\n"}, "\n\n"); // a stop text that is the end of reply
        same.push("a\n\n");
        QCOMPARE(same.reason(), FinishReason::EndOfReply);
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

    // The text the model reads for each think option, against the G1 model card's forms
    // (https://huggingface.co/BlinkDL/rwkv7-g1), byte for byte.
    void think_forms_are_the_official_ones_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QByteArray>("official");
        QTest::newRow("off") << "off" << QByteArray("User: Why?\n\nAssistant:");
        QTest::newRow("fast") << "fast" << QByteArray("User: Why?\n\nAssistant: <think>\n</think");
        QTest::newRow("think") << "think" << QByteArray("User: Why?\n\nAssistant: <think");
        QTest::newRow("think a bit") << "think_bit" << QByteArray("User: Why? think a bit\n\nAssistant: <think");
        QTest::newRow("think a lot") << "think_lot" << QByteArray("User: Why? think a lot\n\nAssistant: <think");
    }

    void think_forms_are_the_official_ones()
    {
        QFETCH(QString, mode);
        QFETCH(QByteArray, official);
        const ChatTemplate world = ChatTemplate::byId("rwkv-world");
        QCOMPARE(world.userTurn("Why?", mode).toUtf8(), official);
        // Blank lines in the message are still collapsed, the suffix goes after the text.
        QVERIFY(world.userTurn("a\n\nb", mode).startsWith("User: a\nb"));
    }

    void think_modes_offered_follow_the_model_date()
    {
        const ChatTemplate world = ChatTemplate::byId("rwkv-world");
        const QStringList all{"off", "fast", "think", "think_bit", "think_lot"};
        QCOMPARE(world.thinkModesFor(QDate(2025, 9, 21)), QStringList({"off", "fast", "think"}));
        QCOMPARE(world.thinkModesFor(QDate(2025, 9, 22)), all);
        QCOMPARE(world.thinkModesFor(std::nullopt), all);
        // A template without think forms offers nothing but "off", and unknown modes are off.
        QCOMPARE(ChatTemplate::byId("rwkv-raven").thinkModesFor(std::nullopt), QStringList{"off"});
        QCOMPARE(ChatTemplate::byId("rwkv-raven").userTurn("Hi", "think"), QString("Bob: Hi\n\nAlice:"));
    }

    void think_choice_comes_from_the_catalog_or_the_chat()
    {
        const ChatTemplate world = ChatTemplate::byId("rwkv-world");
        const ModelCatalog& catalog = ModelCatalog::builtIn();
        const QStringList all{"off", "fast", "think", "think_bit", "think_lot"};
        // A G1 entry thinks, starting with a fast think; its date allows every form.
        const ThinkChoice g1 = thinkChoice(world, "/models/rwkv7-g1d-0.1b-20260129-ctx8192.pth", catalog);
        QCOMPARE(g1.modes, all);
        QCOMPARE(g1.start_mode, QString("fast"));
        // A World entry does not think.
        const ThinkChoice w = thinkChoice(world, "RWKV-x070-World-0.1B-v2.8-20241210-ctx4096.pth", catalog);
        QCOMPARE(w.modes, QStringList{"off"});
        // A file not from the catalog: the user's choice, limited by the date in its name.
        const ThinkChoice old = thinkChoice(world, "/x/rwkv7-g1-0.1b-20250307-ctx4096.pth", catalog);
        QCOMPARE(old.modes, QStringList({"off", "fast", "think"}));
        QCOMPARE(old.start_mode, QString("off"));
        QCOMPARE(thinkChoice(world, "/x/mine.pth", catalog).modes, all);
        ChatSettings s;
        QCOMPARE(effectiveThinkMode(s, g1), QString("fast"));
        s.think_mode = "think_lot";
        QCOMPARE(effectiveThinkMode(s, g1), QString("think_lot"));
        QCOMPARE(effectiveThinkMode(s, old), QString("off")); // not offered for that date
        s.think_mode = "off";
        QCOMPARE(effectiveThinkMode(s, g1), QString("off"));
        // The chat setting is validated.
        QVERIFY(ChatSettings::apply({{"think", "ponder"}}, s).contains("think"));
        QVERIFY(ChatSettings::apply({{"think", "think_bit"}}, s).isEmpty());
        QCOMPARE(s.think_mode, QString("think_bit"));
    }

    void a_reply_with_a_thought_is_written_back_after_its_cue()
    {
        const ChatTemplate world = ChatTemplate::byId("rwkv-world");
        QCOMPARE(world.replyOpening("think"), QString(" <think"));
        QCOMPARE(world.replyBlock("42", "\nsix times seven\n", "think"),
                 QString(">\nsix times seven\n</think>\n42\n\n"));
        QCOMPARE(world.replyBlock("42", {}, "fast"), QString(">\n42\n\n"));
        QCOMPARE(world.replyBlock("42", {}, "off"), QString(" 42\n\n"));
    }

    void built_in_formats()
    {
        const ChatTemplate qa = ChatTemplate::byId("question-answer");
        QCOMPARE(qa.userTurn("Why?"), QString("Question: Why?\n\nAnswer:"));
        // Instruction before input, as the RWKV prompt guide advises.
        const ChatTemplate ins = ChatTemplate::byId("instruction");
        QCOMPARE(ins.systemBlock("Translate into French.") + ins.userTurn("Good morning"),
                 QString("Instruction: Translate into French.\n\nInput: Good morning\n\nResponse:"));
    }
};

QTEST_APPLESS_MAIN(ChatTextTest)
#include "tst_chat_text.moc"

// The thought/answer split of a streaming reply: scripted streams cut at every place,
// a thought left open, an empty thought, and where stop texts end a reply.
#include "reply_stream.h"
#include "thought_parser.h"

#include <QTest>

using namespace linnet::app;

namespace {

const QString kOpen = "<think>";
const QString kClose = "</think>";
const QString kThought = "\nI add 2 and 2.\n\nThat is 4.\n";
const QString kAnswer = "The answer is **4**.";

// Feeds `pieces` one by one and checks that what was shown adds up to what was kept.
ReplyParts run(ThoughtParser& p, const QStringList& pieces)
{
    ReplyParts shown;
    for (const QString& piece : pieces) {
        const ReplyParts out = p.push(piece);
        shown.thought += out.thought;
        shown.answer += out.answer;
    }
    const ReplyParts rest = p.finish();
    shown.thought += rest.thought;
    shown.answer += rest.answer;
    return shown;
}

} // namespace

class ThoughtParserTest : public QObject {
    Q_OBJECT

private slots:
    // The reply written whole, then cut in two and in three at every place: both tags are
    // cut at each of their characters, alone and together.
    void every_cut_of_both_tags()
    {
        const QString reply = " " + kOpen + kThought + kClose + "\n" + kAnswer;
        int streams = 0;
        for (qsizetype i = 0; i <= reply.size(); ++i)
            for (qsizetype j = i; j <= reply.size(); ++j) {
                ThoughtParser p(kOpen, kClose);
                const ReplyParts shown = run(p, {reply.left(i), reply.mid(i, j - i), reply.mid(j)});
                const QByteArray where = QByteArray::number(i) + "," + QByteArray::number(j);
                QVERIFY2(shown.thought == kThought, where);
                QVERIFY2(shown.answer == kAnswer, where);
                QCOMPARE(p.thought(), kThought);
                QCOMPARE(p.answer(), kAnswer);
                QVERIFY(p.hasThought());
                ++streams;
            }
        QVERIFY(streams > 1000);
    }

    void one_character_at_a_time_after_a_think_cue()
    {
        // The cue wrote " <think"; the model writes ">" and goes on.
        ThoughtParser p(kOpen, kClose, " <think");
        const QString reply = ">" + kThought + kClose + kAnswer;
        QList<bool> thinking; // after each character
        for (const QChar c : reply) {
            p.push(QString(c));
            thinking << p.inThought();
        }
        p.finish();
        const qsizetype close_ends = 1 + kThought.size() + kClose.size();
        QVERIFY(!thinking.mid(0, close_ends - 1).contains(false));
        QVERIFY(!thinking.mid(close_ends - 1).contains(true));
        QCOMPARE(p.thought(), kThought);
        QCOMPARE(p.answer(), kAnswer);
    }

    void think_cue_without_the_rest_of_the_tag_is_a_thought()
    {
        // The cue wrote " <think"; the model goes on with a line break instead of ">".
        ThoughtParser p(kOpen, kClose, " <think");
        run(p, {"\nLet me see", ".\n", kClose, kAnswer});
        QVERIFY(p.hasThought());
        QCOMPARE(p.thought(), QString("\nLet me see.\n"));
        QCOMPARE(p.answer(), kAnswer);
        // Cut off before the model wrote anything that decides: nothing of the cue shows.
        ThoughtParser q(kOpen, kClose, " <think");
        run(q, {});
        QCOMPARE(q.answer(), QString());
    }

    void fast_think_cue_opens_in_the_answer()
    {
        ThoughtParser p(kOpen, kClose, " <think>\n</think");
        QCOMPARE(p.push(">").answer, QString());
        QCOMPARE(p.push("\nHi").answer, QString("Hi"));
        QCOMPARE(p.thought(), QString());
        QVERIFY(!p.inThought());
    }

    void fast_think_cue_closes_even_when_the_model_does_not()
    {
        // The cue wrote " <think>\n</think"; the model writes an answer instead of ">".
        ThoughtParser p(kOpen, kClose, " <think>\n</think");
        run(p, {"Hi", " there"});
        QCOMPARE(p.thought(), QString());
        QCOMPARE(p.answer(), QString("Hi there"));
        QVERIFY(!p.inThought());
        // Cut before the model wrote anything: no tag text anywhere.
        ThoughtParser q(kOpen, kClose, " <think>\n</think");
        run(q, {});
        QCOMPARE(q.thought(), QString());
        QCOMPARE(q.answer(), QString());
    }

    void missing_close_tag_keeps_the_thought()
    {
        ThoughtParser p(kOpen, kClose);
        run(p, {"<think>\nstill ", "thinking </thi"});
        QCOMPARE(p.thought(), QString("\nstill thinking </thi"));
        QCOMPARE(p.answer(), QString());
        QVERIFY(p.hasThought());
    }

    void empty_thought()
    {
        ThoughtParser p(kOpen, kClose);
        run(p, {"<think></think>", "Hi."});
        QVERIFY(p.hasThought());
        QCOMPARE(p.thought(), QString());
        QCOMPARE(p.answer(), QString("Hi."));
    }

    void no_thought_at_all()
    {
        ThoughtParser p(kOpen, kClose);
        run(p, {" <thin", "king is fun"});
        QVERIFY(!p.hasThought());
        QCOMPARE(p.answer(), QString("<thinking is fun"));
        // A close tag later in an answer is answer text.
        ThoughtParser q(kOpen, kClose);
        run(q, {"Use </think> to end it."});
        QCOMPARE(q.answer(), QString("Use </think> to end it."));
        // A template without think tags: everything is the answer.
        ThoughtParser r({}, {});
        run(r, {"<think>x</think>y"});
        QCOMPARE(r.answer(), QString("<think>x</think>y"));
    }

    void blank_lines_in_a_thought_do_not_end_the_reply()
    {
        ReplyStream s(ChatTemplate::byId("rwkv-world"), "think", {});
        for (const QString& piece : {">", "a\n", "\nb", "</think>", "\nYes.\n", "\nUser: more"})
            s.push(piece);
        QVERIFY(s.stopped());
        QCOMPARE(s.thought(), QString("a\n\nb"));
        QCOMPARE(s.answer(), QString("Yes."));
    }

    void stop_text_inside_a_thought_ends_the_reply()
    {
        ReplyStream s(ChatTemplate::byId("rwkv-world"), "think", {"STOP"});
        ReplyParts shown;
        for (const QString& piece : {">plan\n\nst", "ep ST", "OP more</think>answer"}) {
            const ReplyParts out = s.push(piece);
            shown.thought += out.thought;
            shown.answer += out.answer;
        }
        QVERIFY(s.stopped());
        QCOMPARE(shown.thought, QString("plan\n\nstep "));
        QCOMPARE(s.thought(), QString("plan\n\nstep "));
        QCOMPARE(s.answer(), QString());
        // The template's role stop also ends a thought that runs into the next turn.
        ReplyStream t(ChatTemplate::byId("rwkv-world"), "think", {});
        t.push(">plan\nUser: hi");
        QVERIFY(t.stopped());
        QCOMPARE(t.thought(), QString("plan"));
    }

    void held_text_is_released_at_the_end()
    {
        ReplyStream s(ChatTemplate::byId("rwkv-world"), "think", {});
        s.push(">a\n");
        QCOMPARE(s.thought(), QString("a"));  // "\n" may start "\nUser:"
        const ReplyParts rest = s.flush();
        QCOMPARE(rest.thought, QString("\n"));
        QCOMPARE(s.thought(), QString("a\n"));
        // Off mode: the reply after "Assistant:" loses its leading space, as before.
        ReplyStream off(ChatTemplate::byId("rwkv-world"), "off", {});
        QCOMPARE(off.push(" Hello").answer, QString("Hello"));
        off.push(" there\n\n");
        QVERIFY(off.stopped());
        QCOMPARE(off.answer(), QString("Hello there"));
    }
};

QTEST_APPLESS_MAIN(ThoughtParserTest)
#include "tst_thought_parser.moc"

// Versions, forks and starting points end to end with the tiny models and a real
// database: a switched version or a fork resumes from its saved state and replies as a
// fresh chat with the same transcript would; a starting point's first turn reads only
// the user's message, also after a model change.
#include "branching.h"
#include "chat_fixture.h"
#include "cli_runner.h"
#include "conversation_store.h"
#include "start_point_reader.h"
#include "state_store.h"
#include "stored_state.h"

#include <QJsonArray>
#include <QTest>

using namespace linnet;
using namespace linnet::app;
using linnet::test::ChatFixture;
using linnet::test::seeded;

namespace {

// What the model reads for a user turn (byte tokenizer: one token per byte).
int turn_tokens(const QString& text)
{
    return QString("User: %1\n\nAssistant:").arg(text).toUtf8().size();
}

int states_of(Database& db, qint64 message_id)
{
    return db.scalar("SELECT COUNT(*) FROM states WHERE message_id = ?", {message_id}).toInt();
}

test::CliRun cli(const QStringList& args)
{
    return test::run_cli(args);
}

// A system prompt of about `bytes` bytes (one token each with the byte tokenizer).
QString long_prompt(int bytes)
{
    QString text;
    for (int i = 0; text.size() < bytes; ++i)
        text += QString("Rule %1: answer kindly and mention the colour %2. ").arg(i).arg(i % 2 ? "blue" : "green");
    return text.left(bytes);
}

} // namespace

class VersionsTest : public QObject {
    Q_OBJECT

private slots:
    void switching_versions_resumes_the_saved_state()
    {
        QTemporaryDir dir;
        ChatFixture f(dir.path());
        Branching branching(f.db);
        const TurnResult t1 = f.session.send(0, "one", seeded(1));
        const qint64 id = t1.conversation_id;
        const TurnResult t2 = f.session.send(id, "two", seeded(2));
        const TurnResult edited = f.session.edit(t2.user_message_id, "two again", seeded(3));
        f.session.send(id, "more on the edited side", seeded(5));

        Versions v = branching.versions(t2.user_message_id);
        QCOMPARE(v.index, 1);
        QCOMPARE(v.count, 2);
        QCOMPARE(v.next, edited.user_message_id);
        QCOMPARE(branching.versions(edited.user_message_id).index, 2);
        QCOMPARE(branching.versions(t1.user_message_id).count, 1);

        // Back to the first version: its reply is the head again, its state still saved.
        QCOMPARE(branching.switchTo(t2.user_message_id), t2.assistant_message_id);
        QCOMPARE(ConversationStore(f.db).branch(id).size(), 4);
        const TurnResult t3 = f.session.send(id, "three", seeded(4));
        QVERIFY(t3.state_restored);
        QCOMPARE(t3.prompt_tokens, turn_tokens("three"));

        // The same reply as a fresh chat with the same transcript and seeds.
        const TurnResult c1 = f.session.send(0, "one", seeded(1));
        f.session.send(c1.conversation_id, "two", seeded(2));
        const TurnResult c3 = f.session.send(c1.conversation_id, "three", seeded(4));
        QCOMPARE(t3.reply, c3.reply);
        QVERIFY(!t3.reply.isEmpty());

        // The edited side goes to its newest message.
        const QList<Message> edited_branch = ConversationStore(f.db).pathTo(branching.switchTo(edited.user_message_id));
        QCOMPARE(edited_branch.size(), 6);
        QCOMPARE(edited_branch[4].text, QString("more on the edited side"));
    }

    void delete_from_here_removes_the_branch_and_its_states()
    {
        QTemporaryDir dir;
        ChatFixture f(dir.path());
        Branching branching(f.db);
        ConversationStore store(f.db);
        const TurnResult t1 = f.session.send(0, "one", seeded(1));
        const qint64 id = t1.conversation_id;
        const TurnResult t2 = f.session.send(id, "two", seeded(2));
        const TurnResult edited = f.session.edit(t2.user_message_id, "two again", seeded(3));
        const TurnResult t3 = f.session.send(id, "three", seeded(4));
        QCOMPARE(states_of(f.db, t3.assistant_message_id), 1);

        // The branch on screen goes: the other version is shown instead.
        QCOMPARE(branching.removeFrom(edited.user_message_id), t2.assistant_message_id);
        for (qint64 gone : {edited.user_message_id, edited.assistant_message_id, t3.user_message_id, t3.assistant_message_id}) {
            QVERIFY(!store.message(gone));
            QCOMPARE(states_of(f.db, gone), 0);
        }
        QCOMPARE(store.messageCount(id), 4);
        QCOMPARE(branching.versions(t2.user_message_id).count, 1);
        QVERIFY(f.session.send(id, "after the delete", seeded(6)).state_restored);

        // Deleting the first message empties the chat.
        QCOMPARE(branching.removeFrom(t1.user_message_id), qint64(0));
        QCOMPARE(store.messageCount(id), 0);
        QCOMPARE(StateStore(f.db).count(id), 0);
    }

    void a_fork_replies_as_the_original_without_reading()
    {
        QTemporaryDir dir;
        ChatFixture f(dir.path());
        const TurnResult t1 = f.session.send(0, "one", seeded(1));
        const qint64 id = t1.conversation_id;
        const TurnResult t2 = f.session.send(id, "two", seeded(2));
        f.session.send(id, "later", seeded(9)); // not part of the fork

        const qint64 fork = Branching(f.db).fork(t2.assistant_message_id);
        ConversationStore store(f.db);
        QCOMPARE(store.messageCount(fork), 4);
        QVERIFY(store.get(fork).title.contains(store.get(id).title));
        QCOMPARE(StateStore(f.db).count(fork), 4); // before and after both replies, copied

        const TurnResult next = f.session.send(fork, "three", seeded(4));
        QVERIFY(next.state_restored);
        QCOMPARE(next.prompt_tokens, turn_tokens("three"));
        store.setHead(id, t2.assistant_message_id); // the original, back at the forked message
        const TurnResult original = f.session.send(id, "three", seeded(4));
        QCOMPARE(next.reply, original.reply);
        QCOMPARE(store.messageCount(id), 8); // the original is untouched by the fork's turn
    }

    void a_start_point_reads_only_the_new_message()
    {
        QTemporaryDir dir;
        const QString prompt = long_prompt(3000);
        const QString text = QString("System: %1\n\n").arg(prompt);
        qint64 start = 0;
        TurnResult first;
        {
            ChatFixture f(dir.path());
            int reports = 0;
            linnet::FeedOptions options;
            options.progress = [&](size_t, size_t total) { ++reports; QVERIFY(total >= 3000); };
            start = StartPointReader(f.db, *f.engine, *f.tokenizer).addText("Long rules", text, options);
            QVERIFY(start > 0);
            QVERIFY(reports > 0);
            ConversationStore store(f.db);
            const qint64 chat = store.create();
            store.setStartPoint(chat, start);
            first = f.session.send(chat, "Hello", seeded(7));
            QCOMPARE(first.prompt_tokens, turn_tokens("Hello"));

            // The same as a chat that reads the text as its system prompt.
            const TurnResult fresh = f.session.send(0, "Hello", QJsonObject{{"seed", 7}, {"max_tokens", 24}, {"top_p", 0.9},
                                                                             {"system_prompt", prompt}});
            QVERIFY(fresh.prompt_tokens > 3000);
            QCOMPARE(first.reply, fresh.reply);
            QVERIFY(f.session.send(chat, "And then?", seeded(8)).state_restored);
        }
        // Another model reads the starting point's text again, with progress, and keeps it.
        ChatFixture v5(dir.path(), "5v2-730K-FP32");
        ConversationStore store(v5.db);
        const qint64 chat = store.create();
        store.setStartPoint(chat, start);
        qsizetype read = 0;
        TurnCallbacks callbacks;
        callbacks.reading = [&](qsizetype done, qsizetype) { read = std::max(read, done); };
        const TurnResult r = v5.session.send(chat, "Hello", seeded(7), callbacks);
        QCOMPARE(r.prompt_tokens, turn_tokens("Hello"));
        QVERIFY(read >= 3000);
        QCOMPARE(StartPoints(v5.db).fingerprints(start).size(), 2);
        const qint64 again = store.create();
        store.setStartPoint(again, start);
        QCOMPARE(v5.session.send(again, "Hello", seeded(7)).reply, r.reply);
    }

    void a_chat_saved_as_a_start_point_keeps_its_state()
    {
        QTemporaryDir dir;
        ChatFixture f(dir.path());
        const TurnResult t1 = f.session.send(0, "You are a pirate.", seeded(1));
        const qint64 start = StartPointReader(f.db, *f.engine, *f.tokenizer).saveFromChat("Pirate", t1.assistant_message_id);
        const auto saved = StartPoints(f.db).state(start, f.engine->info().fingerprint);
        QVERIFY(saved);
        const auto chat_state = StateStore(f.db).find(t1.assistant_message_id, StateKind::AfterReply,
                                                      f.engine->info().fingerprint);
        QVERIFY(chat_state);
        QVERIFY(saved->state == chat_state->state); // copied, not read again
        QVERIFY(StartPoints(f.db).find(start)->text.contains("You are a pirate."));

        // A new chat from it answers as the original chat's next turn.
        ConversationStore store(f.db);
        const qint64 chat = store.create();
        store.setStartPoint(chat, start);
        const TurnResult from_start = f.session.send(chat, "Hello", seeded(3));
        const TurnResult original = f.session.send(t1.conversation_id, "Hello", seeded(3));
        QCOMPARE(from_start.prompt_tokens, turn_tokens("Hello"));
        QCOMPARE(from_start.reply, original.reply);
        QVERIFY_THROWS_EXCEPTION(StorageError, StartPoints(f.db).add("Pirate", "x", "text"));
    }

    void command_line_versions_fork_and_start_points()
    {
        QTemporaryDir dir;
        const QString model = test::tiny_model("7v0-834K-FP32");
        const QStringList common = {"--data-dir", dir.path(), "--model", model, "--threads", "1", "--seed", "3",
                                    "--max-tokens", "16", "--quiet"};
        const test::CliRun listed = cli({"start-points", "list", "--data-dir", dir.path()});
        QCOMPARE(listed.status, 0);
        QCOMPARE(listed.json["start_points"].toArray().size(), 3); // the built-in examples
        const test::CliRun c1 = cli(QStringList{"chat", "--start-point", "Translator", "--message", "Good morning"} + common);
        QCOMPARE(c1.status, 0);
        QCOMPARE(c1.json["prompt_tokens"].toInt(), turn_tokens("Good morning"));
        const qint64 id = c1.json["conversation_id"].toInteger();
        const test::CliRun unknown = cli(QStringList{"chat", "--start-point", "Nobody", "--message", "Hi"} + common);
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.stderr_text.contains("Nobody"));

        const test::CliRun outline = cli({"versions", "--data-dir", dir.path(), "--conversation", QString::number(id)});
        QCOMPARE(outline.status, 0);
        const QJsonArray messages = outline.json["messages"].toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].toObject()["versions"].toInt(), 1);
        const qint64 reply = messages[1].toObject()["id"].toInteger();
        const test::CliRun fork = cli({"fork", "--data-dir", dir.path(), "--message", QString::number(reply)});
        QCOMPARE(fork.status, 0);
        QCOMPARE(fork.json["messages"].toInt(), 2);
        const test::CliRun refused = cli({"versions", "--data-dir", dir.path(), "--remove", QString::number(reply)});
        QCOMPARE(refused.status, 1); // not without --yes
        const test::CliRun removed =
            cli({"versions", "--data-dir", dir.path(), "--remove", QString::number(reply), "--yes"});
        QCOMPARE(removed.status, 0);
        QCOMPARE(removed.json["messages"].toArray().size(), 1);

        const test::CliRun saved = cli(QStringList{"start-points", "save", "--name", "Forked", "--conversation",
                                                   QString::number(fork.json["conversation_id"].toInteger())} + common.mid(0, 6));
        QCOMPARE(saved.status, 0);
        const test::CliRun gone = cli({"start-points", "remove", "--data-dir", dir.path(), "--name", "Translator"});
        QCOMPARE(gone.status, 0);
        QCOMPARE(gone.json["start_points"].toArray().size(), 3); // two built-ins left and Forked
    }
};

QTEST_GUILESS_MAIN(VersionsTest)
#include "tst_versions.moc"

// Remote models: a second Linnet process (linnet-cli serve on a tiny model, 127.0.0.1)
// is used through RemoteChat, the service the window uses for remote chats. Replies equal
// local generation with the same seed; a server killed mid-stream gives a clear error and
// the partial reply is kept; a refused key and a closed port are told in words; the
// remote models file is readable by its owner only.
#include "chat_fixture.h"
#include "conversation_store.h"
#include "remote_chat.h"
#include "remote_model_store.h"
#include "start_points.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace linnet;
using namespace linnet::app;

namespace {

// `linnet-cli serve` on the tiny RWKV-7, on a free port of 127.0.0.1.
struct ServeProcess {
    QProcess process;
    QUrl base_url;
    QString model;

    explicit ServeProcess(const QString& data_dir, const QStringList& extra = {})
    {
        process.start(LINNET_CLI, QStringList{"serve", "--data-dir", data_dir, "--model", test::tiny_model("7v0-834K-FP32"),
                                              "--port", "0", "--threads", "1", "--max-tokens-limit", "1000000"} + extra);
        if (!process.waitForReadyRead(20000))
            return;
        const QJsonObject ready = QJsonDocument::fromJson(process.readLine()).object();
        base_url = QUrl(ready["listening"].toString());
        model = ready["model"].toString();
    }
    ~ServeProcess()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

ChatSettings settingsWith(const QJsonObject& overrides)
{
    ChatSettings s;
    const QString error = ChatSettings::apply(overrides, s);
    if (!error.isEmpty())
        qFatal("bad test settings: %s", qPrintable(error));
    return s;
}

} // namespace

class RemoteChatTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void replies_equal_local_generation_with_the_same_seed()
    {
        ServeProcess server(dir_.filePath("server"));
        QVERIFY2(server.base_url.isValid(), "linnet-cli serve did not start");

        QTemporaryDir local_dir;
        test::ChatFixture local(local_dir.path());
        // Sampled, with a seed, narrow enough that the replies are whole UTF-8 characters:
        // a reply travels as text, and bytes that are no character would come back as
        // U+FFFD, not as the tokens the model wrote.
        const QJsonObject overrides{{"seed", 7}, {"max_tokens", 24}, {"temperature", 0.5}, {"top_p", 0.5}};
        const TurnResult first = local.session.send(0, "Tell me a story.", overrides);
        const TurnResult second = local.session.send(first.conversation_id, "And then?", overrides);
        QVERIFY(!first.reply.contains(QChar::ReplacementCharacter) && !second.reply.contains(QChar::ReplacementCharacter));

        Database db(DataLocation(dir_.filePath("client")).databasePath());
        RemoteChat chat(db, {"remote:linnet", "linnet", server.base_url, server.model, {}});
        QSignalSpy finished(&chat, &RemoteChat::turnFinished);
        QSignalSpy failed(&chat, &RemoteChat::turnFailed);
        chat.send(0, "Tell me a story.", settingsWith(overrides));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const auto r1 = finished.takeFirst().first().value<TurnResult>();
        QCOMPARE(r1.reply, first.reply);

        chat.send(r1.conversation_id, "And then?", settingsWith(overrides));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const auto r2 = finished.takeFirst().first().value<TurnResult>();
        QCOMPARE(r2.reply, second.reply);
        // Both end at the token limit here: the server's "length" comes back as that.
        QCOMPARE(r1.finish_reason, first.finish_reason);
        QCOMPARE(r2.finish_reason, second.finish_reason);
        // A server says "stop" for a stop text as for the end of a reply: read as the end of
        // reply, the more common of the two.
        QVERIFY(first.reply.size() > 8);
        const QString stop = first.reply.mid(4, 3);
        QJsonObject with_stop = overrides;
        with_stop["stop"] = QJsonArray{stop};
        chat.send(0, "Tell me a story.", settingsWith(with_stop));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const auto cut = finished.takeFirst().first().value<TurnResult>();
        QCOMPARE(cut.reply, first.reply.left(first.reply.indexOf(stop)));
        QCOMPARE(cut.finish_reason, FinishReason::EndOfReply);

        // Stored like any chat: four messages under the remote model's id.
        ConversationStore store(db);
        const qint64 id = r1.conversation_id;
        QCOMPARE(store.branch(id).size(), 4);
        QCOMPARE(store.get(id).model_path, QString("remote:linnet"));

        // Regenerate: the same question and seed give the same reply, as a second version.
        chat.regenerate(id, settingsWith(overrides));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const auto again = finished.takeFirst().first().value<TurnResult>();
        QCOMPARE(again.reply, second.reply);
        QCOMPARE(store.branch(id).size(), 4);
        QVERIFY(again.assistant_message_id != r2.assistant_message_id);
        QCOMPARE(store.branch(id).at(3).id, again.assistant_message_id);

        // Edit the first question: a new version of it, answered as the first turn was.
        chat.edit(store.branch(id).at(0).id, "Tell me a story.", settingsWith(overrides));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(finished.takeFirst().first().value<TurnResult>().reply, first.reply);
        QCOMPARE(store.branch(id).size(), 2);
    }

    // A remote model keeps no RWKV state: a chat from a starting point sends its text as
    // the system prompt, and one from a state-tuned file (no text) is refused in words.
    void a_starting_point_is_sent_as_the_system_prompt()
    {
        ServeProcess server(dir_.filePath("server"));
        QVERIFY2(server.base_url.isValid(), "linnet-cli serve did not start");
        QTemporaryDir client;
        Database db(DataLocation(client.path()).databasePath());
        ConversationStore store(db);
        StartPoints starts(db);
        RemoteChat chat(db, {"remote:linnet", "linnet", server.base_url, server.model, {}});
        QSignalSpy finished(&chat, &RemoteChat::turnFinished);
        QSignalSpy failed(&chat, &RemoteChat::turnFailed);
        const QJsonObject overrides{{"seed", 5}, {"max_tokens", 16}, {"temperature", 1.0}, {"top_p", 0.9}};
        const auto reply = [&](qint64 start_point, const QJsonObject& settings) {
            const qint64 id = store.create({}, "remote:linnet");
            if (start_point)
                store.setStartPoint(id, start_point);
            finished.clear();
            chat.send(id, "Who are you?", settingsWith(settings));
            [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000); }();
            return finished.isEmpty() ? QString() : finished.first().first().value<TurnResult>().reply;
        };
        const qint64 pirate = starts.add("Pirate", "System: You are a pirate captain.\n\n", "text");
        QVERIFY(!reply(pirate, overrides).isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const qint64 sent = finished.first().first().value<TurnResult>().conversation_id;
        const QJsonArray messages = RemoteChat::requestBody("m", store.branch(sent), RemoteChat::sentSettings(db, sent, {}))
                                        .value("messages")
                                        .toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages[0].toObject(), (QJsonObject{{"role", "system"}, {"content", "You are a pirate captain."}}));
        QCOMPARE(messages[1].toObject()["content"].toString(), "Who are you?");

        const qint64 tuned = starts.add("Heron role", "", "tuned", client.filePath("role.pth"));
        QCOMPARE(reply(tuned, overrides), QString());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(1).toString().contains("state-tuned"), qPrintable(failed.first().at(1).toString()));
    }

    void a_server_killed_mid_stream_keeps_the_partial_reply()
    {
        auto server = std::make_unique<ServeProcess>(dir_.filePath("server"));
        QVERIFY(server->base_url.isValid());
        Database db(DataLocation(dir_.filePath("client")).databasePath());
        RemoteChat chat(db, {"remote:linnet", "linnet", server->base_url, server->model, {}});
        QSignalSpy failed(&chat, &RemoteChat::turnFailed);
        QString received;
        connect(&chat, &RemoteChat::replyText, this, [&](qint64, const QString& t) {
            received += t;
            if (server && received.size() > 20)
                server->process.kill(); // as a crash would
        });
        // Random bytes for a long time: the reply is still streaming when the server dies.
        chat.send(0, "Go on and on.", settingsWith({{"temperature", 2}, {"top_p", 1}, {"max_tokens", 1000000}, {"seed", 1}}));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains("closed the connection"), qPrintable(message));
        const QList<Message> branch = ConversationStore(db).branch(failed.first().first().toLongLong());
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.last().role, QString("assistant"));
        QCOMPARE(branch.last().text, received);
    }

    void a_refused_key_and_a_closed_port_are_told_in_words()
    {
        ServeProcess server(dir_.filePath("server"), {"--api-key", "sesame"});
        QVERIFY(server.base_url.isValid());
        Database db(DataLocation(dir_.filePath("client")).databasePath());
        RemoteChat keyless(db, {"remote:k", "k", server.base_url, server.model, "wrong"});
        QSignalSpy refused(&keyless, &RemoteChat::turnFailed);
        keyless.send(0, "Hi", {});
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 30000);
        QVERIFY2(refused.first().at(1).toString().contains("refused the API key"), qPrintable(refused.first().at(1).toString()));

        QTcpServer probe; // a port that was free a moment ago, and is closed now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        RemoteChat nowhere(db, {"remote:n", "n", QUrl(QString("http://127.0.0.1:%1/v1").arg(port)), "m", {}});
        QSignalSpy unreachable(&nowhere, &RemoteChat::turnFailed);
        nowhere.send(0, "Hi", {});
        QTRY_VERIFY_WITH_TIMEOUT(!unreachable.isEmpty(), 30000);
        QVERIFY2(unreachable.first().at(1).toString().contains("nothing answers"),
                 qPrintable(unreachable.first().at(1).toString()));
    }

    void remote_models_are_kept_for_the_owner_only()
    {
        RemoteModelStore store(dir_.path());
        QVERIFY(!store.save({{}, "big", QUrl("ftp://x/v1"), "m", {}}).isEmpty());
        QCOMPARE(store.save({RemoteModelStore::idFor("big"), "big", QUrl("http://127.0.0.1:1/v1"), "m", "secret"}), QString());
        const QFile::Permissions p = QFile::permissions(dir_.filePath("remote-models.json"));
        QCOMPARE(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        QCOMPARE(store.find("remote:big")->api_key, QString("secret"));
        store.remove("remote:big");
        QVERIFY(store.list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(RemoteChatTest)
#include "tst_remote_chat.moc"

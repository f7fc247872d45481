// Conversations come back from Linnet's own JSON export: export → import → export gives
// the same JSON (ids aside); foreign, malformed, too large and newer-format files are
// refused with a message naming the problem, and the database stays byte for byte as
// it was; the window's importer reports each file.
#include "chat_fixture.h"
#include "cli_runner.h"
#include "conversation_files.h"
#include "conversation_import.h"
#include "conversation_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace linnet;
using namespace linnet::app;
using linnet::test::CliRun;
using linnet::test::run_cli;

namespace {

QString db_path(const QString& dir)
{
    return DataLocation(dir).databasePath();
}

// The database's files as bytes: the file itself and its log, if any.
QByteArray database_digest(const QString& dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile f(db_path(dir) + suffix);
        hash.addData(QByteArrayView(suffix));
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result();
}

QString write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The export without its ids, which a new conversation cannot keep.
QJsonObject without_ids(QJsonObject doc)
{
    doc.remove("id");
    QJsonArray messages;
    for (const QJsonValue& v : doc["messages"].toArray()) {
        QJsonObject m = v.toObject();
        m.remove("id");
        messages.append(m);
    }
    doc["messages"] = messages;
    return doc;
}

QJsonObject export_json(const QString& dir, qint64 id)
{
    const CliRun r = run_cli({"export", "--data-dir", dir, "--conversation", QString::number(id)});
    if (r.status != 0)
        qFatal("export failed: %s", qPrintable(r.stderr_text));
    return r.json;
}

qint64 two_turns(const QString& dir)
{
    const QStringList common = {"chat", "--data-dir", dir, "--model", test::tiny_model("7v0-834K-FP32"), "--threads",
                                "1", "--max-tokens", "12", "--quiet"};
    const CliRun first = run_cli(common + QStringList{"--message", "Tell me about herons", "--seed", "1"});
    const qint64 id = first.json["conversation_id"].toInteger();
    run_cli(common + QStringList{"--message", "And egrets?", "--seed", "2", "--conversation", QString::number(id)});
    return id;
}

// The first turn as a thinking model's: the user asked with a think mode and the reply
// carries a thought.
void with_a_thought(const QString& dir, qint64 id)
{
    Database db(db_path(dir));
    ConversationStore store(db);
    const QList<Message> branch = store.branch(id);
    store.setThinkMode(branch[0].id, "think_bit");
    store.setThought(branch[1].id, ReplyThought{"Herons are birds.\n", 5, 812.5});
}

} // namespace

class ConversationImportTest : public QObject {
    Q_OBJECT

private slots:
    void export_import_export_is_the_same()
    {
        QTemporaryDir dir;
        const qint64 id = two_turns(dir.path());
        with_a_thought(dir.path(), id);
        QJsonObject original = export_json(dir.path(), id);
        const QJsonArray sent = original["messages"].toArray();
        QCOMPARE(sent[0].toObject()["think_mode"].toString(), QString("think_bit"));
        QCOMPARE(sent[1].toObject()["thought"].toObject()["text"].toString(), QString("Herons are birds.\n"));
        QCOMPARE(original["messages"].toArray().size(), 4);
        // Settings of its own travel with the chat.
        original["settings"] = QJsonObject{{"temperature", 0.7}, {"stop", QJsonArray{"END"}}};
        const QString file = write(dir.filePath("chat.json"), QJsonDocument(original).toJson());

        const CliRun imported = run_cli({"import", "--data-dir", dir.path(), file});
        QCOMPARE(imported.status, 0);
        const qint64 copy = imported.json["conversation_id"].toInteger();
        QVERIFY(copy != id);
        QCOMPARE(imported.json["messages"].toInt(), 4);
        const QJsonObject again = export_json(dir.path(), copy);
        QCOMPARE(without_ids(again), without_ids(original));
        // Into another, empty data folder too.
        QTemporaryDir other;
        QCOMPARE(run_cli({"import", "--data-dir", other.path(), file}).status, 0);
        QCOMPARE(without_ids(export_json(other.path(), 1)), without_ids(original));
    }

    // A document read into the chat is a user message with no reply after it; it comes
    // back with its name, between the turns around it.
    void a_chat_with_a_document_comes_back_whole()
    {
        QTemporaryDir dir;
        const qint64 id = two_turns(dir.path());
        const QString doc = write(dir.filePath("notes.txt"), "Herons nest in colonies near water.\n");
        const QStringList common = {"--data-dir", dir.path(), "--model", test::tiny_model("7v0-834K-FP32"),
                                    "--threads", "1"};
        QCOMPARE(run_cli(QStringList{"attach", "--conversation", QString::number(id), doc} + common).status, 0);
        QCOMPARE(run_cli(QStringList{"chat", "--conversation", QString::number(id), "--message", "Where?",
                                     "--max-tokens", "4", "--quiet"} + common)
                     .status,
                 0);
        const QJsonObject original = export_json(dir.path(), id);
        const QJsonArray sent = original["messages"].toArray();
        QCOMPARE(sent.size(), 7);
        QCOMPARE(sent[4].toObject()["document_name"].toString(), QString("notes.txt"));
        QCOMPARE(sent[5].toObject()["role"].toString(), QString("user"));
        const QString file = write(dir.filePath("chat.json"), QJsonDocument(original).toJson());
        const CliRun imported = run_cli({"import", "--data-dir", dir.path(), file});
        QCOMPARE(imported.status, 0);
        QCOMPARE(without_ids(export_json(dir.path(), imported.json["conversation_id"].toInteger())),
                 without_ids(original));
    }

    void refusals_leave_the_database_unchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QJsonObject good{{"format", "linnet-conversation"}, {"version", 1}, {"title", "A chat"},
                         {"created", "2026-01-02T03:04:05Z"}, {"updated", "2026-01-02T03:04:05Z"}, {"model", ""},
                         {"settings", QJsonObject{}},
                         {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"text", "Hi"},
                                                             {"created", "2026-01-02T03:04:05Z"}}}}};
        auto with = [&](const QString& key, const QJsonValue& value) {
            QJsonObject o = good;
            o[key] = value;
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("foreign") << QByteArray(R"({"models": [], "version": 3})") << QString("not a conversation exported from Linnet");
        QTest::newRow("a list") << QByteArray("[1, 2, 3]") << QString("not a conversation exported from Linnet");
        QTest::newRow("malformed") << QJsonDocument(good).toJson().left(120) << QString("not valid JSON");
        QTest::newRow("newer") << with("version", 2) << QString("newer version of Linnet (format 2)");
        QTest::newRow("no time") << with("created", "yesterday") << QString("\"created\" time");
        QTest::newRow("bad setting") << with("settings", QJsonObject{{"temperature", 99}}) << QString("settings are refused");
        QJsonArray two_users = good["messages"].toArray();
        two_users.append(two_users.first());
        QTest::newRow("two user messages") << with("messages", two_users) << QString("message 2 should be from the assistant");
        // A count an int cannot hold (it was converted regardless: undefined behaviour).
        QJsonArray huge_count = good["messages"].toArray();
        huge_count.append(QJsonObject{{"role", "assistant"}, {"text", "Hello"}, {"created", "2026-01-02T03:04:06Z"},
                                      {"stats", QJsonObject{{"finish_reason", "stopped"}, {"prompt_tokens", 3e9},
                                                            {"reply_tokens", 1}, {"first_token_ms", 1},
                                                            {"tokens_per_s", 1}}}});
        QTest::newRow("token count over int") << with("messages", huge_count) << QString("message 2 has no valid \"prompt_tokens\"");
        QJsonArray bad_thought = huge_count;
        QJsonObject reply = bad_thought[1].toObject();
        reply["stats"] = QJsonObject{{"finish_reason", "stopped"}, {"prompt_tokens", 3}, {"reply_tokens", 1},
                                     {"first_token_ms", 1}, {"tokens_per_s", 1}};
        reply["thought"] = QJsonObject{{"text", "Hm."}, {"tokens", -4}, {"ms", 10}};
        bad_thought[1] = reply;
        QTest::newRow("thought of -4 tokens") << with("messages", bad_thought) << QString("message 2 has no valid \"tokens\"");
        reply["thought"] = "Hm.";
        bad_thought[1] = reply;
        QTest::newRow("thought not an object") << with("messages", bad_thought) << QString("message 2 has a thought that is not an object");
        QJsonArray long_document = good["messages"].toArray();
        QJsonObject document = long_document[0].toObject();
        document["document_name"] = QString(300, 'a');
        long_document[0] = document;
        QTest::newRow("document name of 300 characters") << with("messages", long_document) << QString("message 1 has a document name that is empty or longer than 255 characters");
        document["document_name"] = "notes.txt";
        long_document[0] = document;
        long_document.append(QJsonObject{{"role", "assistant"}, {"text", "Hello"}, {"created", "2026-01-02T03:04:06Z"}});
        QTest::newRow("a reply to a document") << with("messages", long_document) << QString("message 2 should be from the user");
        QTest::newRow("too large") << QByteArray() << QString("larger than 50 MB");
    }

    void refusals_leave_the_database_unchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        two_turns(dir.path());
        const QString file = dir.filePath("import.json");
        write(file, content);
        if (content.isEmpty()) { // a sparse file just over the limit
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.resize(kMaxImportBytes + 1));
        }
        const QByteArray before = database_digest(dir.path());
        const CliRun r = run_cli({"import", "--data-dir", dir.path(), file});
        QCOMPARE(r.status, 1);
        QVERIFY(r.stdout_text.isEmpty());
        QVERIFY2(r.stderr_text.contains(problem), qPrintable(r.stderr_text));
        QCOMPARE(database_digest(dir.path()), before);
    }

    // The window's importer: off the GUI thread, one report per file.
    void window_importer_reports_each_file()
    {
        QTemporaryDir dir;
        const qint64 id = two_turns(dir.path());
        const QString good = write(dir.filePath("good.json"), QJsonDocument(export_json(dir.path(), id)).toJson());
        const QString bad = write(dir.filePath("bad.json"), "{}");
        Database db(db_path(dir.path()));
        ConversationStore store(db);
        ConversationFiles files(store, db_path(dir.path()));
        QSignalSpy imported(&files, &ConversationFiles::imported);
        QSignalSpy failed(&files, &ConversationFiles::importFailed);
        QSignalSpy finished(&files, &ConversationFiles::importsFinished);
        files.importFiles({good, bad});
        QVERIFY(finished.wait(20000));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().at(1).toString(), QString("Tell me about herons"));
        QCOMPARE(store.branch(imported.first().at(0).toLongLong()).size(), 4);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), bad);
        QVERIFY2(failed.first().at(1).toString().contains("bad.json"), qPrintable(failed.first().at(1).toString()));
        QCOMPARE(store.list().size(), 2);
    }
};

QTEST_GUILESS_MAIN(ConversationImportTest)
#include "tst_conversation_import.moc"

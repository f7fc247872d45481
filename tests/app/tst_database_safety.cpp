// The database when something else is going on: another process holds its lock, the
// user may not read or write it, the file is damaged (a command that only reads leaves
// it alone), two processes start on a fresh folder at once, two turns run on one
// conversation at once, and a turn killed before its reply is resumed from the last
// saved state. Everything runs as separate linnet-cli processes.
#include "chat_fixture.h"
#include "cli_runner.h"
#include "conversation_store.h"
#include "data_location.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace linnet;
using namespace linnet::app;
using namespace linnet::test;

namespace {

QStringList chat_args(const QString& dir, const QString& message, qint64 conversation = 0)
{
    QStringList a = {"chat", "--data-dir", dir, "--model", tiny_model("7v0-834K-FP32"), "--threads", "1",
                     "--message", message, "--seed", "3", "--max-tokens", "24", "--quiet"};
    if (conversation)
        a << "--conversation" << QString::number(conversation);
    return a;
}

std::unique_ptr<QProcess> start(const QStringList& args, const QStringList& prefix = {})
{
    auto p = std::make_unique<QProcess>();
    if (prefix.isEmpty())
        p->start(QStringLiteral(LINNET_CLI), args);
    else
        p->start(prefix[0], prefix.mid(1) + QStringList{QStringLiteral(LINNET_CLI)} + args);
    if (!p->waitForStarted())
        qFatal("linnet-cli did not start");
    return p;
}

// Files set aside as damaged in the data folder.
QStringList set_aside(const QString& dir)
{
    return QDir(dir).entryList({"*.damaged-*"}, QDir::Files);
}

// Permissions do not stop root: as root the command runs as "nobody".
QStringList as_unprivileged()
{
    if (::geteuid() != 0)
        return {};
    return {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
}

QString make_database(const QString& dir)
{
    Database db(DataLocation(dir).databasePath());
    ConversationStore(db).create("kept");
    return db.path();
}

} // namespace

class DatabaseSafetyTest : public QObject {
    Q_OBJECT

private slots:
    // Another connection keeps the lock longer than the busy timeout.
    void busy_database_is_told_as_busy_and_kept()
    {
        QTemporaryDir dir;
        const QString path = make_database(dir.path());
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase("QSQLITE", "holder");
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec("PRAGMA locking_mode=EXCLUSIVE"));
            QVERIFY(q.exec("BEGIN EXCLUSIVE"));
            QVERIFY(q.exec("UPDATE conversations SET title = 'held'"));
            for (const QStringList& args : {QStringList{"conversations", "--data-dir", dir.path()},
                                            chat_args(dir.path(), "hello")}) {
                auto p = start(args);
                const CliRun r = finish_cli(*p);
                QCOMPARE(r.status, 1);
                QVERIFY2(r.stderr_text.contains("in use by another program"), qPrintable(r.stderr_text));
            }
            QVERIFY(q.exec("ROLLBACK"));
            holder.close();
        }
        QSqlDatabase::removeDatabase("holder");
        QVERIFY(set_aside(dir.path()).isEmpty());
        const CliRun list = run_cli({"conversations", "--data-dir", dir.path()});
        QCOMPARE(list.status, 0);
        QCOMPARE(list.json["conversations"].toArray()[0].toObject()["title"].toString(), QString("kept"));
    }

    void unreadable_database_is_told_as_such_and_kept()
    {
        QTemporaryDir dir;
        const QString path = make_database(dir.path());
        const QByteArray before = read_file(path);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                              QFile::ExeOther);
        QVERIFY(QFile::setPermissions(path, {}));
        for (const QStringList& args : {QStringList{"conversations", "--data-dir", dir.path()},
                                        chat_args(dir.path(), "hello")}) {
            auto p = start(args, as_unprivileged());
            const CliRun r = finish_cli(*p);
            QCOMPARE(r.status, 1);
            QVERIFY2(r.stderr_text.contains("may not"), qPrintable(r.stderr_text));
            QVERIFY2(!r.stderr_text.contains("damaged"), qPrintable(r.stderr_text));
        }
        QVERIFY(set_aside(dir.path()).isEmpty());
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(read_file(path), before);
    }

    // The user may read the file but not write it or its folder (a read-only mount).
    void read_only_database_is_never_moved()
    {
        QTemporaryDir dir;
        const QString path = make_database(dir.path());
        const QByteArray before = read_file(path);
        const auto read_only = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(), read_only));
        for (const QStringList& args : {QStringList{"conversations", "--data-dir", dir.path()},
                                        chat_args(dir.path(), "hello")}) {
            auto p = start(args, as_unprivileged());
            const CliRun r = finish_cli(*p);
            QVERIFY2(!r.stderr_text.contains("damaged"), qPrintable(r.stderr_text));
            if (args[0] == "chat") {
                QCOMPARE(r.status, 1);
                QVERIFY2(r.stderr_text.contains("read-only") || r.stderr_text.contains("may not"),
                         qPrintable(r.stderr_text));
            }
        }
        QFile::setPermissions(dir.path(), read_only | QFile::WriteOwner);
        QVERIFY(set_aside(dir.path()).isEmpty());
        QCOMPARE(read_file(path), before);
    }

    // Only a command that writes sets a damaged file aside; one that reads says so.
    void damaged_database_is_moved_only_by_writers()
    {
        QTemporaryDir dir;
        const QString path = DataLocation(dir.path()).databasePath();
        QDir().mkpath(QFileInfo(path).path());
        write_file(path, QByteArray("not a database at all, but the user's bytes"));
        const CliRun list = run_cli({"conversations", "--data-dir", dir.path()});
        QCOMPARE(list.status, 1);
        QVERIFY2(list.stderr_text.contains("left as it is"), qPrintable(list.stderr_text));
        QVERIFY(set_aside(QFileInfo(path).path()).isEmpty());
        QCOMPARE(read_file(path), QByteArray("not a database at all, but the user's bytes"));
        const CliRun chat = run_cli(chat_args(dir.path(), "hello"));
        QCOMPARE(chat.status, 0);
        QCOMPARE(set_aside(QFileInfo(path).path()).size(), 1);
    }

    // Both create the schema at once: one waits for the other's migration.
    void two_processes_on_a_fresh_folder()
    {
        for (int round = 0; round < 6; ++round) {
            QTemporaryDir dir;
            auto a = start({"conversations", "--data-dir", dir.path()});
            auto b = start({"conversations", "--data-dir", dir.path()});
            const CliRun ra = finish_cli(*a), rb = finish_cli(*b);
            QVERIFY2(ra.status == 0, qPrintable(ra.stderr_text));
            QVERIFY2(rb.status == 0, qPrintable(rb.stderr_text));
        }
    }

    void turns_on_one_conversation_take_turns()
    {
        QTemporaryDir dir;
        const CliRun first = run_cli(chat_args(dir.path(), "Hello there"));
        QCOMPARE(first.status, 0);
        const qint64 id = first.json["conversation_id"].toInteger();
        auto a = start(chat_args(dir.path(), "First at once", id));
        auto b = start(chat_args(dir.path(), "Second at once", id));
        const CliRun ra = finish_cli(*a), rb = finish_cli(*b);
        QVERIFY2(ra.status == 0, qPrintable(ra.stderr_text));
        QVERIFY2(rb.status == 0, qPrintable(rb.stderr_text));
        Database db(DataLocation(dir.path()).databasePath());
        const auto branch = ConversationStore(db).branch(id);
        QCOMPARE(branch.size(), 6);
        for (qsizetype i = 0; i < branch.size(); ++i)
            QCOMPARE(branch[i].role, QString(i % 2 ? "assistant" : "user"));
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM messages").toInt(), 6);
        QVERIFY(QDir(QFileInfo(db.path()).path()).entryList({"*.lock"}).isEmpty());
    }

    // The killed turn's question is read on top of the state after the last reply.
    void killed_turn_resumes_from_the_last_state()
    {
        QTemporaryDir dir;
        const CliRun first = run_cli(chat_args(dir.path(), "Hello there"));
        QCOMPARE(first.status, 0);
        const qint64 id = first.json["conversation_id"].toInteger();
        const QString question = "Tell me a very long story";
        // Greedy, the tiny model never writes the stop text: the reply goes on until killed.
        auto p = start({"chat", "--data-dir", dir.path(), "--model", tiny_model("7v0-834K-FP32"), "--threads", "1",
                        "--conversation", QString::number(id), "--message", question, "--temperature", "0",
                        "--max-tokens", "1000000"});
        QByteArray streamed;
        while (streamed.size() < 100 && p->state() == QProcess::Running) {
            p->waitForReadyRead(100);
            streamed += p->readAllStandardError();
        }
        QCOMPARE(p->state(), QProcess::Running);
        ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished();

        const CliRun next = run_cli(chat_args(dir.path(), "How are you?", id));
        QVERIFY2(next.status == 0, qPrintable(next.stderr_text));
        QVERIFY(next.json["state_restored"].toBool());
        const int expected = QString("User: %1\n\nAssistant:").arg(question).toUtf8().size() +
                             QString("User: How are you?\n\nAssistant:").toUtf8().size();
        QCOMPARE(next.json["prompt_tokens"].toInt(), expected);
    }
};

QTEST_GUILESS_MAIN(DatabaseSafetyTest)
#include "tst_database_safety.moc"

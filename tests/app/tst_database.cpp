// The SQLite file: WAL, foreign keys, migrations from every earlier schema version,
// damaged files kept aside, transactions, and full-text search.
#include "conversation_export.h"
#include "conversation_store.h"
#include "database.h"
#include "migrations.h"
#include "settings_store.h"
#include "state_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace linnet::app;

namespace {
// The page size stored in the file header (bytes 16–17, big-endian; 1 means 65536).
qint64 db_page_size(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray h = f.read(18);
    const int v = (uchar(h[16]) << 8) | uchar(h[17]);
    return v == 1 ? 65536 : v;
}
} // namespace

class DatabaseTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int n_ = 0;
    QString freshPath() { return dir_.filePath(QString("db-%1.sqlite").arg(n_++)); }

private slots:
    // A reply's thought is stored apart from its answer; JSON keeps it, Markdown only
    // when asked.
    void thoughts_are_stored_apart_and_exported()
    {
        Database db(freshPath());
        ConversationStore store(db);
        const qint64 c = store.create("Sums");
        const qint64 u = store.addMessage(c, 0, "user", "2+2?");
        store.setThinkMode(u, "think_bit");
        const qint64 a = store.addMessage(c, u, "assistant", "It is **4**.");
        store.setThought(a, ReplyThought{"\nAdd two and two.\n", 7, 1250});
        const qint64 u2 = store.addMessage(c, a, "user", "Thanks");
        store.setThinkMode(u2, "off");
        QCOMPARE(store.message(u)->think_mode, QString("think_bit"));
        QCOMPARE(store.message(u2)->think_mode, QString());
        const auto reply = store.message(a);
        QCOMPARE(reply->text, QString("It is **4**."));
        QVERIFY(reply->thought);
        QCOMPARE(reply->thought->text, QString("\nAdd two and two.\n"));
        QCOMPARE(reply->thought->tokens, 7);
        QCOMPARE(reply->thought->ms, 1250.0);
        QVERIFY(!store.message(u)->thought);

        const QJsonObject doc = QJsonDocument::fromJson(exportJson(store, c)).object();
        const QJsonArray messages = doc["messages"].toArray();
        QCOMPARE(messages[0].toObject()["think_mode"].toString(), QString("think_bit"));
        QCOMPARE(messages[1].toObject()["text"].toString(), QString("It is **4**."));
        QCOMPARE(messages[1].toObject()["thought"].toObject()["text"].toString(), QString("\nAdd two and two.\n"));
        QCOMPARE(messages[1].toObject()["thought"].toObject()["tokens"].toInt(), 7);
        QVERIFY(!messages[2].toObject().contains("think_mode"));

        const QString plain = QString::fromUtf8(exportMarkdown(store, c));
        QVERIFY(plain.contains("It is **4**."));
        QVERIFY(!plain.contains("Add two and two"));
        const QString with = QString::fromUtf8(exportMarkdown(store, c, true));
        QVERIFY(with.contains("<details><summary>Thought</summary>\n\nAdd two and two.\n\n</details>\n\nIt is **4**."));

        store.setThought(a, std::nullopt);
        QVERIFY(!store.message(a)->thought);
    }

    void wal_and_foreign_keys()
    {
        Database db(freshPath());
        QCOMPARE(db.scalar("PRAGMA journal_mode").toString(), QString("wal"));
        QCOMPARE(db.scalar("PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(db.schemaVersion(), latest_schema_version());
        QVERIFY(db.recoveryMessage().isEmpty());
        // A message of a conversation that does not exist is refused.
        QVERIFY_THROWS_EXCEPTION(StorageError, db.exec("INSERT INTO messages (conversation_id, role, text, created_at) "
                                                       "VALUES (999, 'user', 'x', 0)"));
    }

    // Pages reach the database file only through checkpoints. A connection that checkpoints
    // when asked leaves 70 MB of commits in the log (the default would have copied them
    // once the log passed 64 MB), until checkpoint() copies them.
    void checkpoints_happen_when_asked()
    {
        auto write_70_mb = [](Database& db) {
            db.exec("CREATE TABLE blobs (b BLOB)");
            const QByteArray blob(10 << 20, 'x');
            for (int i = 0; i < 7; ++i)
                db.transaction([&] { db.exec("INSERT INTO blobs (b) VALUES (?)", {blob}); });
        };
        const QString automatic = freshPath(), asked = freshPath();
        {
            Database db(automatic);
            write_70_mb(db);
            QVERIFY(QFileInfo(automatic).size() > (60 << 20));
        }
        Database db(asked, Checkpoints::WhenAsked);
        QCOMPARE(db.scalar("PRAGMA wal_autocheckpoint").toInt(), 0);
        write_70_mb(db);
        QVERIFY(QFileInfo(asked).size() < (1 << 20));
        QVERIFY(QFileInfo(asked + "-wal").size() > (70 << 20));
        db.checkpoint();
        QVERIFY(QFileInfo(asked).size() > (70 << 20));
        QCOMPARE(db.scalar("SELECT count(*) FROM blobs").toInt(), 7);
    }

    // Every earlier schema version, frozen with data in it, upgrades to the latest and
    // keeps its data.
    void migrations_from_every_version_data()
    {
        QTest::addColumn<int>("from");
        for (const Migration& m : migrations())
            if (m.version < latest_schema_version())
                QTest::addRow("from-v%d", m.version) << m.version;
    }
    void migrations_from_every_version()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        {
            // Build the fixture by hand with the frozen steps 1..from.
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "fixture");
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            for (const Migration& m : migrations()) {
                if (m.version > from)
                    break;
                for (const QString& s : m.statements) {
                    QSqlQuery q(raw);
                    QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
                }
            }
            QSqlQuery q(raw);
            QVERIFY(q.exec(QString("PRAGMA user_version=%1").arg(from)));
            QVERIFY(q.exec("INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'Đà Lạt trip', 1, 2)"));
            QVERIFY(q.exec("INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES "
                           "(1, 1, 'user', 'Where should we eat phở tonight?', 3)"));
            QVERIFY(q.exec("UPDATE conversations SET head_message_id = 1"));
            QVERIFY(q.exec("INSERT INTO settings (key, value) VALUES ('language', '[\"vi\"]')"));
            raw.close();
        }
        QSqlDatabase::removeDatabase("fixture");

        Database db(path);
        QCOMPARE(db.schemaVersion(), latest_schema_version());
        ConversationStore store(db);
        QCOMPARE(store.get(1).title, QString("Đà Lạt trip"));
        QCOMPARE(store.branch(1).size(), 1);
        QCOMPARE(SettingsStore(db).value("language").toString(), QString("vi"));
        // Search covers what was written before the index existed.
        QCOMPARE(store.search("phở").size(), 1);
        QCOMPARE(store.search("Lạt trip").size(), 1);
    }

    void newer_schema_is_refused_untouched()
    {
        const QString path = freshPath();
        {
            Database db(path);
            db.exec(QString("PRAGMA user_version=%1").arg(latest_schema_version() + 1));
        }
        try {
            Database db(path);
            QFAIL("a database from a newer Linnet was opened");
        } catch (const StorageError& e) {
            QVERIFY(e.message().contains("newer version of Linnet"));
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(QDir(dir_.path()).entryList({"*.damaged-*"}).isEmpty());
    }

    void damaged_files_are_kept_aside()
    {
        const QString path = freshPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database, just some text the user put here\n");
        }
        Database db(path);
        QVERIFY(db.recoveryMessage().contains("could not be read"));
        QCOMPARE(db.schemaVersion(), latest_schema_version());
        const QStringList aside = QDir(dir_.path()).entryList({QFileInfo(path).fileName() + ".damaged-*"});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir_.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().startsWith("this is not a database"));
    }

    void corrupt_pages_are_detected()
    {
        const QString path = freshPath();
        {
            Database db(path);
            ConversationStore store(db);
            for (int i = 0; i < 200; ++i) {
                const qint64 c = store.create(QString("chat %1").arg(i));
                store.addMessage(c, 0, "user", QString("message %1 ").arg(i).repeated(50));
            }
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 page = db_page_size(path);
        QVERIFY(f.size() > 3 * page);
        f.seek(page); // keep the header page; garbage over every table page after it
        f.write(QByteArray(f.size() - page, '\xA5'));
        f.close();
        Database db(path);
        QVERIFY(!db.recoveryMessage().isEmpty());
        QCOMPARE(ConversationStore(db).list().size(), 0);
    }

    void transaction_rolls_back_on_error()
    {
        Database db(freshPath());
        ConversationStore store(db);
        const qint64 c = store.create("kept");
        try {
            db.transaction([&] {
                store.addMessage(c, 0, "user", "half of an action");
                throw StorageError("interrupted");
            });
        } catch (const StorageError&) {
        }
        QCOMPARE(store.messageCount(c), 0);
        QCOMPARE(store.get(c).head_message_id, qint64(0));
        QVERIFY(store.search("half of").isEmpty());
    }

    void search_titles_and_messages()
    {
        Database db(freshPath());
        ConversationStore store(db);
        const qint64 a = store.create("Recipes");
        store.addMessage(a, 0, "user", "How long do I boil an egg?");
        const qint64 b = store.create("旅行计划");
        store.addMessage(b, 0, "user", "我们明天去北京的故宫参观");
        const qint64 c = store.create("Misc");
        const qint64 m = store.addMessage(c, 0, "user", "The quick brown fox");

        QCOMPARE(store.search("boil an").size(), 1);
        QCOMPARE(store.search("boil an").first().conversation_id, a);
        QCOMPARE(store.search("Recipes").first().conversation_id, a);
        QCOMPARE(store.search("北京的故宫").first().conversation_id, b); // substring of CJK text
        QCOMPARE(store.search("旅行").first().conversation_id, b);       // short query: plain scan
        QCOMPARE(store.search("QUICK").first().message_id, m);           // case-insensitive
        QVERIFY(store.search("\"quoted\" text").isEmpty());              // quotes are literal, not syntax

        store.updateMessage(m, "A lazy dog", {});
        QVERIFY(store.search("quick brown").isEmpty());
        QCOMPARE(store.search("lazy dog").size(), 1);
        store.rename(a, "Kitchen");
        QVERIFY(store.search("Recipes").isEmpty());
        store.remove(b);
        QVERIFY(store.search("故宫").isEmpty());
    }

    void branches_and_paths()
    {
        Database db(freshPath());
        ConversationStore store(db);
        const qint64 c = store.create();
        const qint64 u1 = store.addMessage(c, 0, "user", "one");
        const qint64 a1 = store.addMessage(c, u1, "assistant", "reply one");
        const qint64 u2 = store.addMessage(c, a1, "user", "two");
        const qint64 u2b = store.addMessage(c, a1, "user", "two, edited");
        QCOMPARE(store.get(c).title, QString("one"));
        QCOMPARE(store.get(c).head_message_id, u2b);
        QCOMPARE(store.branch(c).size(), 3);
        QCOMPARE(store.branch(c).last().text, QString("two, edited"));
        QCOMPARE(store.children(a1).size(), 2);
        QCOMPARE(store.pathTo(u2).size(), 3);
        store.remove(c);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM messages").toInt(), 0);
    }

    void settings_are_validated()
    {
        Database db(freshPath());
        SettingsStore settings(db);
        QCOMPARE(settings.updateChatDefaults({{"temperature", 0.7}, {"max_tokens", 50}}), QString());
        QCOMPARE(settings.chatDefaults().sampling.temperature, 0.7f);
        QVERIFY(!settings.updateChatDefaults({{"temperature", -3}}).isEmpty());
        QVERIFY(!settings.updateChatDefaults({{"top_k", 2.5}}).isEmpty());
        QVERIFY(!settings.updateChatDefaults({{"max_tokens", "many"}}).isEmpty());
        QVERIFY(!settings.updateChatDefaults({{"no_such_setting", 1}}).isEmpty());
        QCOMPARE(settings.chatDefaults().sampling.temperature, 0.7f); // nothing changed
        QCOMPARE(settings.chatDefaults().max_tokens, 50);

        ConversationStore store(db);
        const qint64 c = store.create();
        store.setSettings(c, {{"max_tokens", 7}, {"system_prompt", "Be brief."}});
        const ChatSettings s = settings.chatSettings(store.get(c));
        QCOMPARE(s.max_tokens, 7);
        QCOMPARE(s.sampling.temperature, 0.7f);
        QCOMPARE(s.system_prompt, QString("Be brief."));

        QVERIFY(settings.updateEngine({{"threads", -1}}).contains("threads"));
        QCOMPARE(settings.updateEngine({{"threads", 2}, {"strategy", "cpu fp32"}}), QString());
        QCOMPARE(settings.engine().threads, 2);
        // A tokenizer per model file; anything but a name or a path is refused.
        QVERIFY(settings.updateEngine({{"tokenizers", QJsonObject{{"/m/a.pth", 5}}}}).contains("tokenizer"));
        QCOMPARE(settings.updateEngine({{"tokenizers", QJsonObject{{"/m/a.pth", "neox"}}}}), QString());
        QCOMPARE(settings.engine().tokenizerFor("/m/a.pth"), QString("neox"));
        QCOMPARE(settings.engine().tokenizerFor("/m/b.pth"), QString());
        QCOMPARE(settings.engine().threads, 2);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"

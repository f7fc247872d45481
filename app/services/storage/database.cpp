#include "database.h"

#include "logging.h"
#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace linnet::app {

namespace {

std::atomic<int> next_connection{0};

bool looks_like_sqlite(const QString& path)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return true; // SQLite starts an empty file itself
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(const QString& path, Checkpoints checkpoints)
    : path_(QFileInfo(path).absoluteFilePath()),
      connection_name_(QStringLiteral("linnet-%1").arg(next_connection.fetch_add(1)))
{
    const QDir dir = QFileInfo(path_).dir();
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        throw StorageError(QObject::tr("Cannot create the data folder %1.").arg(dir.path()));
    if (!looks_like_sqlite(path_))
        moveAside(QObject::tr("it is not a Linnet database"));
    openConnection();
    if (!healthy()) {
        QSqlDatabase::database(connection_name_, false).close();
        moveAside(QObject::tr("SQLite reports it as damaged"));
        openConnection();
    }
    configure(checkpoints);
    const int version = schemaVersion();
    if (version > latest_schema_version())
        throw StorageError(QObject::tr("The database %1 was written by a newer version of Linnet (schema %2; this version "
                                       "reads up to %3). Update Linnet to open it.")
                               .arg(path_)
                               .arg(version)
                               .arg(latest_schema_version()));
    migrateTo(latest_schema_version());
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection_name_, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection_name_);
}

void Database::openConnection()
{
    QSqlDatabase db = QSqlDatabase::contains(connection_name_) ? QSqlDatabase::database(connection_name_, false)
                                                               : QSqlDatabase::addDatabase("QSQLITE", connection_name_);
    db.setDatabaseName(path_);
    // Another connection (the GUI thread, the worker) may hold the write lock briefly.
    db.setConnectOptions("QSQLITE_BUSY_TIMEOUT=5000");
    if (!db.open())
        throw StorageError(QObject::tr("Cannot open the database %1: %2").arg(path_, db.lastError().text()));
}

bool Database::healthy()
{
    QSqlQuery q(connection());
    if (!q.exec("PRAGMA quick_check") || !q.next())
        return false;
    return q.value(0).toString() == "ok";
}

void Database::moveAside(const QString& why)
{
    const QString aside =
        path_ + ".damaged-" + QDateTime::currentDateTimeUtc().toString("yyyyMMdd-HHmmss");
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString from = path_ + suffix;
        if (QFile::exists(from) && !QFile::rename(from, aside + suffix))
            throw StorageError(QObject::tr("The database %1 is damaged (%2) and could not be moved aside. "
                                           "Move it away yourself and start Linnet again.")
                                   .arg(path_, why));
    }
    recovery_ = QObject::tr("Your conversation database could not be read (%1). It was kept as %2 and a new, "
                            "empty database was started.")
                    .arg(why, aside);
    qCWarning(lcStorage) << recovery_;
}

void Database::configure(Checkpoints checkpoints)
{
    // Large pages make the multi-megabyte state blobs cheap to write and read (4 KB
    // pages: ~100 ms to save a 13 MB state; 64 KB pages: ~20 ms). It only takes effect
    // on a new, empty file, before WAL mode is set.
    exec("PRAGMA page_size=65536");
    const QString mode = scalar("PRAGMA journal_mode=WAL").toString();
    if (mode.compare("wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "journal mode is" << mode << "instead of WAL";
    exec("PRAGMA foreign_keys=ON");
    // In WAL mode NORMAL never corrupts the file on a crash; it may only lose the last
    // transactions on power loss.
    exec("PRAGMA synchronous=NORMAL");
    if (checkpoints == Checkpoints::WhenAsked)
        exec("PRAGMA wal_autocheckpoint=0");
}

void Database::checkpoint()
{
    // One row: busy flag, pages in the log, pages copied (fewer while a reader needs them).
    QSqlQuery q = exec("PRAGMA wal_checkpoint(PASSIVE)");
    if (q.next() && q.value(2).toInt() < q.value(1).toInt())
        qCDebug(lcStorage) << "checkpoint copied" << q.value(2).toInt() << "of" << q.value(1).toInt() << "pages";
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(connection_name_, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec("PRAGMA user_version") || !q.next())
        return 0;
    return q.value(0).toInt();
}

void Database::transaction(const std::function<void()>& work)
{
    if (transaction_depth_ > 0) {
        work();
        return;
    }
    QSqlDatabase db = connection();
    if (!db.transaction())
        throw StorageError(QObject::tr("Cannot start a database transaction: %1").arg(db.lastError().text()));
    ++transaction_depth_;
    try {
        work();
    } catch (...) {
        --transaction_depth_;
        db.rollback();
        throw;
    }
    --transaction_depth_;
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        throw StorageError(QObject::tr("Cannot save to the database: %1").arg(error));
    }
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        throw StorageError(QObject::tr("Database error: %1").arg(q.lastError().text()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw StorageError(QObject::tr("Database error: %1").arg(q.lastError().text()));
    return q;
}

QVariant Database::scalar(const QString& sql, const QVariantList& values)
{
    QSqlQuery q = exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

void Database::migrateTo(int version)
{
    for (const Migration& m : migrations()) {
        if (m.version <= schemaVersion() || m.version > version)
            continue;
        transaction([&] {
            for (const QString& statement : m.statements) {
                QSqlQuery q(connection());
                if (!q.exec(statement))
                    throw StorageError(QObject::tr("Cannot upgrade the database to version %1 (%2): %3")
                                           .arg(m.version)
                                           .arg(m.summary, q.lastError().text()));
            }
            QSqlQuery q(connection());
            q.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version));
        });
        qCInfo(lcStorage) << "database" << path_ << "migrated to version" << m.version << m.summary;
    }
}

} // namespace linnet::app

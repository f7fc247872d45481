#include "database.h"

#include "logging.h"
#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace linnet::app {

namespace {

std::atomic<int> next_connection{0};

enum class FileState { Absent, Sqlite, NotSqlite, Unreadable };

FileState file_state(const QString& path)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return FileState::Absent; // SQLite starts an empty file itself
    if (!f.open(QIODevice::ReadOnly))
        return FileState::Unreadable;
    return f.read(16) == QByteArray("SQLite format 3\0", 16) ? FileState::Sqlite : FileState::NotSqlite;
}

// What an SQLite failure says about the file. Only CORRUPT and NOTADB prove damage;
// the rest are about the file's surroundings and must never cost the user the file.
enum class Trouble { Damaged, Busy, ReadOnly, Denied, Other };

Trouble trouble_of(const QSqlError& e)
{
    switch (e.nativeErrorCode().toInt() & 0xff) { // primary code of an extended one
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return Trouble::Busy;
    case 8:  // SQLITE_READONLY
        return Trouble::ReadOnly;
    case 3:  // SQLITE_PERM
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return Trouble::Denied;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Trouble::Damaged;
    default:
        return Trouble::Other;
    }
}

QString describe(const QString& path, const QSqlError& e)
{
    switch (trouble_of(e)) {
    case Trouble::Busy:
        return QObject::tr("The database %1 is in use by another program, which has held its lock for more than %2 "
                           "seconds. Close the other Linnet window or command and try again; nothing was changed.")
            .arg(path)
            .arg(kBusyTimeoutMs / 1000);
    case Trouble::ReadOnly:
        return QObject::tr("The database %1 cannot be written: the file or its disk is read-only. Make it writable "
                           "or choose another data folder; nothing was changed.")
            .arg(path);
    case Trouble::Denied:
        return QObject::tr("Linnet may not open the database %1 (%2). Check the permissions of the file and its "
                           "folder; nothing was changed.")
            .arg(path, e.text());
    case Trouble::Damaged:
    case Trouble::Other:
        break;
    }
    return QObject::tr("Database error: %1").arg(e.text());
}

} // namespace

Database::Database(const QString& path, Checkpoints checkpoints, Damaged damaged)
    : path_(QFileInfo(path).absoluteFilePath()),
      connection_name_(QStringLiteral("linnet-%1").arg(next_connection.fetch_add(1)))
{
    const QDir dir = QFileInfo(path_).dir();
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        throw StorageError(QObject::tr("Cannot create the data folder %1.").arg(dir.path()));
    // One process at a time opens, configures and migrates the file: two first opens of
    // a fresh file race (one switching it to WAL while the other reads) and SQLite answers
    // "busy" at once, without waiting. In a folder Linnet may not write, there is no lock
    // to take and the open goes on (and is told as read-only if it must write).
    QLockFile setup(path_ + QStringLiteral(".open.lock"));
    setup.setStaleLockTime(0); // only a dead owner frees it
    setup.tryLock(kBusyTimeoutMs);
    switch (file_state(path_)) {
    case FileState::Unreadable:
        throw StorageError(QObject::tr("Linnet may not read the database %1 (permission denied). Check the "
                                       "permissions of the file and its folder; nothing was changed.")
                               .arg(path_));
    case FileState::NotSqlite:
        setAside(QObject::tr("it is not a Linnet database"), damaged);
        break;
    case FileState::Absent:
    case FileState::Sqlite:
        break;
    }
    openConnection();
    checkHealth(damaged);
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
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        throw StorageError(describe(path_, db.lastError()));
}

void Database::checkHealth(Damaged damaged)
{
    QString why;
    {
        QSqlQuery q(connection());
        if (q.exec("PRAGMA quick_check") && q.next()) {
            if (q.value(0).toString() == "ok")
                return;
            why = QObject::tr("SQLite reports it as damaged");
        } else if (trouble_of(q.lastError()) == Trouble::Damaged) {
            why = QObject::tr("SQLite reports it as damaged: %1").arg(q.lastError().text());
        } else {
            throw StorageError(describe(path_, q.lastError()));
        }
    }
    QSqlDatabase::database(connection_name_, false).close();
    setAside(why, damaged);
    openConnection();
}

void Database::setAside(const QString& why, Damaged damaged)
{
    if (damaged == Damaged::Refuse)
        throw StorageError(QObject::tr("The database %1 is damaged (%2). It was left as it is; start Linnet or a chat "
                                       "to keep it aside and begin a new one.")
                               .arg(path_, why));
    moveAside(why);
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
    // IMMEDIATE takes the write lock at the start, waiting up to the busy timeout for
    // another process: a deferred transaction that reads first and writes later would
    // fail at once ("database is locked") when another process wrote in between.
    QSqlQuery begin(connection());
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        throw StorageError(describe(path_, begin.lastError()));
    ++transaction_depth_;
    try {
        work();
    } catch (...) {
        --transaction_depth_;
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    --transaction_depth_;
    QSqlQuery commit(connection());
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString error = describe(path_, commit.lastError());
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        throw StorageError(QObject::tr("Cannot save to the database: %1").arg(error));
    }
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        throw StorageError(describe(path_, q.lastError()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw StorageError(describe(path_, q.lastError()));
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
        if (m.version > version)
            break;
        if (m.version > schemaVersion())
            migrateStep(m);
    }
}

// One migration in a write transaction: the version is read again once the write lock
// is held, so a second process starting at the same moment waits, then finds the step
// done instead of creating the same tables again.
void Database::migrateStep(const Migration& m)
{
    bool ran = false;
    transaction([&] {
        if (schemaVersion() >= m.version)
            return;
        for (const QString& statement : m.statements) {
            QSqlQuery q(connection());
            if (!q.exec(statement))
                throw StorageError(QObject::tr("Cannot upgrade the database to version %1 (%2): %3")
                                       .arg(m.version)
                                       .arg(m.summary, q.lastError().text()));
        }
        QSqlQuery q(connection());
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version));
        ran = true;
    });
    if (ran)
        qCInfo(lcStorage) << "database" << path_ << "migrated to version" << m.version << m.summary;
}

} // namespace linnet::app

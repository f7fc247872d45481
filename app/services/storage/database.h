// The one SQLite file that holds conversations, states, models and settings.
//
// Each thread that touches the database opens its own Database (Qt SQL connections
// belong to the thread that made them). The first open of a file migrates it; a file
// that SQLite proves damaged (not a database, or failing its check) is moved aside
// (never overwritten) and a fresh one is started, with a message for the user in
// `recoveryMessage()`. A file that is only busy (another program holds its lock), not
// readable or on a read-only disk is told as what it is and never moved.
#pragma once

#include "storage_error.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>

namespace linnet::app {

struct Migration;

// When the write-ahead log is copied back into the file. A checkpoint copies every page
// written since the last one (a saved state is ~13 MB at 1.5B), and by default SQLite does
// it inside whichever commit takes the log past 64 MB: the window's connection must never
// pay for that, and the inference worker does it after a turn, not while saving it.
enum class Checkpoints { OnCommit, WhenAsked };

// What to do with a file SQLite proves damaged: commands that only read refuse it with
// a message and leave the file as it is; the app and commands that write set it aside.
enum class Damaged { MoveAside, Refuse };

// How long a statement waits for another connection's lock before it fails as busy.
inline constexpr int kBusyTimeoutMs = 5000;

class Database {
public:
    // Throws StorageError when the file cannot be used at all (e.g. made by a newer
    // Linnet, or the directory is not writable).
    explicit Database(const QString& path, Checkpoints checkpoints = Checkpoints::OnCommit,
                      Damaged damaged = Damaged::MoveAside);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return path_; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Non-empty when the file was damaged and moved aside at open.
    const QString& recoveryMessage() const { return recovery_; }

    // Runs `work` in one transaction: committed when it returns, rolled back when it
    // throws. Nested calls join the outermost transaction, so a user action made of
    // several store calls is still one transaction.
    void transaction(const std::function<void()>& work);

    // Prepares and runs a statement with positional values; throws StorageError on failure.
    QSqlQuery exec(const QString& sql, const QVariantList& values = {});
    // The first column of the first row, or an invalid QVariant when there is none.
    QVariant scalar(const QString& sql, const QVariantList& values = {});
    // Every row of a statement, each made by `read` from the query standing on it.
    template <class Read>
    auto rows(const QString& sql, const QVariantList& values, Read read)
    {
        QSqlQuery q = exec(sql, values);
        QList<std::invoke_result_t<Read, const QSqlQuery&>> out;
        while (q.next())
            out << read(q);
        return out;
    }
    // The first row made by `read`, or nullopt when there is none.
    template <class Read>
    auto firstRow(const QString& sql, const QVariantList& values, Read read)
    {
        QSqlQuery q = exec(sql, values);
        return q.next() ? std::optional(read(q)) : std::nullopt;
    }

    // Copies what it can of the log into the file without waiting for readers (PASSIVE).
    void checkpoint();

    // Runs migrations up to `version` (tests use it to freeze earlier schema versions).
    void migrateTo(int version);

private:
    void openConnection();
    void configure(Checkpoints checkpoints);
    void checkHealth(Damaged damaged);
    void setAside(const QString& why, Damaged damaged);
    void moveAside(const QString& why);
    void migrateStep(const Migration& m);

    QString path_;
    QString connection_name_;
    QString recovery_;
    int transaction_depth_ = 0;
};

} // namespace linnet::app

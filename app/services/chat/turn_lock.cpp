#include "turn_lock.h"

#include "storage_error.h"

#include <QObject>

namespace linnet::app {

QString TurnLock::lockPath(const QString& database_path, qint64 conversation_id)
{
    return database_path + QStringLiteral(".turn-%1.lock").arg(conversation_id);
}

TurnLock::TurnLock(const QString& database_path, qint64 conversation_id)
{
    if (conversation_id <= 0)
        return;
    file_ = std::make_unique<QLockFile>(lockPath(database_path, conversation_id));
    // A turn may generate for minutes: only a dead owner makes the lock stale, never its age.
    file_->setStaleLockTime(0);
    if (!file_->lock())
        throw StorageError(QObject::tr("Cannot take the turn lock %1 of this conversation (error %2).")
                               .arg(lockPath(database_path, conversation_id))
                               .arg(int(file_->error())));
}

TurnLock::~TurnLock()
{
    if (file_)
        file_->unlock();
}

} // namespace linnet::app

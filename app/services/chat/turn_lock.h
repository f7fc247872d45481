// Turns on one conversation, one at a time, across processes: the window, its worker
// and any number of `linnet-cli chat` may write to the same database. A turn reads the
// conversation's head, adds a message under it and later its reply; two turns at once
// would both answer the same head and leave a user message under a user message.
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace linnet::app {

class TurnLock {
public:
    // Waits until no other turn runs on `conversation_id` (0, a new conversation, needs
    // no lock). The lock is a file beside the database; one left by a killed process is
    // recognised by its process id and taken over.
    TurnLock(const QString& database_path, qint64 conversation_id);
    ~TurnLock();
    TurnLock(const TurnLock&) = delete;
    TurnLock& operator=(const TurnLock&) = delete;

    static QString lockPath(const QString& database_path, qint64 conversation_id);

private:
    std::unique_ptr<QLockFile> file_;
};

} // namespace linnet::app

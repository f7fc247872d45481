// Reads a conversation back from Linnet's own JSON export (exportJson) and adds it as
// a new chat. The file is untrusted: its size, its shape and every value are checked
// before anything is written, and a refused file leaves the database as it was.
#pragma once

#include "conversation_store.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace linnet::app {

// Larger files are refused before they are read.
constexpr qint64 kMaxImportBytes = 50LL * 1024 * 1024;

struct ConversationImport {
    Conversation conversation; // id 0 and no head until written
    QList<Message> messages;   // one branch, oldest first, user and assistant in turn
};

// Checks the file and returns its conversation; throws StorageError with a message that
// names the problem (foreign, malformed, too large, from a newer Linnet). Touches no
// database, so callers can check a file before they open one.
ConversationImport readConversationExport(const QString& path);
ConversationImport parseConversationExport(const QByteArray& json);

// Adds the conversation as a new one, with its times, settings and statistics, in one
// transaction; returns its id.
qint64 addImportedConversation(ConversationStore& store, const ConversationImport& import);

} // namespace linnet::app

// A conversation written out for the user: Markdown to read, JSON to process.
#pragma once

#include "conversation_store.h"

#include <QByteArray>

namespace linnet::app {

// What a JSON export says it is: readers refuse other files and newer versions.
inline constexpr char kConversationExportFormat[] = "linnet-conversation";
inline constexpr int kConversationExportVersion = 1;

// The branch on screen, oldest message first. Markdown is for reading, so the thoughts
// of thinking models are left out unless asked for; JSON always keeps them.
QByteArray exportMarkdown(ConversationStore& store, qint64 conversation_id, bool with_thoughts = false);
QByteArray exportJson(ConversationStore& store, qint64 conversation_id);

} // namespace linnet::app

// A conversation written out for the user: Markdown to read, JSON to process.
#pragma once

#include "conversation_store.h"

#include <QByteArray>

namespace linnet::app {

// The branch on screen, oldest message first.
QByteArray exportMarkdown(ConversationStore& store, qint64 conversation_id);
QByteArray exportJson(ConversationStore& store, qint64 conversation_id);

} // namespace linnet::app

// Imported chats: a conversation file from "Import chats…" or `linnet-cli import`
// (Linnet's JSON export). A refusal must say why; an accepted file must hold what the
// importer promises the database: a title, valid settings, messages that alternate
// user → assistant, texts and counts within range.
#include "conversation_import.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace linnet::app;
    ConversationImport import;
    try {
        import = parseConversationExport(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    } catch (const StorageError& e) {
        if (e.message().isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    if (import.conversation.title.isEmpty() || import.conversation.id != 0)
        __builtin_trap();
    for (qsizetype i = 0; i < import.messages.size(); ++i) {
        const Message& m = import.messages[i];
        if (m.role != (i % 2 == 0 ? "user" : "assistant") || m.stats.prompt_tokens < 0 || m.stats.reply_tokens < 0)
            __builtin_trap();
    }
    return 0;
}

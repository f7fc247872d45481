#include "command.h"
#include "conversation_import.h"
#include "data_location.h"

namespace linnet::cli {

Command import_command()
{
    return {"import", "Add a conversation from a file Linnet exported as JSON (linnet-cli export, \"Export as JSON…\").",
            [](QCommandLineParser& p) {
                p.addOption({"data-dir", "Linnet's data folder.", "dir"});
                p.addPositionalArgument("file", "The exported conversation (.json).");
            },
            [](const QCommandLineParser& p) -> QJsonObject {
                const QStringList files = p.positionalArguments();
                if (files.size() != 1)
                    throw Failure("give one exported conversation file");
                // The whole file is checked before the database is opened: a refused file
                // leaves it exactly as it was.
                const app::ConversationImport import = app::readConversationExport(files.first());
                app::Database db(app::DataLocation(p.value("data-dir")).databasePath());
                app::ConversationStore store(db);
                const qint64 id = app::addImportedConversation(store, import);
                return {{"conversation_id", id},
                        {"title", import.conversation.title},
                        {"messages", qint64(import.messages.size())}};
            }};
}

} // namespace linnet::cli

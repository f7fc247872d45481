#include "command.h"
#include "conversation_store.h"
#include "data_location.h"

#include <QJsonArray>

namespace linnet::cli {

Command conversations_command()
{
    return {"conversations", "List conversations, most recent first, or search their titles and messages.",
            [](QCommandLineParser& p) {
                p.addOption({"data-dir", "Linnet's data folder.", "dir"});
                p.addOption({"search", "Only conversations whose title or messages contain this text.", "text"});
            },
            [](const QCommandLineParser& p) {
                // Listing only reads: a damaged file is reported, never moved.
                app::Database db(app::DataLocation(p.value("data-dir")).databasePath(), app::Checkpoints::OnCommit,
                                 app::Damaged::Refuse);
                app::ConversationStore store(db);
                QJsonArray out;
                if (p.isSet("search")) {
                    for (const auto& hit : store.search(p.value("search")))
                        out.append(QJsonObject{{"id", hit.conversation_id},
                                               {"title", hit.title},
                                               {"message_id", hit.message_id},
                                               {"snippet", hit.snippet}});
                    return QJsonObject{{"matches", out}};
                }
                for (const auto& c : store.list())
                    out.append(QJsonObject{{"id", c.id},
                                           {"title", c.title},
                                           {"updated_ms", c.updated_at},
                                           {"messages", store.messageCount(c.id)},
                                           {"model", c.model_path}});
                return QJsonObject{{"conversations", out}};
            }};
}

} // namespace linnet::cli

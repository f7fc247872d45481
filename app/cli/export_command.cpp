#include "command.h"
#include "conversation_export.h"
#include "data_location.h"

#include <cstdio>

namespace linnet::cli {

Command export_command()
{
    return {"export", "Write a conversation as Markdown or JSON to stdout.",
            [](QCommandLineParser& p) {
                p.addOption({"data-dir", "Linnet's data folder.", "dir"});
                p.addOption({"conversation", "The conversation to export.", "id"});
                p.addOption({"format", "markdown or json (default).", "format", "json"});
                p.addOption({"thoughts", "Markdown: include the thoughts of thinking models (JSON always has them)."});
            },
            [](const QCommandLineParser& p) -> QJsonObject {
                const QString format = p.value("format");
                if (format != "markdown" && format != "json")
                    throw Failure("--format must be markdown or json");
                bool ok = false;
                const qint64 id = p.value("conversation").toLongLong(&ok);
                if (!ok)
                    throw Failure("--conversation must be a conversation id");
                app::Database db(app::DataLocation(p.value("data-dir")).databasePath(), app::Checkpoints::OnCommit,
                                 app::Damaged::Refuse);
                app::ConversationStore store(db);
                const QByteArray text = format == "json" ? app::exportJson(store, id) : app::exportMarkdown(store, id, p.isSet("thoughts"));
                std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
                return {};
            }};
}

} // namespace linnet::cli

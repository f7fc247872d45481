#include "branching.h"
#include "command.h"
#include "conversation_store.h"
#include "data_location.h"

#include <QJsonArray>

namespace linnet::cli {

namespace {

qint64 id_option(const QCommandLineParser& p, const QString& name)
{
    bool ok = false;
    const qint64 id = p.value(name).toLongLong(&ok);
    if (!ok || id <= 0)
        throw Failure(QString("--%1 must be a message or conversation id").arg(name).toStdString());
    return id;
}

QJsonObject branch_outline(app::Database& db, qint64 conversation_id)
{
    app::ConversationStore store(db);
    app::Branching branching(db);
    QJsonArray messages;
    for (const auto& [id, role] : store.branchOutline(conversation_id)) {
        const app::Versions v = branching.versions(id);
        messages.append(QJsonObject{{"id", id},
                                    {"role", role},
                                    {"version", v.index},
                                    {"versions", v.count},
                                    {"previous", v.previous},
                                    {"next", v.next}});
    }
    return {{"conversation_id", conversation_id}, {"head", store.get(conversation_id).head_message_id},
            {"messages", messages}};
}

} // namespace

Command versions_command()
{
    return {"versions", "The versions of a conversation's messages: list them, show another one, or delete one.",
            [](QCommandLineParser& p) {
                p.addOption({"data-dir", "Linnet's data folder.", "dir"});
                p.addOption({"conversation", "List the branch on screen with each message's version.", "id"});
                p.addOption({"switch", "Show the version of the conversation that goes through this message.", "id"});
                p.addOption({"remove", "Delete this message, every later turn below it and their saved states.", "id"});
                p.addOption({"yes", "Confirms --remove (it cannot be undone)."});
            },
            [](const QCommandLineParser& p) {
                app::Database db(app::DataLocation(p.value("data-dir")).databasePath());
                app::Branching branching(db);
                app::ConversationStore store(db);
                if (p.isSet("switch")) {
                    const qint64 message = id_option(p, "switch");
                    branching.switchTo(message);
                    return branch_outline(db, store.message(message)->conversation_id);
                }
                if (p.isSet("remove")) {
                    if (!p.isSet("yes"))
                        throw Failure("--remove deletes the message and everything after it: add --yes to confirm");
                    const qint64 message = id_option(p, "remove");
                    const auto m = store.message(message);
                    if (!m)
                        throw Failure(QString("message %1 does not exist").arg(message).toStdString());
                    branching.removeFrom(message);
                    return branch_outline(db, m->conversation_id);
                }
                if (!p.isSet("conversation"))
                    throw Failure("give --conversation, --switch or --remove");
                return branch_outline(db, store.get(id_option(p, "conversation")).id);
            }};
}

Command fork_command()
{
    return {"fork", "A new conversation with the path up to a message and its saved states (nothing is read again).",
            [](QCommandLineParser& p) {
                p.addOption({"data-dir", "Linnet's data folder.", "dir"});
                p.addOption({"message", "The last message to copy.", "id"});
            },
            [](const QCommandLineParser& p) {
                app::Database db(app::DataLocation(p.value("data-dir")).databasePath());
                const qint64 copy = app::Branching(db).fork(id_option(p, "message"));
                return QJsonObject{{"conversation_id", copy}, {"messages", app::ConversationStore(db).messageCount(copy)}};
            }};
}

} // namespace linnet::cli

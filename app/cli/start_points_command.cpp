#include "command.h"
#include "conversation_store.h"
#include "data_location.h"
#include "options.h"
#include "reading_progress.h"
#include "start_point_reader.h"

#include <QFile>
#include <QJsonArray>

namespace linnet::cli {

namespace {

QString text_file(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Failure(QString("cannot open %1: %2").arg(path, f.errorString()).toStdString());
    return QString::fromUtf8(f.readAll());
}

QJsonObject list(app::StartPoints& store)
{
    QJsonArray out;
    for (const app::StartPoint& sp : store.list())
        out.append(QJsonObject{{"id", sp.id},
                               {"name", sp.name},
                               {"source", sp.source},
                               {"characters", sp.text.size()},
                               {"tuned_state", sp.tuned_path},
                               {"models", QJsonArray::fromStringList(store.fingerprints(sp.id))}});
    return {{"start_points", out}};
}

QJsonObject save(const QCommandLineParser& p, app::Database& db, const QString& name)
{
    const auto model = load_model(p);
    const auto tokenizer = make_tokenizer(p, model.get(), app::DataLocation(p.value("data-dir")).tokenizerDir());
    app::StartPointReader reader(db, *model, *tokenizer);
    linnet::FeedOptions options;
    options.progress = reading_progress(p.isSet("quiet"));
    qint64 id = 0;
    if (p.isSet("tuned-state")) {
        id = reader.addTuned(name, p.value("tuned-state"));
    } else if (p.isSet("text-file")) {
        id = reader.addText(name, text_file(p.value("text-file")), options);
    } else if (p.isSet("message")) {
        id = reader.saveFromChat(name, p.value("message").toLongLong(), options);
    } else if (p.isSet("conversation")) {
        const qint64 head = app::ConversationStore(db).get(p.value("conversation").toLongLong()).head_message_id;
        id = reader.saveFromChat(name, head, options);
    } else {
        throw Failure("save needs --conversation, --message, --text-file or --tuned-state");
    }
    const auto sp = app::StartPoints(db).find(id);
    const auto state = sp ? reader.state(*sp) : std::nullopt;
    return {{"id", id}, {"name", name}, {"tokens", state ? state->token_count : 0}};
}

} // namespace

Command start_points_command()
{
    return {"start-points", "Starting points new chats begin from: list, save (from a chat, a text or a state-tuned "
                            "file) or remove.",
            [](QCommandLineParser& p) {
                add_model_options(p);
                add_tokenizer_options(p, true);
                p.addPositionalArgument("action", "list, save or remove");
                p.addOption({"data-dir", "Linnet's data folder.", "dir"});
                p.addOption({"name", "The starting point's name.", "name"});
                p.addOption({"conversation", "save: the chat as it is now (up to its last message).", "id"});
                p.addOption({"message", "save: the chat up to this message (a reply or a document).", "id"});
                p.addOption({"text-file", "save: a text the model reads as it is (e.g. a long system prompt).", "file"});
                p.addOption({"tuned-state", "save: a state-tuned file (blocks.N.att.time_state).", "file"});
                p.addOption({"quiet", "No progress on stderr."});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = p.positionalArguments();
                const QString action = args.value(0);
                app::Database db(app::DataLocation(p.value("data-dir")).databasePath());
                app::StartPoints store(db);
                store.addBuiltins();
                if (action == "list")
                    return list(store);
                if (!p.isSet("name"))
                    throw Failure("--name is required");
                if (action == "save")
                    return save(p, db, p.value("name"));
                if (action == "remove") {
                    store.remove(store.byName(p.value("name")).id);
                    return list(store);
                }
                throw Failure("the action is list, save or remove");
            }};
}

} // namespace linnet::cli

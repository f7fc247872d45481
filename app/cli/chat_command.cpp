#include "chat_session.h"
#include "command.h"
#include "data_location.h"
#include "input_limits.h"
#include "options.h"
#include "start_points.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace linnet::cli {

namespace {

QJsonObject overrides_from(const QCommandLineParser& p)
{
    QJsonObject o = sampling_overrides(p);
    if (p.isSet("max-tokens")) {
        bool ok = false;
        o["max_tokens"] = p.value("max-tokens").toDouble(&ok);
        if (!ok)
            throw Failure("--max-tokens must be a number");
    }
    if (p.isSet("system"))
        o["system_prompt"] = p.value("system");
    if (p.isSet("tuned-state"))
        o["tuned_state"] = QFileInfo(p.value("tuned-state")).absoluteFilePath();
    return o;
}

// --message, or --message-file PATH|- for what argv cannot carry (megabytes, NUL bytes).
QString message_from(const QCommandLineParser& p)
{
    if (p.isSet("message") == p.isSet("message-file"))
        throw Failure("give the message with either --message or --message-file");
    if (p.isSet("message"))
        return p.value("message");
    return QString::fromUtf8(read_input_file(p.value("message-file"), app::limits::kMaxMessageBytes, "message file"));
}

// 0 (a new conversation) without --conversation; otherwise an id, never a guess.
qint64 conversation_from(const QCommandLineParser& p)
{
    if (!p.isSet("conversation"))
        return 0;
    bool ok = false;
    const qint64 id = p.value("conversation").toLongLong(&ok);
    if (!ok || id <= 0)
        throw Failure("--conversation must be the id of a conversation (see 'linnet-cli conversations'); leave it "
                      "out to start a new one");
    return id;
}

// What linnet-cli prints for a turn: the one place a TurnResult becomes JSON.
QJsonObject turn_json(const app::TurnResult& r)
{
    return {
        {"conversation_id", r.conversation_id},
        {"reply", r.reply},
        {"prompt_tokens", r.prompt_tokens},
        {"state_restored", r.state_restored},
        {"first_token_ms", r.first_token_ms},
        {"tokens_per_s", r.tokens_per_s},
        {"reply_tokens", r.reply_tokens},
        {"finish_reason", app::finishReasonName(r.finish_reason)},
        {"state_bytes", r.state_bytes},
    };
}

} // namespace

Command chat_command()
{
    return {"chat", "One chat turn, through the same services as the app (state saved and restored).",
            [](QCommandLineParser& p) {
                add_model_options(p);
                add_tokenizer_options(p, true);
                p.addOption({"data-dir", "Linnet's data folder (database, models).", "dir"});
                p.addOption({"conversation", "Continue this conversation (default: a new one).", "id"});
                p.addOption({"message", "Your message.", "text"});
                p.addOption({"message-file", "Read your message from this file ('-': standard input).", "path"});
                p.addOption({"system", "System prompt for this turn.", "text"});
                p.addOption({"tuned-state", "Start the chat from this state-tuned file (blocks.N.att.time_state) instead "
                                            "of the model's initial state. Like the other settings it applies to this "
                                            "turn: give it on every turn (states made from it are reused only with it).",
                             "file"});
                p.addOption({"start-point", "A new chat from this starting point: its first turn reads only your "
                                            "message.", "name"});
                p.addOption({"quiet", "Do not stream the reply to stderr."});
                add_sampling_options(p);
                p.addOption({"max-tokens", "Sampling: max_tokens.", "value"});
            },
            [](const QCommandLineParser& p) {
                const QString message = message_from(p);
                qint64 conversation = conversation_from(p);
                const QJsonObject overrides = overrides_from(p);
                const app::DataLocation location(p.value("data-dir"));
                app::Database db(location.databasePath());
                if (!db.recoveryMessage().isEmpty())
                    std::fprintf(stderr, "%s\n", qPrintable(db.recoveryMessage()));
                const auto model = load_model(p);
                const auto tokenizer = make_tokenizer(p, model.get(), location.tokenizerDir());
                app::ChatSession session(db, *model, *tokenizer, p.value("model"));
                app::TurnCallbacks callbacks;
                if (!p.isSet("quiet"))
                    callbacks.text = [](const QString& t) { std::fputs(t.toUtf8().constData(), stderr); };
                qint64 started = 0; // a chat made here for --start-point, removed if the turn fails
                if (p.isSet("start-point") && conversation == 0) {
                    app::StartPoints starts(db);
                    starts.addBuiltins();
                    const qint64 start = starts.byName(p.value("start-point")).id;
                    app::ConversationStore conversations(db);
                    started = conversation = conversations.create({}, p.value("model"));
                    conversations.setStartPoint(conversation, start);
                }
                app::TurnResult r;
                try {
                    r = session.send(conversation, message, overrides, callbacks);
                } catch (...) {
                    if (started)
                        app::ConversationStore(db).remove(started);
                    throw;
                }
                if (!p.isSet("quiet"))
                    std::fputc('\n', stderr);
                return turn_json(r);
            }};
}

} // namespace linnet::cli

#include "chat_session.h"
#include "command.h"
#include "data_location.h"
#include "documents.h"
#include "options.h"
#include "reading_progress.h"

namespace linnet::cli {

Command attach_command()
{
    return {"attach", "Reads a document (.txt, .md, .pdf) into a conversation once: later questions read only themselves.",
            [](QCommandLineParser& p) {
                add_model_options(p);
                add_tokenizer_options(p, true);
                p.addPositionalArgument("file", "The document.");
                p.addOption({"data-dir", "Linnet's data folder.", "dir"});
                p.addOption({"conversation", "The conversation (default: a new one).", "id"});
                p.addOption({"quiet", "No progress on stderr."});
            },
            [](const QCommandLineParser& p) {
                if (p.positionalArguments().size() != 1)
                    throw Failure("give one document file");
                const app::DocumentText doc = app::readDocument(p.positionalArguments().first());
                const app::DataLocation location(p.value("data-dir"));
                app::Database db(location.databasePath());
                const auto model = load_model(p);
                const auto tokenizer = make_tokenizer(p, model.get(), location.tokenizerDir());
                app::ChatSession session(db, *model, *tokenizer, p.value("model"));
                app::TurnCallbacks callbacks;
                const auto progress = reading_progress(p.isSet("quiet"));
                if (progress)
                    callbacks.reading = [&](qsizetype done, qsizetype total) { progress(size_t(done), size_t(total)); };
                const app::TurnResult r =
                    session.attach(p.value("conversation").toLongLong(), doc.name, doc.text, {}, callbacks);
                return QJsonObject{{"conversation_id", r.conversation_id},
                                   {"message_id", r.user_message_id},
                                   {"document", doc.name},
                                   {"document_tokens", r.prompt_tokens},
                                   {"characters", doc.text.size()},
                                   {"finish_reason", r.finishReasonText()},
                                   {"state_bytes", r.state_bytes}};
            }};
}

} // namespace linnet::cli

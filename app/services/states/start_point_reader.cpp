#include "start_point_reader.h"

#include "chat_settings.h"
#include "chat_template.h"
#include "conversation_store.h"
#include "settings_store.h"
#include "state_store.h"
#include "stored_state.h"
#include "transcript.h"

#include "linnet/tuned_state.h"

#include <QFileInfo>
#include <QObject>

namespace linnet::app {

std::optional<StartPointState> StartPointReader::read(const QString& text, const linnet::FeedOptions& options)
{
    const QByteArray utf8 = text.toUtf8();
    const std::vector<int32_t> tokens = tokenizer_.encode(std::string_view(utf8.constData(), size_t(utf8.size())));
    StartPointState out{model_.initial_state(), int(tokens.size())};
    if (model_.feed(tokens, out.state, {}, options) < tokens.size())
        return std::nullopt;
    return out;
}

std::optional<StartPointState> StartPointReader::state(const StartPoint& sp, const linnet::FeedOptions& options)
{
    if (sp.source == "tuned")
        return StartPointState{linnet::load_tuned_state(sp.tuned_path.toStdString(), model_), 0};
    StartPoints store(db_);
    if (auto saved = store.state(sp.id, model_.info().fingerprint))
        return saved;
    auto made = read(sp.text, options);
    if (made)
        store.saveState(sp.id, made->state, made->token_count);
    return made;
}

qint64 StartPointReader::addText(const QString& name, const QString& text, const linnet::FeedOptions& options)
{
    auto made = read(text, options);
    if (!made)
        return 0;
    qint64 id = 0;
    StartPoints store(db_);
    db_.transaction([&] {
        id = store.add(name, text, "text");
        store.saveState(id, made->state, made->token_count);
    });
    return id;
}

qint64 StartPointReader::addTuned(const QString& name, const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    linnet::load_tuned_state(absolute.toStdString(), model_); // throws, naming the file, when it does not fit
    return StartPoints(db_).add(name, {}, "tuned", absolute);
}

qint64 StartPointReader::saveFromChat(const QString& name, qint64 message_id, const linnet::FeedOptions& options)
{
    ConversationStore conversations(db_);
    const QList<Message> path = conversations.pathTo(message_id);
    if (path.isEmpty())
        throw StorageError(QObject::tr("Message %1 does not exist.").arg(message_id));
    const Conversation c = conversations.get(path.first().conversation_id);
    const ChatSettings settings = SettingsStore(db_).chatSettings(c);
    const ChatTemplate chat_template = settings.template_id.isEmpty() ? ChatTemplate::forVocabulary(model_.info().n_vocab)
                                                                      : ChatTemplate::byId(settings.template_id);
    StartPoints store(db_);
    // A chat that began from a starting point carries its text first; it stands for the
    // system prompt.
    const auto origin = c.start_point_id > 0 ? store.find(c.start_point_id) : std::nullopt;
    const QString text = (origin ? origin->text : QString()) +
                         Transcript::pathText(chat_template, path, origin ? QString() : settings.system_prompt);
    std::string key = model_.info().fingerprint;
    if (origin)
        key += StartPoints::keySuffix(*origin);
    const bool read_to_here = path.last().role == "assistant" || !path.last().document_name.isEmpty();
    std::optional<StartPointState> made;
    if (auto saved = read_to_here ? StateStore(db_).find(message_id, StateKind::AfterReply, key) : std::nullopt)
        made = StartPointState{std::move(saved->state), saved->token_count};
    else if (!(made = read(text, options)))
        return 0;
    qint64 id = 0;
    db_.transaction([&] {
        id = store.add(name, text, "chat");
        store.saveState(id, made->state, made->token_count);
    });
    return id;
}

} // namespace linnet::app

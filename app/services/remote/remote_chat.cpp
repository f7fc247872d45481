#include "remote_chat.h"

#include "database.h"
#include "start_points.h"

#include <QJsonArray>

namespace linnet::app {

namespace {

// Chat settings → OpenAI's fields, and Linnet's extras (ignored by other servers).
QJsonObject samplingFields(const ChatSettings& s)
{
    const SamplingSettings& p = s.sampling;
    QJsonObject o{{"temperature", p.temperature},       {"top_p", p.top_p},
                  {"top_k", p.top_k},                   {"top_a", p.top_a},
                  {"top_p_x", p.top_p_x},               {"presence_penalty", p.presence_penalty},
                  {"frequency_penalty", p.frequency_penalty}, {"penalty_decay", p.penalty_decay},
                  {"max_tokens", s.max_tokens}};
    if (s.fixed_seed)
        o["seed"] = qint64(p.seed);
    if (!s.stop.isEmpty())
        o["stop"] = QJsonArray::fromStringList(s.stop);
    return o;
}

// A starting point's text as a system message: without the "System: " marker, which the
// server adds in its own template, and without the blank line that ends the block.
QString systemText(const QString& start_point_text)
{
    QString text = start_point_text.trimmed();
    if (text.startsWith(QLatin1String("System: ")))
        text.remove(0, 8);
    return text;
}

} // namespace

RemoteChat::RemoteChat(Database& db, RemoteModel model, QObject* parent)
    : QObject(parent), db_(db), conversations_(db), model_(std::move(model))
{
}

QJsonObject RemoteChat::requestBody(const QString& model, const QList<Message>& branch, const ChatSettings& settings)
{
    QJsonArray messages;
    if (!settings.system_prompt.isEmpty())
        messages.append(QJsonObject{{"role", "system"}, {"content", settings.system_prompt}});
    for (const Message& m : branch)
        messages.append(QJsonObject{{"role", m.role}, {"content", m.text}});
    QJsonObject body = samplingFields(settings);
    body["model"] = model;
    body["messages"] = messages;
    return body;
}

ChatSettings RemoteChat::sentSettings(Database& db, qint64 conversation_id, ChatSettings settings)
{
    // A remote model keeps no RWKV state of ours, so a starting point's text is sent
    // instead of its state; a state-tuned one has no text to send.
    const qint64 start_point_id = ConversationStore(db).get(conversation_id).start_point_id;
    if (const auto sp = start_point_id > 0 ? StartPoints(db).find(start_point_id) : std::nullopt) {
        if (sp->text.isEmpty())
            throw StorageError(tr("This chat starts from \"%1\", a state-tuned file: a starting state for a local "
                                  "RWKV model, which a remote model cannot use. Choose a local model to continue it.")
                                   .arg(sp->name));
        settings.system_prompt = systemText(sp->text);
    }
    return settings;
}

void RemoteChat::send(qint64 conversation_id, const QString& text, const ChatSettings& settings)
{
    const qint64 id = conversation_id > 0 ? conversation_id : conversations_.create({}, model_.id);
    ask(id, conversations_.get(id).head_message_id, text, settings);
}

void RemoteChat::edit(qint64 message_id, const QString& text, const ChatSettings& settings)
{
    const std::optional<Message> edited = conversations_.message(message_id);
    if (!edited || edited->role != QLatin1String("user"))
        return emit turnFailed(0, tr("That message is gone."));
    ask(edited->conversation_id, edited->parent_id, text, settings);
}

void RemoteChat::regenerate(qint64 conversation_id, const ChatSettings& settings)
{
    const auto head = conversations_.message(conversations_.get(conversation_id).head_message_id);
    if (!head)
        return emit turnFailed(conversation_id, tr("There is no reply to regenerate."));
    conversation_ = conversation_id;
    answer(head->role == QLatin1String("user") ? head->id : head->parent_id, settings);
}

void RemoteChat::ask(qint64 conversation_id, qint64 parent_id, const QString& text, const ChatSettings& settings)
{
    conversation_ = conversation_id;
    const qint64 question = conversations_.addMessage(conversation_id, parent_id, "user", text);
    conversations_.setModel(conversation_id, model_.id);
    emit turnAccepted(conversation_id, question);
    answer(question, settings);
}

void RemoteChat::answer(qint64 user_message_id, const ChatSettings& chat_settings)
{
    user_message_ = user_message_id;
    reply_.clear();
    ChatSettings settings;
    try {
        settings = sentSettings(db_, conversation_, chat_settings);
    } catch (const StorageError& e) {
        return emit turnFailed(conversation_, e.message());
    }
    client_ = std::make_unique<RemoteClient>(RemoteEndpoint{model_.base_url, model_.api_key});
    connect(client_.get(), &RemoteClient::text, this, [this](const QString& delta) {
        reply_ += delta;
        emit replyText(conversation_, delta);
    });
    connect(client_.get(), &RemoteClient::finished, this, [this](const QString& finish_reason) {
        // A server says "stop" both for the model's own end and for a stop text; the
        // model ending its reply is by far the more common.
        const FinishReason reason = finish_reason == QLatin1String("length")    ? FinishReason::MaxTokens
                                    : finish_reason == QLatin1String("stopped") ? FinishReason::Stopped
                                                                                : FinishReason::EndOfReply;
        TurnResult result;
        result.conversation_id = conversation_;
        result.user_message_id = user_message_;
        result.assistant_message_id = storeReply(reason);
        result.reply = reply_;
        result.finish_reason = reason;
        emit turnFinished(result);
    });
    connect(client_.get(), &RemoteClient::failed, this, [this](const QString& message) {
        if (!reply_.isEmpty())
            storeReply(FinishReason::Stopped);
        emit turnFailed(conversation_, message);
    });
    client_->streamChat(requestBody(model_.model, conversations_.pathTo(user_message_), settings));
}

void RemoteChat::stop()
{
    if (client_)
        client_->stop();
}

qint64 RemoteChat::storeReply(FinishReason reason)
{
    MessageStats stats;
    stats.finish_reason = finishReasonName(reason);
    return conversations_.addMessage(conversation_, user_message_, "assistant", reply_, stats);
}

} // namespace linnet::app

#include "remote_chat.h"

#include "database.h"

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

void RemoteChat::send(qint64 conversation_id, const QString& text, const ChatSettings& settings)
{
    conversation_ = conversation_id > 0 ? conversation_id : conversations_.create({}, model_.id);
    const Conversation c = conversations_.get(conversation_);
    user_message_ = conversations_.addMessage(conversation_, c.head_message_id, "user", text);
    conversations_.setModel(conversation_, model_.id);
    emit turnAccepted(conversation_, user_message_);
    reply_.clear();
    client_ = std::make_unique<RemoteClient>(RemoteEndpoint{model_.base_url, model_.api_key});
    connect(client_.get(), &RemoteClient::text, this, [this](const QString& delta) {
        reply_ += delta;
        emit replyText(conversation_, delta);
    });
    connect(client_.get(), &RemoteClient::finished, this, [this](const QString& finish_reason) {
        const QString reason = finish_reason == QLatin1String("length") ? QStringLiteral("max_tokens")
                               : finish_reason == QLatin1String("stopped") ? finish_reason
                                                                            : QStringLiteral("stop_text");
        const qint64 id = storeReply(reason);
        emit turnFinished({{"conversation_id", conversation_},
                           {"user_message_id", user_message_},
                           {"assistant_message_id", id},
                           {"reply", reply_},
                           {"finish_reason", reason}});
    });
    connect(client_.get(), &RemoteClient::failed, this, [this](const QString& message) {
        if (!reply_.isEmpty())
            storeReply(QStringLiteral("stopped"));
        emit turnFailed(conversation_, message);
    });
    client_->streamChat(requestBody(model_.model, conversations_.pathTo(user_message_), settings));
}

void RemoteChat::stop()
{
    if (client_)
        client_->stop();
}

qint64 RemoteChat::storeReply(const QString& finish_reason)
{
    MessageStats stats;
    stats.finish_reason = finish_reason;
    return conversations_.addMessage(conversation_, user_message_, "assistant", reply_, stats);
}

} // namespace linnet::app

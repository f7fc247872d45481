#include "conversation_export.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

namespace linnet::app {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QByteArray exportMarkdown(ConversationStore& store, qint64 conversation_id)
{
    const Conversation c = store.get(conversation_id);
    QString out = "# " + c.title + "\n\n";
    for (const Message& m : store.branch(conversation_id)) {
        out += "**" + (m.role == "user" ? QObject::tr("You") : QObject::tr("Assistant")) + "** (" + iso(m.created_at) +
               ")\n\n" + m.text + "\n\n";
    }
    return out.toUtf8();
}

QByteArray exportJson(ConversationStore& store, qint64 conversation_id)
{
    const Conversation c = store.get(conversation_id);
    QJsonArray messages;
    for (const Message& m : store.branch(conversation_id)) {
        QJsonObject o{{"id", m.id}, {"role", m.role}, {"text", m.text}, {"created", iso(m.created_at)}};
        if (m.role == "assistant")
            o["stats"] = QJsonObject{{"finish_reason", m.stats.finish_reason},
                                     {"prompt_tokens", m.stats.prompt_tokens},
                                     {"reply_tokens", m.stats.reply_tokens},
                                     {"first_token_ms", m.stats.first_token_ms},
                                     {"tokens_per_s", m.stats.tokens_per_s}};
        messages.append(o);
    }
    const QJsonObject doc{{"format", kConversationExportFormat},
                          {"version", kConversationExportVersion},
                          {"id", c.id},
                          {"title", c.title},
                          {"created", iso(c.created_at)},
                          {"updated", iso(c.updated_at)},
                          {"model", c.model_path},
                          {"settings", c.settings},
                          {"messages", messages}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace linnet::app

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

QByteArray exportMarkdown(ConversationStore& store, qint64 conversation_id, bool with_thoughts)
{
    const Conversation c = store.get(conversation_id);
    QString out = "# " + c.title + "\n\n";
    for (const Message& m : store.branch(conversation_id)) {
        out += "**" + (m.role == "user" ? QObject::tr("You") : QObject::tr("Assistant")) + "** (" + iso(m.created_at) +
               ")\n\n";
        // A folded block, as Markdown viewers show <details>.
        if (with_thoughts && m.thought)
            out += "<details><summary>" + QObject::tr("Thought") + "</summary>\n\n" + m.thought->text.trimmed() +
                   "\n\n</details>\n\n";
        out += m.text + "\n\n";
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
        if (m.thought)
            o["thought"] = QJsonObject{{"text", m.thought->text}, {"tokens", m.thought->tokens}, {"ms", m.thought->ms}};
        if (!m.think_mode.isEmpty())
            o["think_mode"] = m.think_mode;
        if (!m.document_name.isEmpty())
            o["document_name"] = m.document_name;
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

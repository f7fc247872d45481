#include "conversation_import.h"

#include "chat_settings.h"
#include "conversation_export.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <cmath>
#include <optional>
#include <limits>

namespace linnet::app {

namespace {

// A problem with one value of the file, in words for the user.
StorageError invalid(const QString& what)
{
    return StorageError(QObject::tr("This file is not a valid Linnet conversation: %1.").arg(what));
}

qint64 time_of(const QJsonObject& o, const QString& key, const QString& where)
{
    const QDateTime t = QDateTime::fromString(o[key].toString(), Qt::ISODate);
    if (!o[key].isString() || !t.isValid())
        throw invalid(QObject::tr("%1 has no valid \"%2\" time").arg(where, key));
    return t.toMSecsSinceEpoch();
}

QString text_of(const QJsonObject& o, const QString& key, const QString& where)
{
    if (!o[key].isString())
        throw invalid(QObject::tr("%1 has no \"%2\" text").arg(where, key));
    return o[key].toString();
}

// A count or figure of the statistics, at most `max` (token counts are stored as int).
double count_of(const QJsonObject& stats, const QString& key, const QString& where, double max = 1e12)
{
    const QJsonValue v = stats[key];
    if (!v.isDouble() || !(v.toDouble() >= 0) || v.toDouble() > max)
        throw invalid(QObject::tr("%1 has no valid \"%2\"").arg(where, key));
    return v.toDouble();
}

MessageStats stats_of(const QJsonObject& m, const QString& where)
{
    if (!m["stats"].isObject())
        throw invalid(QObject::tr("%1 has no statistics").arg(where));
    const QJsonObject s = m["stats"].toObject();
    MessageStats stats;
    stats.finish_reason = text_of(s, "finish_reason", where);
    static const QStringList reasons = {"", "end_of_reply", "stop_text", "max_tokens", "stopped", "cancelled"};
    if (!reasons.contains(stats.finish_reason))
        throw invalid(QObject::tr("%1 has an unknown finish reason").arg(where));
    stats.prompt_tokens = int(count_of(s, "prompt_tokens", where, std::numeric_limits<int>::max()));
    stats.reply_tokens = int(count_of(s, "reply_tokens", where, std::numeric_limits<int>::max()));
    stats.first_token_ms = count_of(s, "first_token_ms", where);
    stats.tokens_per_s = count_of(s, "tokens_per_s", where);
    return stats;
}

// What a thinking model wrote before its answer, when the reply has one.
std::optional<ReplyThought> thought_of(const QJsonObject& m, const QString& where)
{
    if (!m.contains("thought"))
        return std::nullopt;
    if (!m["thought"].isObject())
        throw invalid(QObject::tr("%1 has a thought that is not an object").arg(where));
    const QJsonObject t = m["thought"].toObject();
    return ReplyThought{text_of(t, "text", where), int(count_of(t, "tokens", where, std::numeric_limits<int>::max())),
                        count_of(t, "ms", where)};
}

// The think mode a user message was sent with (absent: off).
QString think_mode_of(const QJsonObject& m, const QString& where)
{
    if (!m.contains("think_mode"))
        return {};
    const QString mode = text_of(m, "think_mode", where);
    if (mode.size() > 64)
        throw invalid(QObject::tr("%1 has a think mode longer than 64 characters").arg(where));
    return mode;
}

// The file name of a document read into the chat (a user message no reply follows).
QString document_of(const QJsonObject& m, const QString& where)
{
    if (!m.contains("document_name"))
        return {};
    const QString name = text_of(m, "document_name", where);
    if (name.isEmpty() || name.size() > 255)
        throw invalid(QObject::tr("%1 has a document name that is empty or longer than 255 characters").arg(where));
    return name;
}

// The messages must be one branch as the chat writes it: user, assistant, user, …, where
// a document read into the chat is a user message with no reply after it.
QList<Message> messages_of(const QJsonObject& doc)
{
    if (!doc["messages"].isArray())
        throw invalid(QObject::tr("it has no list of messages"));
    QList<Message> out;
    const QJsonArray list = doc["messages"].toArray();
    bool awaiting_reply = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QObject::tr("message %1").arg(i + 1);
        if (!list[i].isObject())
            throw invalid(QObject::tr("%1 is not an object").arg(where));
        const QJsonObject o = list[i].toObject();
        Message m;
        m.role = text_of(o, "role", where);
        const char* expected = awaiting_reply ? "assistant" : "user";
        if (m.role != QLatin1String(expected))
            throw invalid(QObject::tr("%1 should be from the %2").arg(where, expected));
        if (m.role == "user")
            m.document_name = document_of(o, where);
        awaiting_reply = m.role == "user" && m.document_name.isEmpty();
        m.text = text_of(o, "text", where);
        m.created_at = time_of(o, "created", where);
        if (m.role == "assistant") {
            m.stats = stats_of(o, where);
            m.thought = thought_of(o, where);
        } else {
            m.think_mode = think_mode_of(o, where);
        }
        out.append(m);
    }
    return out;
}

// Linnet's exports say what they are and which version of the format they use.
void check_format(const QJsonObject& doc)
{
    if (doc["format"].toString() != QLatin1String(kConversationExportFormat))
        throw StorageError(QObject::tr("This file is not a conversation exported from Linnet."));
    const QJsonValue version = doc["version"];
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble()))
        throw invalid(QObject::tr("its format version is missing"));
    if (version.toDouble() > kConversationExportVersion)
        throw StorageError(QObject::tr("This conversation was exported by a newer version of Linnet (format %1); "
                                       "this version reads format %2. Update Linnet to import it.")
                               .arg(version.toInt())
                               .arg(kConversationExportVersion));
}

} // namespace

ConversationImport parseConversationExport(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw StorageError(QObject::tr("This file is not valid JSON (%1 at byte %2).")
                               .arg(error.errorString())
                               .arg(error.offset));
    if (!doc.isObject())
        throw StorageError(QObject::tr("This file is not a conversation exported from Linnet."));
    const QJsonObject o = doc.object();
    check_format(o);
    ConversationImport import;
    Conversation& c = import.conversation;
    c.title = text_of(o, "title", QObject::tr("the conversation")).simplified();
    if (c.title.isEmpty())
        throw invalid(QObject::tr("the conversation has no title"));
    c.created_at = time_of(o, "created", QObject::tr("the conversation"));
    c.updated_at = time_of(o, "updated", QObject::tr("the conversation"));
    c.model_path = text_of(o, "model", QObject::tr("the conversation"));
    if (!o["settings"].isObject())
        throw invalid(QObject::tr("the conversation has no settings"));
    c.settings = o["settings"].toObject();
    ChatSettings check;
    if (const QString problem = ChatSettings::apply(c.settings, check); !problem.isEmpty())
        throw invalid(QObject::tr("its settings are refused (%1)").arg(problem));
    import.messages = messages_of(o);
    return import;
}

ConversationImport readConversationExport(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxImportBytes)
        throw StorageError(QObject::tr("%1 is larger than %2 MB, too large for a conversation export.")
                               .arg(path)
                               .arg(kMaxImportBytes / (1024 * 1024)));
    return parseConversationExport(file.read(kMaxImportBytes + 1));
}

qint64 addImportedConversation(ConversationStore& store, const ConversationImport& import)
{
    return store.addWhole(import.conversation, import.messages);
}

} // namespace linnet::app

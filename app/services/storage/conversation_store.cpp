#include "conversation_store.h"

#include "input_limits.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlRecord>

#include <cstring>

namespace linnet::app {

namespace {

qint64 now_ms()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant token_blob(const ReplyTokens& t)
{
    if (t.ids.empty())
        return QVariant(QMetaType(QMetaType::QByteArray));
    return QByteArray(reinterpret_cast<const char*>(t.ids.data()), qsizetype(t.ids.size() * sizeof(int32_t)));
}

QString title_from(const QString& text)
{
    QString t = text.simplified();
    if (t.size() > 60)
        t = t.left(57).trimmed() + QStringLiteral("…");
    return t;
}

const char* const kMessageColumns =
    "id, conversation_id, parent_id, role, text, created_at, finish_reason, prompt_tokens, reply_tokens, "
    "first_token_ms, tokens_per_s, tokenizer, tokens, thought, thought_tokens, thought_ms, think_mode, document_name";

Conversation read_conversation(const QSqlQuery& q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.created_at = q.value(2).toLongLong();
    c.updated_at = q.value(3).toLongLong();
    c.model_path = q.value(4).toString();
    c.settings = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    c.head_message_id = q.value(6).toLongLong();
    c.start_point_id = q.value(7).toLongLong();
    return c;
}

const char* const kConversationColumns =
    "id, title, created_at, updated_at, model_path, settings, head_message_id, start_point_id";

} // namespace

QString ConversationStore::defaultTitle()
{
    return QObject::tr("New chat");
}

qint64 ConversationStore::create(const QString& title, const QString& model_path)
{
    const qint64 t = now_ms();
    QSqlQuery q = db_.exec("INSERT INTO conversations (title, created_at, updated_at, model_path) VALUES (?, ?, ?, ?)",
                           {title.isEmpty() ? defaultTitle() : title, t, t, model_path});
    return q.lastInsertId().toLongLong();
}

std::optional<Conversation> ConversationStore::find(qint64 id)
{
    QSqlQuery q = db_.exec(QString("SELECT %1 FROM conversations WHERE id = ?").arg(kConversationColumns), {id});
    if (!q.next())
        return std::nullopt;
    return read_conversation(q);
}

Conversation ConversationStore::get(qint64 id)
{
    auto c = find(id);
    if (!c)
        throw StorageError(QObject::tr("Conversation %1 does not exist.").arg(id));
    return *c;
}

QList<Conversation> ConversationStore::list()
{
    QSqlQuery q = db_.exec(QString("SELECT %1 FROM conversations ORDER BY updated_at DESC, id DESC").arg(kConversationColumns));
    QList<Conversation> out;
    while (q.next())
        out.append(read_conversation(q));
    return out;
}

void ConversationStore::rename(qint64 id, const QString& title)
{
    const QString t = title.simplified();
    if (t.isEmpty())
        throw StorageError(QObject::tr("A conversation needs a title."));
    db_.exec("UPDATE conversations SET title = ? WHERE id = ?", {t, id});
}

void ConversationStore::remove(qint64 id)
{
    db_.transaction([&] {
        // The head points into the messages; clear it first so the cascade is simple.
        db_.exec("UPDATE conversations SET head_message_id = NULL WHERE id = ?", {id});
        db_.exec("DELETE FROM conversations WHERE id = ?", {id});
    });
}

void ConversationStore::setSettings(qint64 id, const QJsonObject& overrides)
{
    db_.exec("UPDATE conversations SET settings = ? WHERE id = ?",
             {QString::fromUtf8(QJsonDocument(overrides).toJson(QJsonDocument::Compact)), id});
}

void ConversationStore::setModel(qint64 id, const QString& model_path)
{
    db_.exec("UPDATE conversations SET model_path = ? WHERE id = ?", {model_path, id});
}

void ConversationStore::setStartPoint(qint64 id, qint64 start_point_id)
{
    db_.exec("UPDATE conversations SET start_point_id = ? WHERE id = ?", {nullable(start_point_id), id});
}

void ConversationStore::clearMessages(qint64 id)
{
    db_.transaction([&] {
        db_.exec("UPDATE conversations SET head_message_id = NULL, updated_at = ? WHERE id = ?", {now_ms(), id});
        db_.exec("DELETE FROM messages WHERE conversation_id = ?", {id});
    });
}

qint64 ConversationStore::addMessage(qint64 conversation_id, qint64 parent_id, const QString& role, const QString& text,
                                     const MessageStats& s, const ReplyTokens& tokens, const QString& document_name)
{
    // Counted in UTF-16 units: ≥ the UTF-8 bytes / 3, a cheap bound before any encoding.
    if (text.size() > limits::kMaxMessageBytes)
        throw StorageError(QObject::tr("The message is longer than %1 MiB; split it into several messages.")
                               .arg(limits::kMaxMessageBytes >> 20));
    qint64 id = 0;
    db_.transaction([&] {
        const qint64 t = now_ms();
        QSqlQuery q = db_.exec(
            "INSERT INTO messages (conversation_id, parent_id, role, text, created_at, finish_reason, prompt_tokens, "
            "reply_tokens, first_token_ms, tokens_per_s, tokenizer, tokens, document_name) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {conversation_id, nullable(parent_id), role, text, t, s.finish_reason.isEmpty() ? QVariant() : s.finish_reason,
             s.prompt_tokens, s.reply_tokens, s.first_token_ms, s.tokens_per_s, tokens.tokenizer, token_blob(tokens),
             document_name.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : document_name});
        id = q.lastInsertId().toLongLong();
        db_.exec("UPDATE conversations SET head_message_id = ?, updated_at = ? WHERE id = ?", {id, t, conversation_id});
        if (role == "user" && document_name.isEmpty())
            db_.exec("UPDATE conversations SET title = ? WHERE id = ? AND title = ?",
                     {title_from(text), conversation_id, defaultTitle()});
    });
    return id;
}

void ConversationStore::updateMessage(qint64 message_id, const QString& text, const MessageStats& s,
                                      const ReplyTokens& tokens)
{
    db_.exec("UPDATE messages SET text = ?, finish_reason = ?, prompt_tokens = ?, reply_tokens = ?, first_token_ms = ?, "
             "tokens_per_s = ?, tokenizer = ?, tokens = ? WHERE id = ?",
             {text, s.finish_reason, s.prompt_tokens, s.reply_tokens, s.first_token_ms, s.tokens_per_s, tokens.tokenizer,
              token_blob(tokens), message_id});
}

qint64 ConversationStore::addWhole(const Conversation& c, const QList<Message>& branch)
{
    qint64 id = 0;
    db_.transaction([&] {
        id = db_.exec("INSERT INTO conversations (title, created_at, updated_at, model_path, settings) "
                      "VALUES (?, ?, ?, ?, ?)",
                      {c.title, c.created_at, c.updated_at, c.model_path,
                       QString::fromUtf8(QJsonDocument(c.settings).toJson(QJsonDocument::Compact))})
                 .lastInsertId()
                 .toLongLong();
        qint64 parent = 0;
        for (const Message& m : branch) {
            const MessageStats& s = m.stats;
            parent = db_.exec("INSERT INTO messages (conversation_id, parent_id, role, text, created_at, finish_reason, "
                              "prompt_tokens, reply_tokens, first_token_ms, tokens_per_s, document_name) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              {id, nullable(parent), m.role, m.text, m.created_at,
                               s.finish_reason.isEmpty() ? QVariant() : s.finish_reason, s.prompt_tokens,
                               s.reply_tokens, s.first_token_ms, s.tokens_per_s,
                               m.document_name.isEmpty() ? QVariant() : m.document_name})
                         .lastInsertId()
                         .toLongLong();
            if (m.thought)
                setThought(parent, m.thought);
            if (!m.think_mode.isEmpty())
                setThinkMode(parent, m.think_mode);
        }
        db_.exec("UPDATE conversations SET head_message_id = ? WHERE id = ?", {nullable(parent), id});
    });
    return id;
}

void ConversationStore::setHead(qint64 conversation_id, qint64 message_id)
{
    db_.exec("UPDATE conversations SET head_message_id = ?, updated_at = ? WHERE id = ?",
             {nullable(message_id), now_ms(), conversation_id});
}

void ConversationStore::setThought(qint64 message_id, const std::optional<ReplyThought>& t)
{
    const QVariant none;
    db_.exec("UPDATE messages SET thought = ?, thought_tokens = ?, thought_ms = ? WHERE id = ?",
             {t ? QVariant(t->text) : none, t ? QVariant(t->tokens) : none, t ? QVariant(t->ms) : none, message_id});
}

void ConversationStore::setThinkMode(qint64 message_id, const QString& mode)
{
    db_.exec("UPDATE messages SET think_mode = ? WHERE id = ?",
             {mode.isEmpty() || mode == "off" ? QVariant() : QVariant(mode), message_id});
}

Message ConversationStore::readMessage(const QSqlQuery& q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversation_id = q.value(1).toLongLong();
    m.parent_id = q.value(2).toLongLong();
    m.role = q.value(3).toString();
    m.text = q.value(4).toString();
    m.created_at = q.value(5).toLongLong();
    m.stats.finish_reason = q.value(6).toString();
    m.stats.prompt_tokens = q.value(7).toInt();
    m.stats.reply_tokens = q.value(8).toInt();
    m.stats.first_token_ms = q.value(9).toDouble();
    m.stats.tokens_per_s = q.value(10).toDouble();
    m.tokens.tokenizer = q.value(11).toString();
    const QByteArray ids = q.value(12).toByteArray();
    m.tokens.ids.resize(size_t(ids.size()) / sizeof(int32_t));
    if (!m.tokens.ids.empty()) // an empty vector's data() may be null, which memcpy must not get
        std::memcpy(m.tokens.ids.data(), ids.constData(), m.tokens.ids.size() * sizeof(int32_t));
    if (!q.value(13).isNull())
        m.thought = ReplyThought{q.value(13).toString(), q.value(14).toInt(), q.value(15).toDouble()};
    m.think_mode = q.value(16).toString();
    m.document_name = q.value(17).toString();
    return m;
}

std::optional<Message> ConversationStore::message(qint64 id)
{
    QSqlQuery q = db_.exec(QString("SELECT %1 FROM messages WHERE id = ?").arg(kMessageColumns), {id});
    if (!q.next())
        return std::nullopt;
    return readMessage(q);
}

QList<Message> ConversationStore::pathTo(qint64 last)
{
    // One recursive query instead of one query per message: long chats stay cheap.
    QSqlQuery q = db_.exec(QString("WITH RECURSIVE path(id, depth) AS (SELECT ?, 0 UNION ALL "
                                   "SELECT m.parent_id, path.depth + 1 FROM messages m JOIN path ON m.id = path.id "
                                   "WHERE m.parent_id IS NOT NULL AND path.depth < 10000000) "
                                   "SELECT %1 FROM messages JOIN path USING (id) ORDER BY path.depth DESC")
                               .arg(QString(kMessageColumns).replace("id, conversation_id", "messages.id, conversation_id")),
                           {last});
    QList<Message> out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

QList<Message> ConversationStore::branch(qint64 conversation_id)
{
    const qint64 head = db_.scalar("SELECT head_message_id FROM conversations WHERE id = ?", {conversation_id}).toLongLong();
    return head > 0 ? pathTo(head) : QList<Message>{};
}

QList<QPair<qint64, QString>> ConversationStore::branchOutline(qint64 conversation_id)
{
    QSqlQuery q = db_.exec("WITH RECURSIVE path(id, depth) AS (SELECT head_message_id, 0 FROM conversations WHERE id = ? "
                           "UNION ALL SELECT m.parent_id, path.depth + 1 FROM messages m JOIN path ON m.id = path.id "
                           "WHERE m.parent_id IS NOT NULL AND path.depth < 10000000) "
                           "SELECT messages.id, role FROM messages JOIN path USING (id) ORDER BY path.depth DESC",
                           {conversation_id});
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

QList<Message> ConversationStore::children(qint64 message_id)
{
    QSqlQuery q = db_.exec(QString("SELECT %1 FROM messages WHERE parent_id = ? ORDER BY id").arg(kMessageColumns), {message_id});
    QList<Message> out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

QList<qint64> ConversationStore::siblingIds(qint64 message_id)
{
    QSqlQuery q = db_.exec("SELECT s.id FROM messages m JOIN messages s ON s.conversation_id = m.conversation_id AND "
                           "s.parent_id IS m.parent_id WHERE m.id = ? ORDER BY s.id",
                           {message_id});
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

int ConversationStore::messageCount(qint64 conversation_id)
{
    return db_.scalar("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", {conversation_id}).toInt();
}

QList<SearchHit> ConversationStore::search(const QString& text, int limit)
{
    const QString needle = text.trimmed();
    QList<SearchHit> hits;
    if (needle.isEmpty())
        return hits;
    QSqlQuery q;
    if (needle.size() >= 3) {
        // A trigram index answers substring queries; the text is quoted as one phrase.
        const QString phrase = '"' + QString(needle).replace('"', "\"\"") + '"';
        q = db_.exec("SELECT c.id, c.title, '', 0, c.updated_at FROM title_search t JOIN conversations c ON c.id = t.rowid "
                     "WHERE title_search MATCH ? "
                     "UNION ALL "
                     "SELECT c.id, c.title, snippet(message_search, 0, '[', ']', '…', 12), m.id, c.updated_at "
                     "FROM message_search s JOIN messages m ON m.id = s.rowid JOIN conversations c ON c.id = m.conversation_id "
                     "WHERE message_search MATCH ? ORDER BY 5 DESC LIMIT ?",
                     {phrase, phrase, limit});
    } else {
        // Too short for trigrams: a plain scan is fine for one or two characters.
        const QString like = '%' + QString(needle).replace('%', "\\%").replace('_', "\\_") + '%';
        q = db_.exec("SELECT c.id, c.title, '', 0, c.updated_at FROM conversations c WHERE c.title LIKE ? ESCAPE '\\' "
                     "UNION ALL "
                     "SELECT c.id, c.title, substr(m.text, 1, 80), m.id, c.updated_at FROM messages m "
                     "JOIN conversations c ON c.id = m.conversation_id WHERE m.text LIKE ? ESCAPE '\\' "
                     "ORDER BY 5 DESC LIMIT ?",
                     {like, like, limit});
    }
    while (q.next())
        hits.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return hits;
}

} // namespace linnet::app

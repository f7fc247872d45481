#include "state_store.h"
#include "stored_state.h"

#include "linnet/error.h"
#include "logging.h"

#include <QDateTime>

namespace linnet::app {

namespace {

QString kind_name(StateKind k)
{
    return k == StateKind::BeforeReply ? QStringLiteral("before_reply") : QStringLiteral("after_reply");
}

} // namespace

void StateStore::save(qint64 conversation_id, qint64 message_id, StateKind kind, const linnet::State& state,
                      int token_count, const std::string& key)
{
    const auto bytes = state.serialize();
    // fromRawData: the blob is bound straight from the serialised buffer, not copied again.
    const QByteArray blob = QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    db_.exec("INSERT OR REPLACE INTO states (conversation_id, message_id, kind, model_fingerprint, rwkv_version, byte_size, "
             "token_count, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
             {conversation_id, message_id, kind_name(kind), QString::fromStdString(key.empty() ? state.fingerprint() : key),
              QString::fromLatin1(linnet::arch_name(state.arch())), qint64(bytes.size()), token_count,
              QDateTime::currentMSecsSinceEpoch(), blob});
}

std::optional<StoredState> StateStore::find(qint64 message_id, StateKind kind, const std::string& key)
{
    QSqlQuery q = db_.exec("SELECT id, token_count, state FROM states WHERE message_id = ? AND kind = ? AND "
                           "model_fingerprint = ?",
                           {message_id, kind_name(kind), QString::fromStdString(key)});
    if (!q.next())
        return std::nullopt;
    StoredState s;
    s.id = q.value(0).toLongLong();
    s.message_id = message_id;
    s.kind = kind;
    s.token_count = q.value(1).toInt();
    const QByteArray blob = q.value(2).toByteArray();
    try {
        s.state = linnet::State::deserialize({reinterpret_cast<const uint8_t*>(blob.constData()), size_t(blob.size())});
    } catch (const linnet::Error& e) {
        qCWarning(lcStorage) << "dropping a damaged saved state:" << e.what();
        db_.exec("DELETE FROM states WHERE id = ?", {s.id});
        return std::nullopt;
    }
    return s;
}

void StateStore::keepOnly(qint64 conversation_id, const QList<qint64>& message_ids)
{
    QStringList ids;
    for (qint64 id : message_ids)
        ids << QString::number(id);
    db_.exec(QString("DELETE FROM states WHERE conversation_id = ? AND message_id NOT IN (%1)").arg(ids.join(',')),
             {conversation_id});
}

void StateStore::removeAll(qint64 conversation_id)
{
    db_.exec("DELETE FROM states WHERE conversation_id = ?", {conversation_id});
}

qint64 StateStore::bytes(qint64 conversation_id)
{
    return db_.scalar("SELECT COALESCE(SUM(byte_size), 0) FROM states WHERE conversation_id = ?", {conversation_id})
        .toLongLong();
}

int StateStore::count(qint64 conversation_id)
{
    return db_.scalar("SELECT COUNT(*) FROM states WHERE conversation_id = ?", {conversation_id}).toInt();
}

} // namespace linnet::app

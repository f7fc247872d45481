#include "branching.h"

#include "conversation_store.h"

#include <QObject>

namespace linnet::app {

QList<qint64> Branching::siblings(qint64 message_id)
{
    QList<qint64> all = ConversationStore(db_).siblingIds(message_id);
    if (all.isEmpty())
        throw StorageError(QObject::tr("Message %1 does not exist.").arg(message_id));
    return all;
}

Versions Branching::versions(qint64 message_id)
{
    const QList<qint64> all = siblings(message_id);
    const qsizetype at = all.indexOf(message_id);
    Versions v;
    v.index = int(at) + 1;
    v.count = int(all.size());
    v.previous = at > 0 ? all[at - 1] : 0;
    v.next = at + 1 < all.size() ? all[at + 1] : 0;
    return v;
}

qint64 Branching::newestLeafBelow(qint64 message_id)
{
    qint64 at = message_id;
    for (;;) {
        const qint64 child = db_.scalar("SELECT MAX(id) FROM messages WHERE parent_id = ?", {at}).toLongLong();
        if (child <= 0)
            return at;
        at = child;
    }
}

qint64 Branching::switchTo(qint64 message_id)
{
    const auto m = ConversationStore(db_).message(message_id);
    if (!m)
        throw StorageError(QObject::tr("Message %1 does not exist.").arg(message_id));
    const qint64 head = newestLeafBelow(message_id);
    ConversationStore(db_).setHead(m->conversation_id, head);
    return head;
}

QList<qint64> Branching::subtree(qint64 message_id)
{
    QSqlQuery q = db_.exec("WITH RECURSIVE below(id, depth) AS (SELECT ?, 0 UNION ALL "
                           "SELECT m.id, below.depth + 1 FROM messages m JOIN below ON m.parent_id = below.id) "
                           "SELECT id FROM below ORDER BY depth DESC",
                           {message_id});
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

qint64 Branching::removeFrom(qint64 message_id)
{
    ConversationStore store(db_);
    const auto m = store.message(message_id);
    if (!m)
        throw StorageError(QObject::tr("Message %1 does not exist.").arg(message_id));
    const Conversation c = store.get(m->conversation_id);
    const QList<qint64> doomed = subtree(message_id);
    const Versions v = versions(message_id);
    qint64 head = c.head_message_id;
    db_.transaction([&] {
        // Deepest first, one row at a time: no cascade runs deeper than one level, so a
        // branch of any length goes (SQLite limits nested cascades to 1000 levels).
        for (qint64 id : doomed) {
            db_.exec("DELETE FROM states WHERE message_id = ?", {id});
            db_.exec("DELETE FROM messages WHERE id = ?", {id});
        }
        if (doomed.contains(head)) {
            const qint64 sibling = v.previous > 0 ? v.previous : v.next;
            head = sibling > 0 ? newestLeafBelow(sibling) : m->parent_id;
            store.setHead(c.id, head);
        }
    });
    return head;
}

qint64 Branching::fork(qint64 message_id)
{
    ConversationStore store(db_);
    const QList<Message> path = store.pathTo(message_id);
    if (path.isEmpty())
        throw StorageError(QObject::tr("Message %1 does not exist.").arg(message_id));
    const Conversation original = store.get(path.first().conversation_id);
    qint64 copy = 0;
    db_.transaction([&] {
        copy = store.create(QObject::tr("%1 (copy)").arg(original.title), original.model_path);
        store.setSettings(copy, original.settings);
        store.setStartPoint(copy, original.start_point_id);
        qint64 parent = 0;
        for (const Message& m : path) {
            const qint64 id = store.addMessage(copy, parent, m.role, m.text, m.stats, m.tokens, m.document_name);
            // The blobs are copied inside SQLite: nothing is decoded or recomputed.
            db_.exec("INSERT INTO states (conversation_id, message_id, kind, model_fingerprint, rwkv_version, byte_size, "
                     "token_count, created_at, state) SELECT ?, ?, kind, model_fingerprint, rwkv_version, byte_size, "
                     "token_count, created_at, state FROM states WHERE message_id = ?",
                     {copy, id, m.id});
            parent = id;
        }
    });
    return copy;
}

void Branching::keepRecentStates(Database& db, qint64 conversation_id, int turns)
{
    // Walks up from every leaf (a message without replies) for 2 × turns messages.
    db.exec("WITH RECURSIVE up(id, parent, depth) AS ("
            "SELECT id, parent_id, 0 FROM messages m WHERE conversation_id = ? AND "
            "NOT EXISTS (SELECT 1 FROM messages c WHERE c.parent_id = m.id) "
            "UNION SELECT m.id, m.parent_id, up.depth + 1 FROM messages m JOIN up ON m.id = up.parent "
            "WHERE up.depth + 1 < ?) "
            "DELETE FROM states WHERE conversation_id = ? AND message_id NOT IN (SELECT id FROM up)",
            {conversation_id, 2 * turns, conversation_id});
}

} // namespace linnet::app

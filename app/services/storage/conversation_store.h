// Conversations and their messages. Messages form a tree (each has a parent), so an
// edited message or a regenerated reply starts a branch; a conversation's head is the
// last message of the branch on screen.
#pragma once

#include "database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace linnet::app {

struct Conversation {
    qint64 id = 0;
    QString title;
    qint64 created_at = 0;
    qint64 updated_at = 0;
    QString model_path;
    QJsonObject settings; // per-chat overrides of ChatSettings
    qint64 head_message_id = 0;
    qint64 start_point_id = 0; // the starting point the chat began from (0: the model's initial state)
};

struct MessageStats {
    QString finish_reason; // end_of_reply, stop_text, max_tokens, stopped
    int prompt_tokens = 0;
    int reply_tokens = 0;
    double first_token_ms = 0;
    double tokens_per_s = 0;
};

// The token ids a reply was written with (not the text re-encoded: the two differ
// where the model wrote invalid UTF-8 or split words differently).
struct ReplyTokens {
    QString tokenizer;
    std::vector<int32_t> ids;
};

// What a thinking model wrote before its answer.
struct ReplyThought {
    QString text;
    int tokens = 0;
    double ms = 0;
};

struct Message {
    qint64 id = 0;
    qint64 conversation_id = 0;
    qint64 parent_id = 0; // 0: first message
    QString role;         // "user" or "assistant"
    QString text;
    qint64 created_at = 0;
    MessageStats stats;
    ReplyTokens tokens; // assistant messages
    std::optional<ReplyThought> thought; // assistant messages of a thinking model
    QString think_mode;                  // user messages: the think mode of the turn (empty: off)
    QString document_name; // a user message that is a document read into the chat
};

struct SearchHit {
    qint64 conversation_id = 0;
    QString title;
    QString snippet; // where the text matched (empty for a title match)
    qint64 message_id = 0;
};

class ConversationStore {
public:
    explicit ConversationStore(Database& db) : db_(db) {}

    qint64 create(const QString& title = {}, const QString& model_path = {});
    std::optional<Conversation> find(qint64 id);
    Conversation get(qint64 id); // throws StorageError when absent
    QList<Conversation> list();  // most recently used first
    void rename(qint64 id, const QString& title);
    void remove(qint64 id);
    void setSettings(qint64 id, const QJsonObject& overrides);
    void setModel(qint64 id, const QString& model_path);
    void setStartPoint(qint64 id, qint64 start_point_id);
    // Deletes every message (and so every state) of the conversation.
    void clearMessages(qint64 id);

    // Appends a message under `parent_id` and makes it the head. A first user message
    // also names a conversation still called by its default title.
    qint64 addMessage(qint64 conversation_id, qint64 parent_id, const QString& role, const QString& text,
                      const MessageStats& stats = {}, const ReplyTokens& tokens = {},
                      const QString& document_name = {});
    void updateMessage(qint64 message_id, const QString& text, const MessageStats& stats,
                       const ReplyTokens& tokens = {});
    void setHead(qint64 conversation_id, qint64 message_id);
    // A whole conversation as it was (an import): its title, times, model and settings,
    // and `branch` as one chain of messages with their times, statistics, thoughts and
    // think modes, in one transaction. Returns the new conversation's id.
    qint64 addWhole(const Conversation& conversation, const QList<Message>& branch);
    // A reply's thought (nothing: the reply had none).
    void setThought(qint64 message_id, const std::optional<ReplyThought>& thought);
    void setThinkMode(qint64 message_id, const QString& mode);

    std::optional<Message> message(qint64 id);
    // From the first message to `last` (inclusive), following parents.
    QList<Message> pathTo(qint64 last);
    // The branch on screen: the path to the head.
    QList<Message> branch(qint64 conversation_id);
    QList<Message> children(qint64 message_id);
    // The versions of a message: the replies to its parent (or the first messages of its
    // conversation), oldest first, itself included.
    QList<qint64> siblingIds(qint64 message_id);
    // The branch on screen without the texts (id and role per message): a long chat
    // opens without reading every message.
    QList<QPair<qint64, QString>> branchOutline(qint64 conversation_id);
    int messageCount(qint64 conversation_id);

    QList<SearchHit> search(const QString& text, int limit = 50);

    static QString defaultTitle();
    Database& database() { return db_; }

private:
    Message readMessage(const QSqlQuery& q);
    Database& db_;
};

} // namespace linnet::app

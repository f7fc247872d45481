// A chat turn with a remote model: the conversation's branch is sent whole each turn
// (the remote server keeps no state of ours, and its own context limit applies), the
// reply streams as a local one does, and both messages are stored in the database
// like any chat. Stop closes the stream and keeps the reply so far; so does a failure,
// whose cause is reported in words.
#pragma once

#include "chat_settings.h"
#include "conversation_store.h"
#include "remote_client.h"
#include "remote_model_store.h"
#include "turn_types.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace linnet::app {

class Database;

class RemoteChat : public QObject {
    Q_OBJECT

public:
    RemoteChat(Database& db, RemoteModel model, QObject* parent = nullptr);

    // conversation_id 0 starts a new chat. One turn at a time.
    void send(qint64 conversation_id, const QString& text, const ChatSettings& settings);
    // A new reply to the head's question (a new version beside the last reply).
    void regenerate(qint64 conversation_id, const ChatSettings& settings);
    // `text` replaces the user message `message_id` as a new version, and is answered.
    void edit(qint64 message_id, const QString& text, const ChatSettings& settings);
    void stop();
    const RemoteModel& model() const { return model_; }

    // The request body for a branch (system prompt first), with the chat's settings.
    static QJsonObject requestBody(const QString& model, const QList<Message>& branch, const ChatSettings& settings);
    // The chat's settings as sent: a starting point stands for the system prompt, as in
    // a local chat, so its text is sent as one. Throws StorageError, in words, for a
    // state-tuned starting point, which has only a state.
    static ChatSettings sentSettings(Database& db, qint64 conversation_id, ChatSettings settings);

signals:
    void turnAccepted(qint64 conversation_id, qint64 user_message_id);
    void replyText(qint64 conversation_id, const QString& text);
    // As InferenceWorker::turnFinished; no token figures (the server counts its own).
    void turnFinished(const linnet::app::TurnResult& result);
    // The reply so far is stored (when there is one); `message` says what went wrong.
    void turnFailed(qint64 conversation_id, const QString& message);

private:
    void ask(qint64 conversation_id, qint64 parent_id, const QString& text, const ChatSettings& settings);
    void answer(qint64 user_message_id, const ChatSettings& settings);
    qint64 storeReply(FinishReason reason);

    Database& db_;
    ConversationStore conversations_;
    RemoteModel model_;
    std::unique_ptr<RemoteClient> client_;
    qint64 conversation_ = 0;
    qint64 user_message_ = 0;
    QString reply_;
};

} // namespace linnet::app

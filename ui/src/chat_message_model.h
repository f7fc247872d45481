// The messages of the branch on screen. Only ids and roles are loaded when a chat
// opens; a message's text is read when its delegate first asks for it, so a chat of
// thousands of messages opens at once. Streaming appends to the last row only.
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

#include "conversation_store.h"

namespace linnet::ui {

class ChatMessageModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.chat.messages")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int textsLoaded READ textsLoaded NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RoleRole,
        TextRole,
        StreamingRole,
        FinishReasonRole,
        TokensPerSecondRole,
        ReplyTokensRole,
        BranchCountRole,
        ThoughtRole,       // the thought of a thinking model ("" when none)
        HasThoughtRole,
        ThinkingRole,      // the thought is still streaming
        ThoughtTokensRole,
        ThoughtSecondsRole,
        VersionRole,        // 1-based position among the message's versions
        DocumentNameRole,   // a document read into the chat: its file name
        DocumentTokensRole, // and its size in tokens
        FirstTokenMsRole,
        PromptTokensRole,
    };

    ChatMessageModel(app::ConversationStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void load(qint64 conversation_id);
    void clear();
    // A user message and an empty reply that will stream in.
    void appendTurn(qint64 user_message_id, const QString& text);
    void beginReply();  // an empty streaming reply (regenerate)
    void resumeReply(); // the last reply streams on (continue)
    void truncate(int from_row); // drops rows from `from_row` on (edit)
    void appendToReply(const QString& text);
    // Thought text of the streaming reply; the answer starting ends the thinking.
    void appendToThought(const QString& text, int tokens, double seconds);
    void finishReply(qint64 message_id);
    // Texts read from the database so far (to check that loading is lazy).
    int textsLoaded() const { return texts_loaded_; }
    Q_INVOKABLE QString textAt(int row) const;

signals:
    void countChanged();

private:
    struct Row {
        qint64 id = 0;
        QString role;
        bool streaming = false;
        mutable bool loaded = false;
        mutable QString text;
        mutable app::MessageStats stats;
        mutable int branches = 1;
        mutable std::optional<app::ReplyThought> thought;
        bool thinking = false;
        mutable int version = 1;
        mutable QString document;
    };
    void ensureLoaded(const Row& row) const;

    app::ConversationStore& store_;
    QList<Row> rows_;
    mutable int texts_loaded_ = 0;
};

} // namespace linnet::ui

// The chat in the centre of the window: which conversation is open, sending, Stop,
// Regenerate, Edit and Continue, streaming text into the message list, and the
// figures of the footer. Work goes to the InferenceWorker, or to a RemoteChat when a
// remote model is in use; nothing here waits on either.
#pragma once

#include "chat_message_model.h"
#include "gadget_properties.h"
#include "turn_types.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

#include <functional>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace linnet::app {
class InferenceWorker;
class RemoteChat;
class SettingsStore;
class StateStore;
struct ChatSettings;
} // namespace linnet::app

namespace linnet::ui {

class ChatController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.chat")
    Q_PROPERTY(ChatMessageModel* messages READ messages CONSTANT)
    Q_PROPERTY(qint64 conversationId READ conversationId NOTIFY conversationChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool reading READ reading NOTIFY progressChanged)
    Q_PROPERTY(double readProgress READ readProgress NOTIFY progressChanged)
    Q_PROPERTY(double tokensPerSecond READ tokensPerSecond NOTIFY statsChanged)
    Q_PROPERTY(qint64 stateBytes READ stateBytes NOTIFY statsChanged)
    Q_PROPERTY(bool modelReady READ modelReady WRITE setModelReady NOTIFY modelReadyChanged)
    Q_PROPERTY(QVariantMap lastTurn READ lastTurn NOTIFY statsChanged)
    // The running (or last) turn's app::TurnPhase, as its number.
    Q_PROPERTY(int phase READ phaseNumber NOTIFY phaseChanged)
    // A remote model answers: no saved states, and Continue is not offered.
    Q_PROPERTY(bool remote READ remote NOTIFY remoteChanged)
    Q_PROPERTY(QVariantList startPoints READ startPoints NOTIFY startPointsChanged)

public:
    ChatController(app::ConversationStore& conversations, app::StateStore& states, app::SettingsStore& settings,
                   app::InferenceWorker* worker, QObject* parent = nullptr);
    ~ChatController() override;

    ChatMessageModel* messages() { return &messages_; }
    qint64 conversationId() const { return conversation_; }
    bool busy() const { return busy_; }
    bool reading() const { return reading_; }
    double readProgress() const { return read_progress_; }
    double tokensPerSecond() const { return tokens_per_s_; }
    qint64 stateBytes() const { return state_bytes_; }
    bool modelReady() const { return model_ready_; }
    // The figures of the last finished turn (prompt tokens, restored state, speed…).
    QVariantMap lastTurn() const { return gadgetProperties(last_turn_); }
    app::TurnPhase phase() const { return phase_; }
    int phaseNumber() const { return int(phase_); }
    void setModelReady(bool ready);
    bool remote() const { return remote_ != nullptr; }
    // From now on `remote` answers (null: the loaded model again). A remote reply
    // being written is stopped and kept.
    void setRemote(std::unique_ptr<app::RemoteChat> remote);

    // Per-turn overrides of the chat settings (tests and the settings panel).
    void setTurnOverrides(const QJsonObject& overrides) { overrides_ = overrides; }

    Q_INVOKABLE void open(qint64 conversation_id);
    Q_INVOKABLE void newChat();
    Q_INVOKABLE bool send(const QString& text);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void regenerate();
    Q_INVOKABLE void continueReply();
    Q_INVOKABLE void edit(int row, const QString& text);
    // Empties a conversation (messages and saved states; title and settings stay). A
    // reply being written to it is stopped first.
    Q_INVOKABLE void reset(qint64 conversation_id);

    // Versions, forks, starting points and documents (chat_versions.cpp).
    // Shows the previous (step -1) or next (+1) version of the message at `row`.
    Q_INVOKABLE void showVersion(int row, int step);
    // A new conversation with the path up to `row` and its saved states; it is opened.
    Q_INVOKABLE void duplicateFrom(int row);
    // Deletes the message at `row`, every later turn below it and their states.
    Q_INVOKABLE void deleteFrom(int row);
    // Reads a .txt, .md or .pdf file into the chat on screen (or a new one).
    Q_INVOKABLE bool attach(const QUrl& file);
    // The chat up to `row` (a reply or a document) becomes a starting point called `name`.
    Q_INVOKABLE void saveStartPoint(int row, const QString& name);
    // A new chat that starts from a starting point's state.
    Q_INVOKABLE void newChatFrom(qint64 start_point_id);
    Q_INVOKABLE void removeStartPoint(qint64 start_point_id);
    // A state-tuned .pth or .safetensors file becomes a starting point, checked against
    // the loaded model on the inference thread; startPointsChanged or error follows.
    Q_INVOKABLE void addTunedStartPoint(const QUrl& file);
    // A Linnet state file (.lnstate) becomes a starting point, checked against the loaded
    // model on the inference thread; startPointsChanged or error follows.
    Q_INVOKABLE void importStateFile(const QUrl& file);
    // The state after the chat's last message, written to `path` on the inference thread
    // as a Linnet state file (`format` "state") or a state-tuning .pth ("pth");
    // stateExported follows.
    Q_INVOKABLE void exportChatState(qint64 conversation_id, const QString& path, const QString& format);
    QVariantList startPoints() const;

signals:
    void conversationChanged();
    void busyChanged();
    void progressChanged();
    void statsChanged();
    void modelReadyChanged();
    void phaseChanged();
    void remoteChanged();
    void conversationsChanged(); // a title or the order changed
    void error(const QString& message);
    void startPointsChanged();
    void stateExported(const QString& path, const QString& error); // error empty when written

private:
    void setBusy(bool busy);
    void dispatch(std::function<void(app::InferenceWorker*, const QJsonObject&)> job);
    void dispatchRemote(const std::function<void(app::RemoteChat&, const app::ChatSettings&)>& job);
    void flushText();
    void onAccepted(qint64 conversation_id, qint64 user_message_id);
    void onText(qint64 conversation_id, const QString& text);
    void onThought(qint64 conversation_id, const QString& text, int tokens, double seconds);
    void onProgress(qint64 conversation_id, qint64 done, qint64 total);
    void onRate(qint64 conversation_id, int reply_tokens, double tokens_per_s);
    void onPhase(qint64 conversation_id, app::TurnPhase phase);
    void onFinished(const app::TurnResult& result);
    void onFailed(qint64 conversation_id, const QString& message);
    void onReset(qint64 conversation_id);
    bool current(qint64 conversation_id) const;
    void addStartPointFile(const QUrl& file, const QString& remote_refusal,
                           void (app::InferenceWorker::*add)(const QString&));
    qint64 messageAt(int row) const;
    void refreshStats();

    app::ConversationStore& conversations_;
    app::StateStore& states_;
    app::SettingsStore& settings_;
    app::InferenceWorker* worker_;
    std::unique_ptr<app::RemoteChat> remote_;
    ChatMessageModel messages_;
    qint64 conversation_ = 0;
    qint64 pending_conversation_ = -1; // the conversation of the running job (0: a new one)
    QString pending_text_;             // the user's text until the worker stores it
    QString buffered_;                 // streamed text not yet shown
    QString buffered_thought_;         // streamed thought not yet shown, with its figures
    int thought_tokens_ = 0;
    double thought_seconds_ = 0;
    QTimer flush_timer_;
    QJsonObject overrides_;
    bool busy_ = false;
    bool reading_ = false;
    double read_progress_ = 0;
    double tokens_per_s_ = 0;
    qint64 state_bytes_ = 0;
    bool model_ready_ = false;
    app::TurnResult last_turn_;
    app::TurnPhase phase_ = app::TurnPhase::Finished;
    bool attaching_ = false; // the running job reads a document
};

} // namespace linnet::ui

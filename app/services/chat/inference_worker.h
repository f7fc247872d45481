// The engine's home in the app: a QObject that lives on its own thread and owns the
// loaded model. Every call reaches it queued and every result leaves it as a queued
// signal, so the GUI thread never waits on the model. `requestStop()` is the one
// direct call: it raises an atomic flag the running job checks between tokens.
#pragma once

#include "engine_settings.h"
#include "turn_types.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace linnet {
class Model;
class Tokenizer;
} // namespace linnet

namespace linnet::app {

class Database;
class ChatSession;
class StartPointReader;
struct TurnCallbacks;

class InferenceWorker : public QObject {
    Q_OBJECT

public:
    // `packed_weights_dir`: where 4-bit weights are kept once packed (LoadOptions::
    // packed_cache_dir); empty: none.
    InferenceWorker(QString database_path, QString tokenizer_dir, QString packed_weights_dir = {});
    ~InferenceWorker() override;

    // Thread-safe. Cancels prompt reading, or ends the reply within one token.
    void requestStop() { stop_.store(true); }

    // The loaded model (null when none), for jobs queued onto this worker's thread
    // (the API server's requests); not to be used from any other thread.
    linnet::Model* model() const { return model_.get(); }
    const linnet::Tokenizer* tokenizer() const { return tokenizer_.get(); }
    const QString& modelPath() const { return model_path_; }

public slots:
    void loadModel(const QString& path, const linnet::app::EngineSettings& engine_settings);
    void unloadModel();
    void send(qint64 conversation_id, const QString& text, const QJsonObject& overrides);
    void edit(qint64 user_message_id, const QString& text, const QJsonObject& overrides);
    void regenerate(qint64 conversation_id, const QJsonObject& overrides);
    void continueReply(qint64 conversation_id, const QJsonObject& overrides);
    // Reads a document file into the conversation (0: a new one); see ChatSession::attach.
    void attach(qint64 conversation_id, const QString& path, const QJsonObject& overrides);
    // The conversation up to `message_id` becomes a starting point (read by this model
    // when the chat has no saved state for it).
    void saveStartPoint(qint64 message_id, const QString& name);
    // A state-tuned file (blocks.N.att.time_state) becomes a starting point named after
    // it, once it is checked against the loaded model; nothing is stored when it does not fit.
    void addTunedStartPoint(const QString& path);
    // A Linnet state file (state_file.h) becomes a starting point, once it is checked
    // against the loaded model; a file made by another model is refused naming both.
    void importStateFile(const QString& path);
    // Writes the state after the conversation's last message to `path` (state_file.h;
    // `pth`: the state-tuning layout), through a temporary file; reports stateExported.
    void exportChatState(qint64 conversation_id, const QString& path, bool pth);
    // Queued after any running turn, so a reply being written is never half-wiped.
    void reset(qint64 conversation_id);

signals:
    void modelLoading(const QString& path);
    void modelLoadProgress(const QString& path, double done); // 0 to 1
    void modelLoaded(const QString& path, const linnet::app::LoadedModel& model);
    void modelFailed(const QString& path, const QString& message);
    void turnAccepted(qint64 conversation_id, qint64 user_message_id);
    void promptProgress(qint64 conversation_id, qint64 done, qint64 total);
    void replyText(qint64 conversation_id, const QString& text);
    // Thought text of a thinking model's reply, before its answer (replyText).
    void replyThought(qint64 conversation_id, const QString& text, int tokens, double seconds);
    // While a reply streams, at most every 100 ms: tokens so far and their rate, counted
    // as the pipeline's final figure is (tokens / time since the first one).
    void replyRate(qint64 conversation_id, int reply_tokens, double tokens_per_s);
    void turnPhase(qint64 conversation_id, linnet::app::TurnPhase phase);
    void turnFinished(const linnet::app::TurnResult& result);
    void turnFailed(qint64 conversation_id, const QString& message);
    void conversationReset(qint64 conversation_id);
    void resetFailed(qint64 conversation_id, const QString& message);
    void startPointSaved(const QString& error); // empty when saved
    void stateExported(const QString& path, const QString& error); // error empty when written

private:
    template <class Job>
    void runTurn(qint64 conversation_id, Job job);
    Database& database();
    void checkpoint();
    // Runs `store` on a reader for the loaded model and reports startPointSaved.
    void storeStartPoint(const std::function<void(StartPointReader&)>& store);

    QString database_path_;
    QString tokenizer_dir_;
    QString packed_weights_dir_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<linnet::Model> model_;
    std::unique_ptr<linnet::Tokenizer> tokenizer_;
    std::unique_ptr<ChatSession> session_;
    QString model_path_;
    std::atomic<bool> stop_{false};
};

// Starts an InferenceWorker on a thread of its own and stops it cleanly.
class InferenceThread {
public:
    InferenceThread(const QString& database_path, const QString& tokenizer_dir, const QString& packed_weights_dir = {});
    ~InferenceThread();
    InferenceWorker* worker() const { return worker_; }

private:
    QThread thread_;
    InferenceWorker* worker_;
};

} // namespace linnet::app

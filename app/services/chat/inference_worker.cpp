#include "inference_worker.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include "chat_session.h"
#include "database.h"
#include "documents.h"
#include "start_point_reader.h"
#include "state_transfer.h"
#include "logging.h"
#include "tokenizer_provider.h"

#include "linnet/error.h"
#include "linnet/model.h"

namespace linnet::app {

InferenceWorker::InferenceWorker(QString database_path, QString tokenizer_dir, QString packed_weights_dir)
    : database_path_(std::move(database_path)), tokenizer_dir_(std::move(tokenizer_dir)),
      packed_weights_dir_(std::move(packed_weights_dir))
{
}

InferenceWorker::~InferenceWorker() = default;

Database& InferenceWorker::database()
{
    // Made on first use, on the worker's thread: a Qt SQL connection belongs to its thread.
    if (!db_)
        db_ = std::make_unique<Database>(database_path_, Checkpoints::WhenAsked);
    return *db_;
}

void InferenceWorker::loadModel(const QString& path, const EngineSettings& engine_settings)
{
    emit modelLoading(path);
    session_.reset();
    model_.reset(); // free the old weights before the new ones arrive
    tokenizer_.reset();
    try {
        linnet::LoadOptions options;
        options.threads = engine_settings.threads;
        if (!engine_settings.strategy.isEmpty()) {
            // Automatic: the version's default precision, read from the file's header first.
            const QString version = engine_settings.strategy == kAutomaticStrategy
                                        ? QString::fromLatin1(linnet::arch_name(linnet::inspect_model(path.toStdString()).arch))
                                        : QString();
            options.strategy = engine_settings.strategyFor(version).toStdString();
        }
        options.progress = [this, path](float done) { emit modelLoadProgress(path, done); };
        options.packed_cache_dir = packed_weights_dir_.toStdString();
        model_ = linnet::Model::load(path.toStdString(), options);
        const QString chosen = engine_settings.tokenizerFor(path);
        tokenizer_ = tokenizerFor(chosen, model_->info(), tokenizer_dir_);
        session_ = std::make_unique<ChatSession>(database(), *model_, *tokenizer_, path,
                                                 tokenizerStateKey(chosen, model_->info()));
        model_path_ = path;
        const auto& i = model_->info();
        emit modelLoaded(path, LoadedModel{linnet::arch_name(i.arch), i.n_layer, i.n_embed, i.n_vocab,
                                           qint64(i.parameters), QString::fromStdString(i.file_type),
                                           qint64(i.state_floats() * 4), QString::fromStdString(options.strategy),
                                           model_->threads()});
    } catch (const std::exception& e) {
        session_.reset();
        model_.reset();
        tokenizer_.reset();
        model_path_.clear();
        emit modelFailed(path, QString::fromStdString(e.what()));
    }
}

void InferenceWorker::unloadModel()
{
    session_.reset();
    model_.reset();
    tokenizer_.reset();
    model_path_.clear();
}

template <class Job>
void InferenceWorker::runTurn(qint64 conversation_id, Job job)
{
    stop_.store(false);
    if (!session_) {
        emit turnFailed(conversation_id, tr("No model is loaded. Choose a model first."));
        return;
    }
    qint64 current = conversation_id;
    TurnCallbacks callbacks;
    callbacks.stop = &stop_;
    callbacks.text = [&](const QString& text) { emit replyText(current, text); };
    callbacks.thought = [&](const QString& text, int tokens, double ms) {
        emit replyThought(current, text, tokens, ms / 1000.0);
    };
    callbacks.reading = [&](qsizetype done, qsizetype total) { emit promptProgress(current, done, total); };
    int tokens = 0;
    QElapsedTimer since_first, since_report;
    callbacks.token = [&] {
        if (tokens++ == 0) {
            since_first.start();
            since_report.start();
            return;
        }
        // The first figure at the second token, then at most every 100 ms.
        if (tokens > 2 && since_report.elapsed() < 100)
            return;
        since_report.restart();
        emit replyRate(current, tokens, tokens / std::max(1e-9, since_first.nsecsElapsed() * 1e-9));
    };
    callbacks.phase = [&](TurnPhase phase) { emit turnPhase(current, phase); };
    callbacks.accepted = [&](qint64 conversation, qint64 user_message_id) {
        current = conversation;
        emit turnAccepted(conversation, user_message_id);
    };
    try {
        const TurnResult result = job(callbacks);
        const bool stopped = result.finish_reason == FinishReason::Stopped || result.finish_reason == FinishReason::Cancelled;
        emit turnPhase(current, stopped ? TurnPhase::Stopped : TurnPhase::Finished);
        emit turnFinished(result);
    } catch (const StorageError& e) {
        emit turnPhase(current, TurnPhase::Failed);
        emit turnFailed(current, e.message());
    } catch (const std::exception& e) {
        qCWarning(lcWorker) << "turn failed:" << e.what();
        emit turnPhase(current, TurnPhase::Failed);
        emit turnFailed(current, QString::fromStdString(e.what()));
    }
    checkpoint();
}

void InferenceWorker::checkpoint()
{
    // The reply is out; now the log of the states just saved goes into the file.
    try {
        database().checkpoint();
    } catch (const StorageError& e) {
        qCWarning(lcWorker) << "checkpoint failed:" << e.message();
    }
}

void InferenceWorker::send(qint64 conversation_id, const QString& text, const QJsonObject& overrides)
{
    runTurn(conversation_id, [&](const TurnCallbacks& cb) { return session_->send(conversation_id, text, overrides, cb); });
}

void InferenceWorker::edit(qint64 user_message_id, const QString& text, const QJsonObject& overrides)
{
    qint64 conversation = 0;
    if (auto m = ConversationStore(database()).message(user_message_id))
        conversation = m->conversation_id;
    runTurn(conversation, [&](const TurnCallbacks& cb) { return session_->edit(user_message_id, text, overrides, cb); });
}

void InferenceWorker::regenerate(qint64 conversation_id, const QJsonObject& overrides)
{
    runTurn(conversation_id, [&](const TurnCallbacks& cb) { return session_->regenerate(conversation_id, overrides, cb); });
}

void InferenceWorker::continueReply(qint64 conversation_id, const QJsonObject& overrides)
{
    runTurn(conversation_id,
            [&](const TurnCallbacks& cb) { return session_->continueReply(conversation_id, overrides, cb); });
}

void InferenceWorker::attach(qint64 conversation_id, const QString& path, const QJsonObject& overrides)
{
    runTurn(conversation_id, [&](const TurnCallbacks& cb) {
        const DocumentText doc = readDocument(path); // on this thread: the disk is never read by the window
        return session_->attach(conversation_id, doc.name, doc.text, overrides, cb);
    });
}

void InferenceWorker::saveStartPoint(qint64 message_id, const QString& name)
{
    storeStartPoint([&](StartPointReader& reader) { reader.saveFromChat(name, message_id); });
}

void InferenceWorker::addTunedStartPoint(const QString& path)
{
    storeStartPoint([&](StartPointReader& reader) {
        try {
            reader.addTuned(QFileInfo(path).completeBaseName(), path);
        } catch (const linnet::Error& e) {
            throw StorageError(tr("\"%1\" cannot be added as a starting point. %2")
                                   .arg(QFileInfo(path).fileName(), QString::fromStdString(e.what())));
        }
    });
}

void InferenceWorker::importStateFile(const QString& path)
{
    storeStartPoint([&](StartPointReader&) {
        // Read and checked in full before anything is written.
        const StateFile file = readStateFile(path);
        app::importStateFile(database(), file, {}, model_->info().fingerprint, QFileInfo(model_path_).fileName());
    });
}

void InferenceWorker::exportChatState(qint64 conversation_id, const QString& path, bool pth)
{
    try {
        writeStateFile(path, chatStateFile(database(), conversation_id),
                       pth ? StateFormat::TunedPth : StateFormat::Linnet);
        emit stateExported(path, {});
    } catch (const StorageError& e) {
        emit stateExported(path, e.message());
    } catch (const std::exception& e) {
        emit stateExported(path, QString::fromStdString(e.what()));
    }
}

void InferenceWorker::storeStartPoint(const std::function<void(StartPointReader&)>& store)
{
    if (!model_) {
        emit startPointSaved(tr("No model is loaded. Choose a model first."));
        return;
    }
    try {
        StartPointReader reader(database(), *model_, *tokenizer_);
        store(reader);
        emit startPointSaved({});
    } catch (const StorageError& e) {
        emit startPointSaved(e.message());
    } catch (const std::exception& e) {
        emit startPointSaved(QString::fromStdString(e.what()));
    }
    checkpoint();
}

void InferenceWorker::reset(qint64 conversation_id)
{
    try {
        ChatSession::reset(database(), conversation_id);
        emit conversationReset(conversation_id);
    } catch (const StorageError& e) {
        emit resetFailed(conversation_id, e.message());
    }
    checkpoint();
}

InferenceThread::InferenceThread(const QString& database_path, const QString& tokenizer_dir,
                                 const QString& packed_weights_dir)
    : worker_(new InferenceWorker(database_path, tokenizer_dir, packed_weights_dir))
{
    thread_.setObjectName("inference");
    worker_->moveToThread(&thread_);
    QObject::connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

InferenceThread::~InferenceThread()
{
    worker_->requestStop();
    thread_.quit();
    thread_.wait();
}

} // namespace linnet::app

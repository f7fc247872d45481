#include "chat_controller.h"

#include "inference_worker.h"
#include "remote_chat.h"
#include "settings_store.h"
#include "state_store.h"

namespace linnet::ui {

namespace {
// Streamed text reaches the screen in batches: often enough to look live, rarely
// enough that a fast model does not flood the GUI thread with layout work.
constexpr int kFlushMs = 30;
} // namespace

ChatController::ChatController(app::ConversationStore& conversations, app::StateStore& states,
                               app::SettingsStore& settings, app::InferenceWorker* worker, QObject* parent)
    : QObject(parent), conversations_(conversations), states_(states), settings_(settings), worker_(worker),
      messages_(conversations)
{
    flush_timer_.setInterval(kFlushMs);
    connect(&flush_timer_, &QTimer::timeout, this, &ChatController::flushText);
    connect(worker_, &app::InferenceWorker::turnAccepted, this, &ChatController::onAccepted);
    connect(worker_, &app::InferenceWorker::replyText, this, &ChatController::onText);
    connect(worker_, &app::InferenceWorker::replyThought, this, &ChatController::onThought);
    connect(worker_, &app::InferenceWorker::promptProgress, this, &ChatController::onProgress);
    connect(worker_, &app::InferenceWorker::replyRate, this, &ChatController::onRate);
    connect(worker_, &app::InferenceWorker::turnPhase, this, &ChatController::onPhase);
    connect(worker_, &app::InferenceWorker::turnFinished, this, &ChatController::onFinished);
    connect(worker_, &app::InferenceWorker::turnFailed, this, &ChatController::onFailed);
    connect(worker_, &app::InferenceWorker::conversationReset, this, &ChatController::onReset);
    connect(worker_, &app::InferenceWorker::resetFailed, this,
            [this](qint64, const QString& message) { emit error(message); });
    connect(worker_, &app::InferenceWorker::stateExported, this, &ChatController::stateExported);
    connect(worker_, &app::InferenceWorker::startPointSaved, this, [this](const QString& message) {
        if (message.isEmpty())
            emit startPointsChanged();
        else
            emit error(message);
    });
}

ChatController::~ChatController() = default;

void ChatController::setRemote(std::unique_ptr<app::RemoteChat> remote)
{
    if (!remote && !remote_)
        return;
    if (remote_ && busy_)
        remote_->stop(); // its reply is stored and reported before it goes
    remote_ = std::move(remote);
    if (remote_) {
        connect(remote_.get(), &app::RemoteChat::turnAccepted, this, &ChatController::onAccepted);
        connect(remote_.get(), &app::RemoteChat::replyText, this, &ChatController::onText);
        connect(remote_.get(), &app::RemoteChat::turnFinished, this, &ChatController::onFinished);
        connect(remote_.get(), &app::RemoteChat::turnFailed, this, &ChatController::onFailed);
    }
    emit remoteChanged();
}

void ChatController::setModelReady(bool ready)
{
    if (ready == model_ready_)
        return;
    model_ready_ = ready;
    emit modelReadyChanged();
}

void ChatController::setBusy(bool busy)
{
    if (busy == busy_)
        return;
    busy_ = busy;
    emit busyChanged();
}

bool ChatController::current(qint64 conversation_id) const
{
    return conversation_id == conversation_ || (pending_conversation_ == 0 && conversation_ == 0);
}

void ChatController::open(qint64 conversation_id)
{
    if (conversation_id == conversation_ && messages_.rowCount() > 0)
        return;
    flushText();
    conversation_ = conversation_id;
    if (conversation_id > 0)
        messages_.load(conversation_id);
    else
        messages_.clear();
    emit conversationChanged();
    refreshStats();
}

void ChatController::newChat()
{
    open(0);
}

bool ChatController::send(const QString& text)
{
    if (busy_ || !model_ready_ || text.trimmed().isEmpty())
        return false;
    pending_text_ = text;
    if (remote_)
        dispatchRemote([conversation = conversation_, text](app::RemoteChat& r, const app::ChatSettings& s) {
            r.send(conversation, text, s);
        });
    else
        dispatch([conversation = conversation_, text](app::InferenceWorker* w, const QJsonObject& overrides) {
            w->send(conversation, text, overrides);
        });
    return true;
}

void ChatController::dispatch(std::function<void(app::InferenceWorker*, const QJsonObject&)> job)
{
    pending_conversation_ = conversation_;
    setBusy(true);
    // Queued: the job runs on the inference thread; this call returns at once.
    QMetaObject::invokeMethod(
        worker_, [w = worker_, job = std::move(job), overrides = overrides_] { job(w, overrides); },
        Qt::QueuedConnection);
}

// A remote turn starts on this thread: the request goes out and the answer streams in
// through the event loop, as the worker's signals do.
void ChatController::dispatchRemote(const std::function<void(app::RemoteChat&, const app::ChatSettings&)>& job)
{
    pending_conversation_ = conversation_;
    setBusy(true);
    app::ChatSettings settings = conversation_ > 0 ? settings_.chatSettings(conversations_.get(conversation_))
                                                   : settings_.chatDefaults();
    app::ChatSettings::apply(overrides_, settings);
    job(*remote_, settings);
}

void ChatController::stop()
{
    if (!busy_)
        return;
    if (remote_)
        remote_->stop();
    else
        worker_->requestStop();
}

void ChatController::regenerate()
{
    if (busy_ || !model_ready_ || conversation_ == 0 || messages_.rowCount() == 0)
        return;
    const int last = messages_.rowCount() - 1;
    if (messages_.data(messages_.index(last), ChatMessageModel::RoleRole).toString() == "assistant")
        messages_.truncate(last);
    messages_.beginReply();
    if (remote_)
        dispatchRemote([conversation = conversation_](app::RemoteChat& r, const app::ChatSettings& s) {
            r.regenerate(conversation, s);
        });
    else
        dispatch([conversation = conversation_](app::InferenceWorker* w, const QJsonObject& overrides) {
            w->regenerate(conversation, overrides);
        });
}

void ChatController::continueReply()
{
    // A chat completion API answers whole questions; it has no way to go on with a reply.
    if (busy_ || !model_ready_ || conversation_ == 0 || remote_)
        return;
    messages_.resumeReply();
    dispatch([conversation = conversation_](app::InferenceWorker* w, const QJsonObject& overrides) {
        w->continueReply(conversation, overrides);
    });
}

void ChatController::edit(int row, const QString& text)
{
    if (busy_ || !model_ready_ || text.trimmed().isEmpty())
        return;
    const QModelIndex index = messages_.index(row);
    if (messages_.data(index, ChatMessageModel::RoleRole).toString() != "user")
        return;
    const qint64 message_id = messages_.data(index, ChatMessageModel::IdRole).toLongLong();
    messages_.truncate(row);
    pending_text_ = text;
    if (remote_)
        dispatchRemote([message_id, text](app::RemoteChat& r, const app::ChatSettings& s) { r.edit(message_id, text, s); });
    else
        dispatch([message_id, text](app::InferenceWorker* w, const QJsonObject& overrides) {
            w->edit(message_id, text, overrides);
        });
}

void ChatController::reset(qint64 conversation_id)
{
    if (conversation_id <= 0)
        return;
    if (busy_ && (pending_conversation_ == conversation_id || (pending_conversation_ == 0 && conversation_ == conversation_id)))
        stop();
    // Queued behind the running turn: the worker empties the chat once that turn is stored.
    QMetaObject::invokeMethod(
        worker_, [w = worker_, conversation_id] { w->reset(conversation_id); }, Qt::QueuedConnection);
}

void ChatController::onReset(qint64 conversation_id)
{
    if (conversation_id == conversation_) {
        flushText();
        messages_.clear();
        refreshStats();
    }
    emit conversationsChanged();
}

void ChatController::onAccepted(qint64 conversation_id, qint64 user_message_id)
{
    if (pending_conversation_ == 0 && conversation_ == 0) {
        // A new chat got its id: it is the one on screen.
        conversation_ = conversation_id;
        emit conversationChanged();
    }
    if (conversation_id == conversation_)
        messages_.appendTurn(user_message_id, pending_text_);
    emit conversationsChanged();
}

void ChatController::onText(qint64 conversation_id, const QString& text)
{
    if (!current(conversation_id))
        return;
    buffered_ += text;
    if (!flush_timer_.isActive())
        flush_timer_.start();
}

void ChatController::onThought(qint64 conversation_id, const QString& text, int tokens, double seconds)
{
    if (!current(conversation_id))
        return;
    buffered_thought_ += text;
    thought_tokens_ = tokens;
    thought_seconds_ = seconds;
    if (!flush_timer_.isActive())
        flush_timer_.start();
}

void ChatController::flushText()
{
    flush_timer_.stop();
    // The thought first: it was written before any answer in the same batch.
    if (!buffered_thought_.isEmpty())
        messages_.appendToThought(std::exchange(buffered_thought_, QString()), thought_tokens_, thought_seconds_);
    if (!buffered_.isEmpty())
        messages_.appendToReply(std::exchange(buffered_, QString()));
}

void ChatController::onProgress(qint64 conversation_id, qint64 done, qint64 total)
{
    if (!current(conversation_id))
        return;
    reading_ = done < total;
    read_progress_ = total > 0 ? double(done) / double(total) : 0;
    emit progressChanged();
}

void ChatController::onPhase(qint64, app::TurnPhase phase)
{
    if (phase == phase_)
        return;
    phase_ = phase;
    emit phaseChanged();
}

void ChatController::onRate(qint64 conversation_id, int, double tokens_per_s)
{
    // The footer's rate is live while a reply streams; the final figure replaces it.
    if (!current(conversation_id))
        return;
    tokens_per_s_ = tokens_per_s;
    emit statsChanged();
}

void ChatController::onFinished(const app::TurnResult& result)
{
    last_turn_ = result;
    if (std::exchange(attaching_, false) && current(result.conversation_id)) {
        // A document: the chat is read again with its chip.
        conversation_ = result.conversation_id;
        messages_.load(conversation_);
        emit conversationChanged();
        refreshStats();
    } else if (current(result.conversation_id)) {
        flushText();
        messages_.finishReply(result.assistant_message_id);
        tokens_per_s_ = result.tokens_per_s;
        state_bytes_ = result.state_bytes;
        emit statsChanged();
    }
    reading_ = false;
    read_progress_ = 0;
    emit progressChanged();
    pending_conversation_ = -1;
    setBusy(false);
    emit conversationsChanged();
}

void ChatController::onFailed(qint64 conversation_id, const QString& message)
{
    attaching_ = false;
    if (current(conversation_id)) {
        flushText();
        messages_.finishReply(0);
    }
    reading_ = false;
    emit progressChanged();
    pending_conversation_ = -1;
    setBusy(false);
    emit error(message);
}

void ChatController::refreshStats()
{
    state_bytes_ = conversation_ > 0 ? states_.bytes(conversation_) : 0;
    tokens_per_s_ = 0;
    emit statsChanged();
}

} // namespace linnet::ui

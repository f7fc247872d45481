// ChatController's versions, forks, starting points and documents: the message tree and
// the starting points change here (small writes on this thread, as opening a chat reads
// here); reading a document goes to the inference thread like any turn.
#include "chat_controller.h"

#include "branching.h"
#include "inference_worker.h"
#include "start_points.h"

namespace linnet::ui {

qint64 ChatController::messageAt(int row) const
{
    return messages_.data(messages_.index(row), ChatMessageModel::IdRole).toLongLong();
}

void ChatController::showVersion(int row, int step)
{
    const qint64 id = messageAt(row);
    if (busy_ || id <= 0)
        return;
    app::Branching branching(conversations_.database());
    const app::Versions v = branching.versions(id);
    const qint64 target = step < 0 ? v.previous : v.next;
    if (target <= 0)
        return;
    // The saved state of the version is restored by the next turn: nothing is read now.
    branching.switchTo(target);
    messages_.load(conversation_);
    refreshStats();
}

void ChatController::duplicateFrom(int row)
{
    const qint64 id = messageAt(row);
    if (busy_ || id <= 0)
        return;
    const qint64 copy = app::Branching(conversations_.database()).fork(id);
    emit conversationsChanged();
    open(copy);
}

void ChatController::deleteFrom(int row)
{
    const qint64 id = messageAt(row);
    if (busy_ || id <= 0)
        return;
    app::Branching(conversations_.database()).removeFrom(id);
    messages_.load(conversation_);
    refreshStats();
    emit conversationsChanged();
}

bool ChatController::attach(const QUrl& file)
{
    // A document is read into the local model's state, which a remote model does not use.
    if (busy_ || !model_ready_ || remote_ || !file.isLocalFile())
        return false;
    attaching_ = true;
    dispatch([conversation = conversation_, path = file.toLocalFile()](app::InferenceWorker* w,
                                                                       const QJsonObject& overrides) {
        w->attach(conversation, path, overrides);
    });
    return true;
}

void ChatController::saveStartPoint(int row, const QString& name)
{
    const qint64 id = messageAt(row);
    if (id <= 0 || remote_ || name.trimmed().isEmpty())
        return;
    // On the inference thread: when the chat has no saved state for the loaded model,
    // its text is read there.
    QMetaObject::invokeMethod(
        worker_, [w = worker_, id, name] { w->saveStartPoint(id, name); }, Qt::QueuedConnection);
}

void ChatController::newChatFrom(qint64 start_point_id)
{
    if (busy_)
        return;
    // A remote model reads a starting point's text as the system prompt (RemoteChat); a
    // state-tuned one has only a state, which a remote model cannot use.
    const auto sp = app::StartPoints(conversations_.database()).find(start_point_id);
    if (remote_ && sp && sp->text.isEmpty()) {
        emit error(tr("\"%1\" is a state-tuned file: a starting state for a local RWKV model, which a remote model "
                      "cannot use. Choose a local model to start a chat from it.")
                       .arg(sp->name));
        return;
    }
    const qint64 chat = conversations_.create();
    conversations_.setStartPoint(chat, start_point_id);
    emit conversationsChanged();
    open(chat);
}

// A file that becomes a starting point of the loaded local model, on the inference thread.
void ChatController::addStartPointFile(const QUrl& file, const QString& remote_refusal,
                                       void (app::InferenceWorker::*add)(const QString&))
{
    if (remote_) {
        emit error(remote_refusal);
        return;
    }
    if (!file.isLocalFile())
        return;
    QMetaObject::invokeMethod(
        worker_, [w = worker_, add, path = file.toLocalFile()] { (w->*add)(path); }, Qt::QueuedConnection);
}

void ChatController::addTunedStartPoint(const QUrl& file)
{
    addStartPointFile(
        file, tr("A state-tuned file is the starting state of a local RWKV model. Choose a local model to add one."),
        &app::InferenceWorker::addTunedStartPoint);
}

void ChatController::importStateFile(const QUrl& file)
{
    addStartPointFile(file,
                      tr("A state file holds the state of a local RWKV model. Choose a local model to import one."),
                      &app::InferenceWorker::importStateFile);
}

void ChatController::exportChatState(qint64 conversation_id, const QString& path, const QString& format)
{
    QMetaObject::invokeMethod(
        worker_,
        [w = worker_, conversation_id, path, pth = format == QLatin1String("pth")] {
            w->exportChatState(conversation_id, path, pth);
        },
        Qt::QueuedConnection);
}

void ChatController::removeStartPoint(qint64 start_point_id)
{
    app::StartPoints(conversations_.database()).remove(start_point_id);
    emit startPointsChanged();
}

QVariantList ChatController::startPoints() const
{
    app::StartPoints store(conversations_.database());
    store.addBuiltins();
    QVariantList out;
    for (const app::StartPoint& sp : store.list())
        out << QVariantMap{{"id", sp.id}, {"name", sp.name}, {"source", sp.source}};
    return out;
}

} // namespace linnet::ui

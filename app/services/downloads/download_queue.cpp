#include "download_queue.h"

#include "download_sidecar.h"
#include "download_worker.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>

namespace linnet::app {

DownloadQueue::DownloadQueue(const DownloadOptions& options, QObject* parent)
    : QObject(parent), options_(options), worker_(new DownloadWorker(options))
{
    qRegisterMetaType<DownloadSpec>();
    qRegisterMetaType<DownloadState>();
    qRegisterMetaType<DownloadProgress>();
    qRegisterMetaType<DownloadOutcome>();
    qRegisterMetaType<DownloadAttempt>();
    thread_.setObjectName(QStringLiteral("linnet-downloads"));
    worker_->moveToThread(&thread_);
    connect(worker_, &DownloadWorker::stateChanged, this, &DownloadQueue::onStateChanged);
    connect(worker_, &DownloadWorker::progressed, this, &DownloadQueue::onProgressed);
    connect(worker_, &DownloadWorker::specUpdated, this, &DownloadQueue::onSpecUpdated);
    connect(worker_, &DownloadWorker::attempted, this, &DownloadQueue::onAttempted);
    connect(worker_, &DownloadWorker::finished, this, &DownloadQueue::onFinished);
    thread_.start();
}

DownloadQueue::~DownloadQueue()
{
    // Transfers stop where they are; their partial files stay for the next run.
    QMetaObject::invokeMethod(worker_, &DownloadWorker::shutdown, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
    delete worker_;
}

void DownloadQueue::enqueue(const DownloadSpec& spec)
{
    if (auto it = items_.find(spec.id); it != items_.end()) {
        if (isActive(it->state) || it->state == DownloadState::Queued)
            return;
        it->spec = spec;
        it->state = DownloadState::Queued;
        it->message.clear();
        it->attempt = {};
        emit changed(spec.id);
    } else {
        DownloadStatus status;
        status.spec = spec;
        status.progress.total = spec.expectedSize;
        items_.insert(spec.id, status);
        order_ << spec.id;
        emit added(spec.id);
    }
    pump();
}

void DownloadQueue::pause(const QString& id)
{
    auto it = items_.find(id);
    if (it == items_.end())
        return;
    if (it->state == DownloadState::Queued) {
        it->state = DownloadState::Paused;
        emit changed(id);
    } else if (isActive(it->state)) {
        QMetaObject::invokeMethod(worker_, [w = worker_, id] { w->pause(id); });
    }
}

void DownloadQueue::resume(const QString& id)
{
    auto it = items_.find(id);
    if (it == items_.end() || (it->state != DownloadState::Paused && it->state != DownloadState::Failed))
        return;
    it->state = DownloadState::Queued;
    it->message.clear();
    it->attempt = {};
    emit changed(id);
    pump();
}

void DownloadQueue::cancel(const QString& id)
{
    const auto it = items_.find(id);
    if (it == items_.end())
        return;
    QMetaObject::invokeMethod(worker_, [w = worker_, spec = it->spec] { w->cancel(spec); });
}

void DownloadQueue::restore(const QString& dir)
{
    const QFileInfoList sidecars = QDir(dir).entryInfoList({QStringLiteral("*.part.json")}, QDir::Files);
    for (const QFileInfo& sidecar : sidecars) {
        const auto spec = readSidecar(sidecar.filePath());
        if (!spec || items_.contains(spec->id))
            continue;
        const QFileInfo part(partPath(spec->destination));
        if (!part.exists()) {
            QFile::remove(sidecar.filePath());
            continue;
        }
        DownloadStatus status;
        status.spec = *spec;
        status.state = DownloadState::Paused;
        status.progress.received = part.size();
        status.progress.total = spec->expectedSize;
        items_.insert(spec->id, status);
        order_ << spec->id;
        qCInfo(lcDownloads) << "found the partial download" << part.filePath();
        emit added(spec->id);
    }
}

const DownloadStatus* DownloadQueue::find(const QString& id) const
{
    const auto it = items_.constFind(id);
    return it == items_.constEnd() ? nullptr : &*it;
}

int DownloadQueue::activeCount() const
{
    int n = 0;
    for (const auto& status : items_)
        n += isActive(status.state) ? 1 : 0;
    return n;
}

void DownloadQueue::pump()
{
    const QStringList ids = order_; // slots of changed() may add or remove entries
    for (const QString& id : ids) {
        if (activeCount() >= options_.maxParallel)
            return;
        auto it = items_.find(id);
        if (it == items_.end() || it->state != DownloadState::Queued)
            continue;
        // Taken now, so the slot counts before the download thread reports back.
        it->state = DownloadState::Connecting;
        QMetaObject::invokeMethod(worker_, [w = worker_, spec = it->spec] { w->start(spec); });
        emit changed(id);
    }
}

void DownloadQueue::onStateChanged(const QString& id, DownloadState state, const QString& message)
{
    auto it = items_.find(id);
    if (it == items_.end())
        return;
    it->state = state;
    if (!message.isEmpty() || state == DownloadState::Downloading)
        it->message = message;
    emit changed(id);
    if (!isActive(state))
        pump();
}

void DownloadQueue::onProgressed(const QString& id, const DownloadProgress& progress)
{
    auto it = items_.find(id);
    if (it == items_.end())
        return;
    it->progress = progress;
    emit changed(id);
}

void DownloadQueue::onSpecUpdated(const QString& id, const DownloadSpec& spec)
{
    if (auto it = items_.find(id); it != items_.end())
        it->spec = spec;
}

void DownloadQueue::onAttempted(const QString& id, const DownloadAttempt& attempt)
{
    auto it = items_.find(id);
    if (it == items_.end())
        return;
    it->attempt = attempt;
    emit changed(id);
}

void DownloadQueue::onFinished(const QString& id, const DownloadOutcome& outcome)
{
    auto it = items_.find(id);
    if (it == items_.end())
        return;
    const DownloadSpec spec = it->spec;
    if (outcome.ok || outcome.cancelled) {
        it->progress.received = outcome.size;
    } else {
        it->state = DownloadState::Failed;
        it->message = outcome.message;
        it->progress.received = outcome.partialKept ? it->progress.received : 0;
        it->progress.bytesPerSecond = 0;
        it->progress.secondsLeft = -1;
        it->attempt.retryAtMs = 0;
        emit changed(id);
    }
    emit finished(id, outcome, spec);
    if (outcome.ok || outcome.cancelled)
        drop(id);
    pump();
}

void DownloadQueue::drop(const QString& id)
{
    if (items_.remove(id) == 0)
        return;
    order_.removeAll(id);
    emit removed(id);
}

} // namespace linnet::app

#include "download_worker.h"

#include "download_task.h"

#include <QFileInfo>

namespace linnet::app {

DownloadWorker::DownloadWorker(const DownloadOptions& options) : options_(options)
{
    hashing_.setMaxThreadCount(2);
}

DownloadWorker::~DownloadWorker()
{
    shutdown();
    hashing_.waitForDone();
}

DownloadTask* DownloadWorker::create(const DownloadSpec& spec)
{
    auto* task = new DownloadTask(spec, options_, hashing_, this);
    const QString id = spec.id;
    connect(task, &DownloadTask::stateChanged, this,
            [this, id](DownloadState state, const QString& message) { emit stateChanged(id, state, message); });
    connect(task, &DownloadTask::progressed, this,
            [this, id](const DownloadProgress& progress) { emit progressed(id, progress); });
    connect(task, &DownloadTask::specUpdated, this,
            [this, id](const DownloadSpec& updated) { emit specUpdated(id, updated); });
    connect(task, &DownloadTask::attempted, this,
            [this, id](const DownloadAttempt& attempt) { emit attempted(id, attempt); });
    connect(task, &DownloadTask::finished, this, [this, id](const DownloadOutcome& outcome) {
        release(id);
        emit finished(id, outcome);
    });
    tasks_[id] = task;
    return task;
}

void DownloadWorker::release(const QString& id)
{
    const auto it = tasks_.find(id);
    if (it == tasks_.end())
        return;
    it->second->deleteLater();
    tasks_.erase(it);
}

void DownloadWorker::start(const DownloadSpec& spec)
{
    const auto it = tasks_.find(spec.id);
    DownloadTask* task = nullptr;
    // A paused task keeps the running checksum of its partial file: continue it.
    if (it != tasks_.end() &&
        QFileInfo(it->second->spec().destination).absoluteFilePath() == QFileInfo(spec.destination).absoluteFilePath()) {
        task = it->second;
    } else {
        if (it != tasks_.end()) {
            delete it->second;
            tasks_.erase(it);
        }
        task = create(spec);
    }
    task->start();
}

void DownloadWorker::pause(const QString& id)
{
    if (const auto it = tasks_.find(id); it != tasks_.end())
        it->second->pause();
}

void DownloadWorker::cancel(const DownloadSpec& spec)
{
    const auto it = tasks_.find(spec.id);
    DownloadTask* task = it != tasks_.end() ? it->second : create(spec);
    task->cancel();
}

void DownloadWorker::shutdown()
{
    for (auto& [id, task] : tasks_)
        delete task;
    tasks_.clear();
}

} // namespace linnet::app

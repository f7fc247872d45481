// The download thread's side of the downloads: the transfers and the pool that
// re-hashes partial files. It lives on its own thread, so that network
// data and its SHA-256 never touch the GUI thread; DownloadQueue drives it through
// queued calls and receives its signals.
#pragma once

#include "download_types.h"

#include <QObject>
#include <QThreadPool>

#include <map>

namespace linnet::app {

class DownloadTask;

class DownloadWorker : public QObject {
    Q_OBJECT
public:
    explicit DownloadWorker(const DownloadOptions& options);
    ~DownloadWorker() override;

    // Called on the download thread.
    void start(const linnet::app::DownloadSpec& spec); // starts, or continues a paused transfer
    void pause(const QString& id);
    void cancel(const linnet::app::DownloadSpec& spec); // also removes the partial file of a transfer not running
    void shutdown(); // stops every transfer, keeping partial files; before the thread ends

signals:
    void stateChanged(const QString& id, linnet::app::DownloadState state, const QString& message);
    void progressed(const QString& id, const linnet::app::DownloadProgress& progress);
    void specUpdated(const QString& id, const linnet::app::DownloadSpec& spec);
    void attempted(const QString& id, const linnet::app::DownloadAttempt& attempt);
    void finished(const QString& id, const linnet::app::DownloadOutcome& outcome);

private:
    DownloadTask* create(const DownloadSpec& spec);
    void release(const QString& id);

    DownloadOptions options_;
    QThreadPool hashing_;
    std::map<QString, DownloadTask*> tasks_;
};

} // namespace linnet::app

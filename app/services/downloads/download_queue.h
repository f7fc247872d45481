// The downloads as the application sees them: an ordered list of transfers with their
// state and progress, at most `maxParallel` running at once, the others queued. The
// transfers themselves run on a download thread (DownloadWorker). Partial downloads of
// an earlier run are listed as paused by restore().
//
// Every change is announced with the transfer's id, so a list model can update one row.
#pragma once

#include "download_types.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThread>

namespace linnet::app {

class DownloadWorker;

struct DownloadStatus {
    DownloadSpec spec;
    DownloadState state = DownloadState::Queued;
    DownloadProgress progress;
    QString message; // the last error or notice, for the user
    DownloadAttempt attempt; // the address and try under way or next
};

class DownloadQueue : public QObject {
    Q_OBJECT
public:
    explicit DownloadQueue(const DownloadOptions& options = {}, QObject* parent = nullptr);
    ~DownloadQueue() override;

    // Adds a transfer, or continues the paused or failed one with the same id.
    void enqueue(const DownloadSpec& spec);
    void pause(const QString& id);
    void resume(const QString& id);
    // Stops the transfer and removes its partial file; the entry then goes away.
    void cancel(const QString& id);
    // Lists the partial downloads recorded in `dir` as paused transfers.
    void restore(const QString& dir);

    const QStringList& ids() const { return order_; }
    const DownloadStatus* find(const QString& id) const;
    int activeCount() const;

signals:
    void added(const QString& id);
    void changed(const QString& id);
    void removed(const QString& id);
    // The transfer completed, failed or was cancelled. A completed or cancelled entry
    // is removed right after; a failed one stays (with its message) until cancelled
    // or resumed.
    void finished(const QString& id, const linnet::app::DownloadOutcome& outcome,
                  const linnet::app::DownloadSpec& spec);

private:
    void pump();
    void onStateChanged(const QString& id, DownloadState state, const QString& message);
    void onProgressed(const QString& id, const DownloadProgress& progress);
    void onSpecUpdated(const QString& id, const DownloadSpec& spec);
    void onAttempted(const QString& id, const DownloadAttempt& attempt);
    void onFinished(const QString& id, const DownloadOutcome& outcome);
    void drop(const QString& id);

    DownloadOptions options_;
    QThread thread_;
    DownloadWorker* worker_;
    QStringList order_;
    QHash<QString, DownloadStatus> items_;
};

} // namespace linnet::app

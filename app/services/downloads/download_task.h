// One download, run on the download thread: a `.part` file and its sidecar beside the
// destination, HTTP Range requests to continue it, the SHA-256 computed as bytes
// arrive, retries with a growing delay, mirrors when the primary address fails, and a
// check of size and hash before the finished file is renamed into place.
//
// A resumed request must be answered with 206 and a Content-Range that starts exactly
// where the partial file ends; a 200 restarts the file from zero (never appends).
#pragma once

#include "download_types.h"
#include "mirror_failures.h"
#include "partial_file.h"
#include "transfer_rate.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QThreadPool;

namespace linnet::app {

class DownloadTask : public QObject {
    Q_OBJECT
public:
    DownloadTask(DownloadSpec spec, const DownloadOptions& options, QThreadPool& hashing, QObject* parent = nullptr);
    ~DownloadTask() override;

    const DownloadSpec& spec() const { return spec_; }
    DownloadState state() const { return state_; }

    void start(); // also continues after pause() or a failure that kept the partial file
    void pause(); // keeps the partial file
    void cancel(); // removes the partial file; finished() follows

signals:
    void stateChanged(linnet::app::DownloadState state, const QString& message);
    void progressed(const linnet::app::DownloadProgress& progress);
    void specUpdated(const linnet::app::DownloadSpec& spec); // a hash or size learned from the server
    void attempted(const linnet::app::DownloadAttempt& attempt); // a try starts, or the next one is scheduled
    void finished(const linnet::app::DownloadOutcome& outcome); // Completed, Failed or Cancelled

private:
    void begin();
    qint64 keepablePartialBytes();
    void onPartReady(const QString& error);
    void connectToServer();
    void sendRequest();
    void dropReply();
    void dropConnections();
    void onHeaders();
    void onData();
    void onFinished();
    void followRedirect(QNetworkReply* reply);
    bool learnFromServer(QNetworkReply* reply);
    bool acceptTotal(qint64 total);
    void checkSpeed();
    void retry(const QString& why);
    void nextUrl(const QString& why, bool discard_on_failure = false);
    void reportAttempt(qint64 delay_ms);
    void restartFromZero();
    QString describeError(QNetworkReply* reply) const;
    void verify();
    void fail(const QString& message, bool discard);
    void setState(DownloadState state, const QString& message = {});
    void emitProgress(bool force);
    QString freeSpaceProblem(qint64 needed) const;

    DownloadSpec spec_;
    DownloadOptions options_;
    DownloadState state_ = DownloadState::Queued;
    PartialFile part_;
    qint64 resumed_from_ = 0;

    // Its own, and replaced after a failed attempt: after a connection breaks, Qt's
    // HTTP/1 layer may repeat the GET by itself on a new connection that nothing reads;
    // deleting the manager closes it.
    QNetworkAccessManager* network_ = nullptr;
    QPointer<QNetworkReply> reply_;
    bool headers_seen_ = false;
    bool accepted_ = false; // the current response's body is the file's next bytes
    int url_index_ = 0;
    QUrl current_url_;
    int redirects_ = 0;
    int attempts_ = 0;
    int total_retries_ = 0;
    qint64 request_offset_ = 0;
    qint64 attempt_bytes_ = 0;
    qint64 total_ = -1; // the size the server announced
    QString last_why_;         // why the last try failed
    bool unreachable_ = false; // the last try could not connect at all
    MirrorFailures mirror_failures_;

    QTimer retry_timer_;
    QTimer stall_timer_;           // every stallWindowMs while a body arrives
    qint64 window_start_bytes_ = 0;
    QElapsedTimer clock_;
    qint64 last_progress_ms_ = -1;
    TransferRate rate_;
};

} // namespace linnet::app

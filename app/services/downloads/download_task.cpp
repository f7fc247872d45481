#include "download_task.h"

#include "download_sidecar.h"
#include "disk_space.h"
#include "download_url_policy.h"
#include "http_headers.h"
#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>


namespace linnet::app {

namespace {

QString bytesText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes);
}

QString hashSourceText(const QString& source)
{
    if (source == QLatin1String("catalog"))
        return QObject::tr("the catalog");
    if (source == QLatin1String("x-linked-etag"))
        return QObject::tr("the server");
    return QObject::tr("you");
}

} // namespace

DownloadTask::DownloadTask(DownloadSpec spec, const DownloadOptions& options, QThreadPool& hashing, QObject* parent)
    : QObject(parent), spec_(std::move(spec)), options_(options), part_(spec_.destination, hashing, this)
{
    retry_timer_.setSingleShot(true);
    connect(&retry_timer_, &QTimer::timeout, this, &DownloadTask::connectToServer);
    connect(&stall_timer_, &QTimer::timeout, this, &DownloadTask::checkSpeed);
    connect(&part_, &PartialFile::ready, this, &DownloadTask::onPartReady);
    clock_.start();
}

DownloadTask::~DownloadTask()
{
    dropReply();
}

// --- Starting: the partial file of an earlier run, the disk space -----------------

void DownloadTask::start()
{
    if (isActive(state_))
        return;
    url_index_ = 0;
    attempts_ = 0;
    total_retries_ = 0;
    last_why_.clear();
    mirror_failures_.clear();
    begin();
}

void DownloadTask::begin()
{
    for (const QString& url : spec_.urls)
        if (const QString problem = downloadUrlProblem(QUrl(url)); !problem.isEmpty())
            return fail(problem, false);
    if (spec_.urls.isEmpty())
        return fail(tr("There is no address to download %1 from.").arg(spec_.name), false);
    if (QFileInfo::exists(spec_.destination))
        return fail(tr("%1 already exists.").arg(spec_.destination), false);
    const QString dir = QFileInfo(spec_.destination).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(tr("Cannot create the folder %1.").arg(dir), false);

    // Continuing in this process after a pause or a network error: the checksum of
    // the bytes on disk is still in memory.
    if (part_.isOpen()) {
        resumed_from_ = part_.size();
        if (const QString problem = freeSpaceProblem(spec_.expectedSize - part_.size()); !problem.isEmpty())
            return fail(problem, false);
        return connectToServer();
    }
    const qint64 keep = keepablePartialBytes();
    if (const QString error = writeSidecar(spec_); !error.isEmpty())
        return fail(error, false);
    emit specUpdated(spec_);
    if (const QString problem = freeSpaceProblem(spec_.expectedSize - keep); !problem.isEmpty())
        return fail(problem, false);
    resumed_from_ = keep;
    if (keep > 0) {
        setState(DownloadState::Hashing, tr("Checking the %1 downloaded earlier…").arg(bytesText(keep)));
        emitProgress(true);
    }
    part_.open(keep); // onPartReady() follows
}

// The bytes of an earlier run are kept when its sidecar says they belong to this same
// download; otherwise they are removed.
qint64 DownloadTask::keepablePartialBytes()
{
    const QFileInfo part(partPath(spec_.destination));
    if (!part.exists())
        return 0;
    const auto recorded = readSidecar(sidecarPath(spec_.destination));
    qint64 keep = 0;
    if (recorded && canContinue(*recorded, spec_)) {
        if (spec_.expectedSha256.isEmpty() && !recorded->expectedSha256.isEmpty()) {
            spec_.expectedSha256 = recorded->expectedSha256;
            spec_.hashSource = recorded->hashSource;
        }
        if (spec_.expectedSize < 0)
            spec_.expectedSize = recorded->expectedSize;
        keep = part.size();
    }
    if (keep == 0 || (spec_.expectedSize >= 0 && keep > spec_.expectedSize)) {
        qCInfo(lcDownloads) << "discarding" << part.filePath() << "(not a partial copy of this download)";
        QFile::remove(part.filePath());
        keep = 0;
    }
    return keep;
}

void DownloadTask::onPartReady(const QString& error)
{
    if (!error.isEmpty())
        return fail(error, false);
    resumed_from_ = part_.size();
    connectToServer();
}

QString DownloadTask::freeSpaceProblem(qint64 needed) const
{
    return linnet::app::freeSpaceProblem(QFileInfo(spec_.destination).absolutePath(), needed, spec_.name);
}

// --- The HTTP exchange --------------------------------------------------------------

void DownloadTask::connectToServer()
{
    redirects_ = 0;
    attempt_bytes_ = 0;
    current_url_ = QUrl(spec_.urls.value(url_index_));
    reportAttempt(0);
    sendRequest();
}

void DownloadTask::sendRequest()
{
    dropReply();
    QNetworkRequest request(current_url_);
    // Redirects are followed here: each hop is checked (HTTPS only) and Hugging Face's
    // first answer carries the file's SHA-256 (X-Linked-Etag).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(options_.transferTimeoutMs);
    // A compressed answer would not be the file's bytes at the offsets asked for.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Linnet/" LINNET_VERSION));
    request_offset_ = part_.size();
    if (request_offset_ > 0)
        request.setRawHeader("Range", rangeFrom(request_offset_));
    accepted_ = false;
    headers_seen_ = false;
    unreachable_ = false;
    if (state_ != DownloadState::Connecting)
        setState(DownloadState::Connecting);
    qCDebug(lcDownloads) << "GET" << current_url_.toDisplayString() << "from byte" << request_offset_;
    if (!network_)
        network_ = new QNetworkAccessManager(this);
    QNetworkReply* reply = network_->get(request);
    reply_ = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &DownloadTask::onHeaders);
    connect(reply, &QNetworkReply::readyRead, this, &DownloadTask::onData);
    connect(reply, &QNetworkReply::finished, this, &DownloadTask::onFinished);
}

void DownloadTask::dropReply()
{
    stall_timer_.stop();
    QNetworkReply* reply = reply_.data();
    reply_ = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void DownloadTask::dropConnections()
{
    dropReply();
    if (network_)
        network_->deleteLater(); // may be inside one of its replies' signals
    network_ = nullptr;
}

void DownloadTask::onHeaders()
{
    QNetworkReply* reply = reply_.data();
    if (!reply || reply != sender())
        return;
    if (headers_seen_) {
        // Qt's HTTP layer re-sent the request on its own after the server closed the
        // connection: what follows would repeat bytes already written.
        dropReply();
        return retry(tr("The connection to %1 was interrupted.").arg(current_url_.host()));
    }
    headers_seen_ = true;
    if (!learnFromServer(reply))
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        // The whole file: a server that ignores Range restarts it, never appends.
        if (request_offset_ > 0) {
            qCInfo(lcDownloads) << current_url_.host() << "ignored the Range request; restarting from zero";
            restartFromZero();
        }
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        accepted_ = acceptTotal(ok ? length : -1);
    } else if (status == 206) {
        const auto range = parseContentRange(reply->rawHeader("Content-Range"));
        if (!range || range->first != request_offset_ || range->last != range->total - 1) {
            const QString why = tr("The server answered the request to continue at byte %1 with the range '%2'.")
                                    .arg(request_offset_)
                                    .arg(QString::fromLatin1(reply->rawHeader("Content-Range")));
            dropReply();
            restartFromZero();
            return retry(why);
        }
        accepted_ = acceptTotal(range->total);
    }
    if (accepted_) {
        setState(DownloadState::Downloading);
        window_start_bytes_ = part_.size();
        stall_timer_.start(options_.stallWindowMs);
    }
}

void DownloadTask::checkSpeed()
{
    if (!reply_ || !accepted_)
        return;
    const qint64 floor = options_.minBytesPerSecond * options_.stallWindowMs / 1000;
    if (part_.size() - window_start_bytes_ >= floor) {
        window_start_bytes_ = part_.size();
        return;
    }
    const QString why = tr("%1 sent %2 in %3 s, less than %4 per second.")
                            .arg(current_url_.host(), bytesText(part_.size() - window_start_bytes_))
                            .arg(options_.stallWindowMs / 1000.0)
                            .arg(bytesText(options_.minBytesPerSecond));
    dropReply();
    retry(why);
}

// X-Linked-Etag / X-Linked-Size: Hugging Face's description of an LFS file, sent with
// the redirect to its CDN. False when they show the file is not the one expected.
bool DownloadTask::learnFromServer(QNetworkReply* reply)
{
    bool changed = false;
    const QString linked = sha256FromEtag(reply->rawHeader("X-Linked-Etag"));
    if (!linked.isEmpty() && linked != spec_.expectedSha256) {
        if (!spec_.expectedSha256.isEmpty()) {
            nextUrl(tr("%1 offers a different file (SHA-256 %2) than the one expected (%3).")
                        .arg(current_url_.host(), linked, spec_.expectedSha256),
                    true);
            return false;
        }
        spec_.expectedSha256 = linked;
        spec_.hashSource = QStringLiteral("x-linked-etag");
        changed = true;
    }
    bool ok = false;
    const qint64 linked_size = reply->rawHeader("X-Linked-Size").toLongLong(&ok);
    if (ok && linked_size > 0 && linked_size != spec_.expectedSize) {
        if (spec_.expectedSize >= 0) {
            nextUrl(tr("%1 offers a file of %2 bytes, but %3 bytes were expected.")
                        .arg(current_url_.host())
                        .arg(linked_size)
                        .arg(spec_.expectedSize),
                    true);
            return false;
        }
        spec_.expectedSize = linked_size;
        changed = true;
    }
    if (changed) {
        if (const QString error = writeSidecar(spec_); !error.isEmpty())
            qCWarning(lcDownloads) << error;
        emit specUpdated(spec_);
    }
    return true;
}

bool DownloadTask::acceptTotal(qint64 total)
{
    if (total >= 0 && spec_.expectedSize >= 0 && total != spec_.expectedSize) {
        nextUrl(tr("%1 offers a file of %2 bytes, but %3 bytes were expected.")
                    .arg(current_url_.host())
                    .arg(total)
                    .arg(spec_.expectedSize),
                true);
        return false;
    }
    total_ = total;
    if (const QString problem = freeSpaceProblem(total - part_.size()); total >= 0 && !problem.isEmpty()) {
        fail(problem, false);
        return false;
    }
    return true;
}

void DownloadTask::onData()
{
    QNetworkReply* reply = reply_.data();
    if (!reply || reply != sender())
        return;
    const QByteArray data = reply->readAll();
    if (!accepted_ || data.isEmpty())
        return; // the body of a redirect or an error page is not the file
    // Checked before writing, so the partial file stays a correct prefix.
    const qint64 limit = total_ >= 0 ? total_ : spec_.expectedSize;
    if (limit >= 0 && part_.size() + data.size() > limit) {
        dropReply();
        return retry(tr("%1 sent more than the %2 bytes expected.").arg(current_url_.host()).arg(limit));
    }
    if (limit < 0 && part_.size() + data.size() > options_.maxUnannouncedBytes)
        return fail(tr("%1 sent more than %2 without saying how large the file is; the download was stopped.")
                        .arg(current_url_.host(), bytesText(options_.maxUnannouncedBytes)),
                    true);
    if (!part_.append(data))
        return fail(part_.errorString(), true); // a full disk is not left full of a partial file
    attempt_bytes_ += data.size();
    emitProgress(false);
}

void DownloadTask::onFinished()
{
    auto* reply = qobject_cast<QNetworkReply*>(sender());
    if (!reply || reply != reply_.data())
        return;
    reply_ = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        unreachable_ = isUnreachable(reply->error());
        return retry(describeError(reply));
    }
    if (status >= 300 && status < 400 && status != 304)
        return followRedirect(reply);
    if (status == 416) {
        // Nothing left to send: complete when the partial file already has every byte
        // (the size expected, or the one the server names in "bytes */N").
        const QByteArray range = reply->rawHeader("Content-Range");
        const qint64 size = range.startsWith("bytes */") ? range.mid(8).trimmed().toLongLong() : -1;
        if ((spec_.expectedSize >= 0 && part_.size() == spec_.expectedSize) ||
            (spec_.expectedSize < 0 && size > 0 && part_.size() == size)) {
            total_ = part_.size();
            return verify();
        }
        restartFromZero();
        return retry(tr("%1 could not continue the partial file.").arg(current_url_.host()));
    }
    if (status >= 400) {
        const QString why = tr("%1 answered %2 %3 for %4.")
                                .arg(current_url_.host())
                                .arg(status)
                                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                                     current_url_.toDisplayString());
        static const QList<int> permanent = {400, 401, 403, 404, 405, 410, 451};
        return permanent.contains(status) ? nextUrl(why) : retry(why);
    }
    if (!accepted_)
        return nextUrl(tr("%1 gave an unexpected answer (%2).").arg(current_url_.host()).arg(status));
    if (reply->error() != QNetworkReply::NoError)
        return retry(describeError(reply));
    if (total_ >= 0 && part_.size() != total_)
        return retry(tr("The connection to %1 ended before the whole file arrived.").arg(current_url_.host()));
    verify();
}

QString DownloadTask::describeError(QNetworkReply* reply) const
{
    const auto error = reply->error();
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return tr("%1 did not answer for %2 seconds.")
            .arg(current_url_.host())
            .arg(double(options_.transferTimeoutMs) / 1000.0);
    return tr("Downloading from %1 failed: %2").arg(current_url_.host(), reply->errorString());
}

void DownloadTask::followRedirect(QNetworkReply* reply)
{
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty())
        return nextUrl(tr("%1 redirected without saying where to.").arg(current_url_.host()));
    const QUrl target = current_url_.resolved(location);
    if (++redirects_ > options_.maxRedirects)
        return nextUrl(tr("%1 redirected too many times.").arg(spec_.urls.value(url_index_)));
    if (const QString problem = downloadUrlProblem(target); !problem.isEmpty())
        return nextUrl(tr("%1 redirected to an address Linnet does not use. %2").arg(current_url_.host(), problem));
    current_url_ = target;
    sendRequest();
}

// --- Retries, mirrors, restarts --------------------------------------------------------

void DownloadTask::retry(const QString& why)
{
    dropConnections();
    last_why_ = why;
    if (++total_retries_ > options_.maxTotalRetries)
        return fail(tr("%1 Gave up after %2 attempts.").arg(why).arg(total_retries_), false);
    if (attempt_bytes_ > 0)
        attempts_ = 0; // data arrived: a flaky connection, not a dead server
    attempt_bytes_ = 0;
    if (++attempts_ > options_.maxRetries)
        return nextUrl(why);
    const qint64 delay = qMin<qint64>(options_.maxBackoffMs, qint64(options_.backoffMs) << qMin(attempts_ - 1, 20));
    qCInfo(lcDownloads) << spec_.id << why << "- retry" << attempts_ << "in" << delay << "ms";
    setState(DownloadState::Connecting,
             tr("%1 Trying again in %2 s (attempt %3 of %4).")
                 .arg(why)
                 .arg(double(delay) / 1000.0)
                 .arg(attempts_)
                 .arg(options_.maxRetries));
    reportAttempt(delay);
    retry_timer_.start(int(delay));
}

// `delay_ms` > 0: the next try of the current address starts then; 0: a try starts now.
void DownloadTask::reportAttempt(qint64 delay_ms)
{
    DownloadAttempt attempt;
    attempt.host = hostLabel(QUrl(spec_.urls.value(url_index_)));
    attempt.mirror = url_index_;
    attempt.mirrors = int(spec_.urls.size());
    attempt.attempt = attempts_ + 1;
    attempt.maxAttempts = options_.maxRetries + 1;
    attempt.retryAtMs = delay_ms > 0 ? QDateTime::currentMSecsSinceEpoch() + delay_ms : 0;
    attempt.lastError = last_why_;
    emit attempted(attempt);
}

void DownloadTask::nextUrl(const QString& why, bool discard_on_failure)
{
    dropConnections();
    attempts_ = 0;
    last_why_ = why;
    mirror_failures_.add(hostLabel(QUrl(spec_.urls.value(url_index_))), why, unreachable_);
    unreachable_ = false;
    if (++url_index_ < spec_.urls.size()) {
        qCInfo(lcDownloads) << spec_.id << why << "- switching to" << spec_.urls[url_index_];
        setState(DownloadState::Connecting, tr("%1 Trying the mirror %2.").arg(why, QUrl(spec_.urls[url_index_]).host()));
        return connectToServer();
    }
    fail(mirror_failures_.summary(spec_.name), discard_on_failure);
}

void DownloadTask::restartFromZero()
{
    if (!part_.restart())
        qCWarning(lcDownloads) << part_.errorString();
    rate_.reset();
}

// --- The end: verify and rename, or fail ----------------------------------------------

void DownloadTask::verify()
{
    setState(DownloadState::Verifying);
    const QString sha = part_.sha256();
    const qint64 size = part_.size();
    if (spec_.expectedSize >= 0 && size != spec_.expectedSize)
        return fail(tr("The download of %1 has %2 bytes, but %3 were expected. It was deleted.")
                        .arg(spec_.name)
                        .arg(size)
                        .arg(spec_.expectedSize),
                    true);
    QString checked_by = spec_.expectedSize >= 0 || total_ >= 0 ? QStringLiteral("size") : QStringLiteral("none");
    if (!spec_.expectedSha256.isEmpty()) {
        if (sha != spec_.expectedSha256)
            return fail(tr("The downloaded file %1 is damaged: its SHA-256 is %2, but %3 gave %4. It was deleted; "
                           "download it again.")
                            .arg(spec_.name, sha, hashSourceText(spec_.hashSource), spec_.expectedSha256),
                        true);
        checked_by = spec_.hashSource.isEmpty() ? QStringLiteral("user") : spec_.hashSource;
    }
    if (!part_.finish(spec_.destination))
        return fail(part_.errorString(), false);
    QFile::remove(sidecarPath(spec_.destination));
    DownloadOutcome outcome;
    outcome.ok = true;
    outcome.path = spec_.destination;
    outcome.sha256 = sha;
    outcome.checkedBy = checked_by;
    outcome.size = size;
    outcome.resumedFrom = resumed_from_;
    qCInfo(lcDownloads) << spec_.id << "finished:" << size << "bytes, SHA-256" << sha << "checked by" << checked_by;
    setState(DownloadState::Completed);
    emit finished(outcome);
}

void DownloadTask::fail(const QString& message, bool discard)
{
    retry_timer_.stop();
    dropConnections();
    part_.close();
    const QFileInfo part(partPath(spec_.destination));
    // Without a size from the catalog or the server there is no telling where the file
    // ends, nor a way to continue it safely: such a partial file is never kept.
    const bool sized = spec_.expectedSize >= 0 || total_ >= 0;
    const bool keep = !discard && sized && part.exists() && part.size() > 0;
    if (!keep)
        removePartial(spec_.destination);
    DownloadOutcome outcome;
    outcome.partialKept = keep;
    outcome.resumedFrom = resumed_from_;
    outcome.message = keep ? message + " " + tr("The partial download was kept; resume to continue.") : message;
    qCWarning(lcDownloads) << spec_.id << "failed:" << outcome.message;
    setState(DownloadState::Failed, outcome.message);
    emit finished(outcome);
}

void DownloadTask::pause()
{
    if (state_ == DownloadState::Hashing)
        part_.close(); // re-hashed again when resumed
    else if (state_ != DownloadState::Connecting && state_ != DownloadState::Downloading)
        return;
    retry_timer_.stop();
    dropReply();
    setState(DownloadState::Paused);
    emitProgress(true);
}

void DownloadTask::cancel()
{
    retry_timer_.stop();
    dropReply();
    part_.close();
    removePartial(spec_.destination);
    DownloadOutcome outcome;
    outcome.cancelled = true;
    outcome.message = tr("The download of %1 was cancelled.").arg(spec_.name);
    setState(DownloadState::Cancelled, outcome.message);
    emit finished(outcome);
}

void DownloadTask::setState(DownloadState state, const QString& message)
{
    state_ = state;
    emit stateChanged(state, message);
}

void DownloadTask::emitProgress(bool force)
{
    const qint64 now = clock_.elapsed();
    if (!force && last_progress_ms_ >= 0 && now - last_progress_ms_ < 200)
        return;
    last_progress_ms_ = now;
    rate_.add(now, part_.size());
    DownloadProgress p;
    p.received = part_.size();
    p.total = total_ >= 0 ? total_ : spec_.expectedSize;
    p.bytesPerSecond = rate_.bytesPerSecond();
    p.secondsLeft = rate_.secondsLeft(p.received, p.total);
    emit progressed(p);
}

} // namespace linnet::app

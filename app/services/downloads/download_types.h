// What the download machinery works with: a transfer's description, its state, its
// progress and its result. Plain values, passed between the GUI thread and the
// download thread through queued signals.
#pragma once

#include "input_limits.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace linnet::app {

enum class DownloadKind { Model, Tokenizer };

struct DownloadSpec {
    QString id;            // key of the transfer: a catalog id, "tokenizer:<id>" or a file name
    DownloadKind kind = DownloadKind::Model;
    QString name;          // shown to the user
    QString catalogId;     // empty for a download from a plain URL
    QStringList urls;      // tried in order: the first is the primary, the others mirrors
    QString destination;   // the final absolute path
    qint64 expectedSize = -1;  // -1: unknown
    QString expectedSha256;    // lowercase hex; empty: unknown
    QString hashSource;        // where expectedSha256 comes from: "catalog", "user", "x-linked-etag"
};

enum class DownloadState {
    Queued,      // waiting for a free transfer slot
    Hashing,     // reading the partial file of an earlier run to continue its checksum
    Connecting,  // waiting for the server (or for the next retry)
    Downloading,
    Paused,      // the partial file is kept; resume continues it
    Verifying,
    Completed,
    Failed,      // message says why; a partial file may be kept for a later resume
    Cancelled,   // the partial file was removed
};

const char* downloadStateName(DownloadState state);
// A transfer slot is taken in these states.
bool isActive(DownloadState state);

struct DownloadProgress {
    qint64 received = 0;      // bytes in the partial file
    qint64 total = -1;        // -1: unknown
    double bytesPerSecond = 0;
    qint64 secondsLeft = -1;  // -1: unknown
};

// Where a transfer stands in its tries, so that while it retries the user sees which
// address is tried, which attempt it is and when the next one starts.
struct DownloadAttempt {
    QString host;          // the address tried, as the user knows it: "huggingface.co"
    int mirror = 0;        // its place in the spec's urls, from 0
    int mirrors = 0;       // how many addresses the spec has
    int attempt = 0;       // this address's try, from 1
    int maxAttempts = 0;   // tries per address
    qint64 retryAtMs = 0;  // wall clock (ms since the epoch) of the next try; 0 while one is under way
    QString lastError;     // why the previous try failed; empty before the first failure
};

struct DownloadOutcome {
    bool ok = false;
    bool cancelled = false;
    QString message;       // why it failed, for the user
    QString path;          // the finished file
    QString sha256;        // computed while downloading
    QString checkedBy;     // what the file was checked against: "catalog", "user", "x-linked-etag" or "size"
    qint64 size = 0;
    qint64 resumedFrom = 0; // bytes already on disk when the last run started
    bool partialKept = false;
};

struct DownloadOptions {
    int maxParallel = 2;
    int transferTimeoutMs = 30000; // no byte for this long: the attempt failed
    int maxRetries = 4;            // per URL, before trying the next one; reset when data arrives
    int maxTotalRetries = 24;      // over the whole download: a server that always sends a little and
                                   // then fails must not keep it going forever
    // Slower than this, measured over each window, is a stall (retried): a server that
    // sends one byte a second never reaches the transfer timeout.
    qint64 minBytesPerSecond = 1024;
    int stallWindowMs = 60000;
    // A transfer whose size neither the catalog nor the server gives stops here.
    qint64 maxUnannouncedBytes = limits::kMaxUnannouncedDownloadBytes;
    int backoffMs = 1000;          // first retry delay, doubled each time
    int maxBackoffMs = 60000;
    int maxRedirects = 10;
};

} // namespace linnet::app

Q_DECLARE_METATYPE(linnet::app::DownloadSpec)
Q_DECLARE_METATYPE(linnet::app::DownloadState)
Q_DECLARE_METATYPE(linnet::app::DownloadProgress)
Q_DECLARE_METATYPE(linnet::app::DownloadOutcome)
Q_DECLARE_METATYPE(linnet::app::DownloadAttempt)

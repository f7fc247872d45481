// SHA-256 of files and hashed copies, for work threads (never the GUI thread: a model
// is gigabytes). Both stop early when `cancel` is raised.
#pragma once

#include <QCryptographicHash>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace linnet::app {

struct HashResult {
    std::unique_ptr<QCryptographicHash> hash; // fed with the bytes read; null on error
    qint64 bytes = 0;
    QString error;
};

// Feeds the first `length` bytes of `path` into a fresh SHA-256 (the whole file when
// `length` is -1).
HashResult hashFile(const QString& path, qint64 length, const std::atomic<bool>& cancel);

struct CopyResult {
    QString sha256; // hex, empty on error
    qint64 bytes = 0;
    QString error;
};

// Copies `from` to `to` (which must not exist), computing the SHA-256 on the way.
// `progress(done, total)` is called from the copying thread. On any error the partial
// copy is removed.
CopyResult copyFileHashing(const QString& from, const QString& to, const std::atomic<bool>& cancel,
                           const std::function<void(qint64, qint64)>& progress = {});

// Flushes a written file to the disk, so that a rename after it never exposes a file
// whose data is still only in memory.
bool syncToDisk(int fd);

} // namespace linnet::app

// The `.part` file of a download and the SHA-256 of the bytes in it. Bytes are appended
// as they arrive and hashed on the way; the bytes of an earlier run are read again on a
// pool thread (they may be gigabytes) before the file is continued, so the checksum
// always covers the whole file. Unbuffered: every byte hashed is in the file, even
// after a crash.
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QObject>

#include <memory>

class QThreadPool;

namespace linnet::app {

class PartialFile : public QObject {
    Q_OBJECT
public:
    PartialFile(QString destination, QThreadPool& hashing, QObject* parent = nullptr);
    ~PartialFile() override;

    QString path() const { return file_.fileName(); }
    qint64 size() const { return size_; } // bytes in the file (also while re-hashing them)
    bool isOpen() const { return hash_ != nullptr && file_.isOpen(); }
    bool isHashing() const { return link_ != nullptr; }

    // Opens the file to append to it, keeping its first `existing` bytes (from an
    // earlier run), which are hashed again first: then ready() follows. Returns false
    // when ready() was sent already (nothing to hash, or an error).
    bool open(qint64 existing);
    void stopHashing();
    bool append(const QByteArray& data);
    bool restart(); // back to zero bytes
    QString sha256() const;
    // Flushes to the disk, closes and renames the file to `destination`.
    bool finish(const QString& destination);
    void close();
    QString errorString() const { return error_; }

signals:
    void ready(const QString& error); // empty: open and hashed

private:
    struct Link; // shared with a hashing job, which may outlive this object
    void onHashed(std::shared_ptr<QCryptographicHash> hash, qint64 bytes, const QString& error);
    bool openForAppend(qint64 keep);

    QFile file_;
    QThreadPool& hashing_;
    std::shared_ptr<QCryptographicHash> hash_;
    std::shared_ptr<Link> link_;
    qint64 size_ = 0;
    QString error_;
};

} // namespace linnet::app

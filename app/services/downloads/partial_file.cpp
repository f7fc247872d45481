#include "partial_file.h"

#include "file_hashing.h"
#include "logging.h"

#include <QMutex>
#include <QThreadPool>

#include <atomic>

namespace linnet::app {

// Lets a hashing job hand its result back only while the PartialFile still wants it.
struct PartialFile::Link {
    QMutex mutex;
    PartialFile* owner = nullptr;
    std::atomic<bool> cancel{false};
};

PartialFile::PartialFile(QString destination, QThreadPool& hashing, QObject* parent)
    : QObject(parent), file_(destination + QStringLiteral(".part")), hashing_(hashing)
{
}

PartialFile::~PartialFile()
{
    stopHashing();
}

bool PartialFile::open(qint64 existing)
{
    stopHashing();
    close();
    size_ = qMax<qint64>(0, existing);
    if (size_ == 0) {
        hash_ = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
        const bool ok = openForAppend(0);
        emit ready(ok ? QString() : error_);
        return false;
    }
    link_ = std::make_shared<Link>();
    link_->owner = this;
    auto link = link_;
    const QString path = file_.fileName();
    const qint64 length = size_;
    hashing_.start([link, path, length] {
        HashResult r = hashFile(path, length, link->cancel);
        std::shared_ptr<QCryptographicHash> hash(std::move(r.hash));
        QMutexLocker lock(&link->mutex);
        PartialFile* owner = link->owner;
        if (!owner)
            return;
        QMetaObject::invokeMethod(
            owner, [owner, link, hash, bytes = r.bytes, error = r.error] {
                if (owner->link_ == link) // not stopped or restarted meanwhile
                    owner->onHashed(hash, bytes, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void PartialFile::onHashed(std::shared_ptr<QCryptographicHash> hash, qint64 bytes, const QString& error)
{
    link_.reset();
    if (!hash) {
        // Unreadable: its bytes cannot be vouched for, so the file starts again.
        qCWarning(lcDownloads) << "cannot re-read" << file_.fileName() << "- starting over:" << error;
        hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
        bytes = 0;
    }
    hash_ = std::move(hash);
    size_ = bytes;
    const bool ok = openForAppend(bytes);
    emit ready(ok ? QString() : error_);
}

bool PartialFile::openForAppend(qint64 keep)
{
    if (!file_.open(QIODevice::ReadWrite | QIODevice::Unbuffered) ||
        (file_.size() != keep && !file_.resize(keep)) || !file_.seek(keep)) {
        error_ = tr("Cannot write %1: %2").arg(file_.fileName(), file_.errorString());
        file_.close();
        hash_.reset();
        return false;
    }
    size_ = keep;
    return true;
}

void PartialFile::stopHashing()
{
    if (!link_)
        return;
    QMutexLocker lock(&link_->mutex);
    link_->owner = nullptr;
    link_->cancel = true;
    lock.unlock();
    link_.reset();
}

bool PartialFile::append(const QByteArray& data)
{
    if (file_.write(data) != data.size()) {
        error_ = tr("Cannot write %1: %2 (is the disk full?)").arg(file_.fileName(), file_.errorString());
        return false;
    }
    hash_->addData(data);
    size_ += data.size();
    return true;
}

bool PartialFile::restart()
{
    hash_ = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    size_ = 0;
    if (!file_.resize(0) || !file_.seek(0)) {
        error_ = tr("Cannot write %1: %2").arg(file_.fileName(), file_.errorString());
        return false;
    }
    return true;
}

QString PartialFile::sha256() const
{
    return hash_ ? QString::fromLatin1(hash_->result().toHex()) : QString();
}

bool PartialFile::finish(const QString& destination)
{
    if (!syncToDisk(file_.handle()))
        qCWarning(lcDownloads) << "cannot flush" << file_.fileName() << "to disk";
    file_.close();
    hash_.reset();
    if (!QFile::rename(file_.fileName(), destination)) {
        error_ = tr("Cannot move the finished download to %1.").arg(destination);
        return false;
    }
    size_ = 0;
    return true;
}

void PartialFile::close()
{
    stopHashing();
    file_.close();
    hash_.reset();
}

} // namespace linnet::app

#include "file_hashing.h"

#include <QFile>
#include <QObject>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace linnet::app {

namespace {
constexpr qint64 kChunk = 4 * 1024 * 1024;
}

HashResult hashFile(const QString& path, qint64 length, const std::atomic<bool>& cancel)
{
    HashResult r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = QObject::tr("Cannot read %1: %2").arg(path, file.errorString());
        return r;
    }
    if (length < 0)
        length = file.size();
    auto hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    QByteArray buffer;
    while (r.bytes < length) {
        if (cancel.load()) {
            r.error = QObject::tr("Cancelled.");
            return r;
        }
        buffer = file.read(qMin(kChunk, length - r.bytes));
        if (buffer.isEmpty()) {
            r.error = QObject::tr("Cannot read %1: it ended after %2 bytes.").arg(path).arg(r.bytes);
            return r;
        }
        hash->addData(buffer);
        r.bytes += buffer.size();
    }
    r.hash = std::move(hash);
    return r;
}

CopyResult copyFileHashing(const QString& from, const QString& to, const std::atomic<bool>& cancel,
                           const std::function<void(qint64, qint64)>& progress)
{
    CopyResult r;
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly)) {
        r.error = QObject::tr("Cannot read %1: %2").arg(from, in.errorString());
        return r;
    }
    if (out.exists() || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        r.error = QObject::tr("Cannot create %1: %2").arg(to, out.exists() ? QObject::tr("it already exists")
                                                                            : out.errorString());
        return r;
    }
    const qint64 total = in.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto fail = [&](const QString& message) {
        out.close();
        QFile::remove(to);
        r.error = message;
        return r;
    };
    while (!in.atEnd()) {
        if (cancel.load())
            return fail(QObject::tr("Cancelled."));
        const QByteArray buffer = in.read(kChunk);
        if (buffer.isEmpty() && in.error() != QFile::NoError)
            return fail(QObject::tr("Cannot read %1: %2").arg(from, in.errorString()));
        if (out.write(buffer) != buffer.size())
            return fail(QObject::tr("Cannot write %1: %2 (is the disk full?)").arg(to, out.errorString()));
        hash.addData(buffer);
        r.bytes += buffer.size();
        if (progress)
            progress(r.bytes, total);
    }
    if (!out.flush() || !syncToDisk(out.handle()))
        return fail(QObject::tr("Cannot write %1: %2").arg(to, out.errorString()));
    out.close();
    r.sha256 = QString::fromLatin1(hash.result().toHex());
    return r;
}

bool syncToDisk(int fd)
{
    if (fd < 0)
        return false;
#ifdef Q_OS_WIN
    return _commit(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

} // namespace linnet::app

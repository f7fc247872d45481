// The HTTP header values a resumable download depends on.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace linnet::app {

// "bytes 100-199/1000" → {100, 199, 1000}. A total of "*" (unknown) is refused: a
// resume needs the file's size.
struct ContentRange {
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = 0;
};
std::optional<ContentRange> parseContentRange(const QByteArray& value);

// "bytes=N-", the open-ended range that continues a partial file of N bytes.
QByteArray rangeFrom(qint64 offset);

// The SHA-256 in an ETag-like value (Hugging Face sends the LFS object's SHA-256 as
// X-Linked-Etag: "…"); empty when the value is not a SHA-256 (e.g. a git blob id).
QString sha256FromEtag(const QByteArray& value);

bool isSha256Hex(const QString& text); // 64 lowercase hex digits

} // namespace linnet::app

#include "chunked_body.h"

#include <QObject>

namespace linnet::app {

namespace {

// The value of a chunk size (hexadecimal digits before any ';' extension), or -1 when
// it is not one. Sixteen digits could overflow; fifteen already exceed every limit.
qint64 chunk_size(const QByteArray& line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    if (digits.isEmpty() || digits.size() > 15)
        return -1;
    qint64 value = 0;
    for (const char c : digits) {
        const int digit = QByteArrayView("0123456789abcdef").indexOf(char(c | 0x20));
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// The line at the front of `buffer` without its CRLF, removed from the buffer; null
// while the line has not arrived whole.
QByteArray take_line(QByteArray& buffer, bool* bare_newline)
{
    const qsizetype newline = buffer.indexOf('\n');
    if (newline < 0)
        return {};
    *bare_newline = newline == 0 || buffer[newline - 1] != '\r';
    QByteArray line = buffer.left(*bare_newline ? newline : newline - 1);
    buffer.remove(0, newline + 1);
    return line.isNull() ? QByteArray("") : line;
}

} // namespace

ChunkedBodyReader::Status ChunkedBodyReader::fail(int status, QString message)
{
    error_status_ = status;
    error_message_ = std::move(message);
    phase_ = Phase::Done;
    return Status::Failed;
}

ChunkedBodyReader::Status ChunkedBodyReader::feed(QByteArray& buffer, QByteArray& body)
{
    Status status = Status::NeedMore;
    while (status == Status::NeedMore && error_status_ == 0 && phase_ != Phase::Done) {
        const qsizetype before = buffer.size();
        switch (phase_) {
        case Phase::Size: status = readSizeLine(buffer); break;
        case Phase::Data: status = readData(buffer, body); break;
        case Phase::DataEnd: status = readDataEnd(buffer); break;
        case Phase::Trailer: status = readTrailer(buffer); break;
        case Phase::Done: break;
        }
        if (status == Status::NeedMore && buffer.size() == before)
            break; // waits for more bytes
    }
    return error_status_ != 0 ? Status::Failed : status;
}

ChunkedBodyReader::Status ChunkedBodyReader::readSizeLine(QByteArray& buffer)
{
    bool bare = false;
    const QByteArray line = take_line(buffer, &bare);
    if (line.isNull()) // the buffer holds the line so far and perhaps its CR
        return buffer.size() > kMaxSizeLine + 1
                   ? fail(400, QObject::tr("A chunk size line of the request body is longer than %1 bytes.").arg(kMaxSizeLine))
                   : Status::NeedMore;
    if (bare || line.size() > kMaxSizeLine)
        return fail(400, QObject::tr("A chunk size line of the request body is malformed."));
    const qint64 size = chunk_size(line);
    if (size < 0)
        return fail(400, QObject::tr("A chunk of the request body does not start with its size in hexadecimal."));
    // Past twice the limit the rest is not even read: the connection closes after the answer.
    if (total_ + size > 2 * qint64(max_body_))
        return fail(413, QObject::tr("The request body is larger than this server accepts (%1 bytes).").arg(max_body_));
    chunk_left_ = size;
    phase_ = size == 0 ? Phase::Trailer : Phase::Data;
    return Status::NeedMore;
}

ChunkedBodyReader::Status ChunkedBodyReader::readData(QByteArray& buffer, QByteArray& body)
{
    const qsizetype n = qsizetype(std::min<qint64>(chunk_left_, buffer.size()));
    // Over the limit the bytes are dropped; the refusal comes with the body's end.
    const qint64 room = std::max<qint64>(0, max_body_ - total_);
    body.append(buffer.constData(), qsizetype(std::min<qint64>(n, room)));
    buffer.remove(0, n);
    chunk_left_ -= n;
    total_ += n;
    if (chunk_left_ == 0)
        phase_ = Phase::DataEnd;
    return Status::NeedMore;
}

ChunkedBodyReader::Status ChunkedBodyReader::readDataEnd(QByteArray& buffer)
{
    if (buffer.size() < 2)
        return Status::NeedMore;
    if (!buffer.startsWith("\r\n"))
        return fail(400, QObject::tr("A chunk of the request body is longer than its size says."));
    buffer.remove(0, 2);
    phase_ = Phase::Size;
    return Status::NeedMore;
}

ChunkedBodyReader::Status ChunkedBodyReader::readTrailer(QByteArray& buffer)
{
    const qsizetype before = buffer.size();
    bool bare = false;
    const QByteArray line = take_line(buffer, &bare);
    trailer_ += line.isNull() ? 0 : before - buffer.size();
    if (trailer_ > max_trailer_ || (line.isNull() && trailer_ + buffer.size() > max_trailer_))
        return fail(431, QObject::tr("The request body's trailer is larger than %1 bytes.").arg(max_trailer_));
    if (line.isNull())
        return Status::NeedMore;
    if (bare)
        return fail(400, QObject::tr("A trailer line of the request body is malformed."));
    return line.isEmpty() ? finish() : Status::NeedMore;
}

ChunkedBodyReader::Status ChunkedBodyReader::finish()
{
    phase_ = Phase::Done;
    if (total_ > max_body_)
        return fail(413, QObject::tr("The request body is %1 bytes; this server accepts at most %2.")
                             .arg(total_)
                             .arg(max_body_));
    return Status::Complete;
}

} // namespace linnet::app

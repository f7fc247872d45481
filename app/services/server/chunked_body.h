// A request body sent with "Transfer-Encoding: chunked" (RFC 9112, section 7.1): each
// chunk is a hexadecimal size line, that many bytes and CRLF; a chunk of size 0 ends
// the body, followed by optional trailer lines and an empty line. curl sends a body so
// when it cannot tell its length beforehand (a pipe, `-H "Transfer-Encoding: chunked"`).
//
// The reader is fed bytes as they arrive and never holds more than its limits: a body
// over `max_body_bytes` is refused with 413 once its end arrives (the bytes in between
// are read and dropped, so the client is still listening when the answer comes), or at
// once when the client sends more than twice the limit; size lines and trailers are
// bounded too. Trailer fields are read and dropped: no header may arrive after the head.
#pragma once

#include <QByteArray>
#include <QString>

namespace linnet::app {

class ChunkedBodyReader {
public:
    enum class Status { NeedMore, Complete, Failed };

    ChunkedBodyReader(qsizetype max_body_bytes, qsizetype max_trailer_bytes)
        : max_body_(max_body_bytes), max_trailer_(max_trailer_bytes)
    {
    }

    // Consumes bytes from the front of `buffer`, appending the body's bytes to `body`;
    // after Complete, what follows in `buffer` belongs to the next request.
    Status feed(QByteArray& buffer, QByteArray& body);

    int errorStatus() const { return error_status_; }
    const QString& errorMessage() const { return error_message_; }

    // A size line longer than this is refused (hex digits and chunk extensions).
    static constexpr qsizetype kMaxSizeLine = 1024;

private:
    enum class Phase { Size, Data, DataEnd, Trailer, Done };

    Status fail(int status, QString message);
    Status readSizeLine(QByteArray& buffer);
    Status readData(QByteArray& buffer, QByteArray& body);
    Status readDataEnd(QByteArray& buffer);
    Status readTrailer(QByteArray& buffer);
    Status finish();

    qsizetype max_body_;
    qsizetype max_trailer_;
    Phase phase_ = Phase::Size;
    qint64 chunk_left_ = 0; // bytes of the current chunk still to come
    qint64 total_ = 0;      // body bytes so far, dropped ones included
    qint64 trailer_ = 0;    // trailer bytes so far
    int error_status_ = 0;
    QString error_message_;
};

} // namespace linnet::app

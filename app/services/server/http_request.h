// One HTTP/1.1 request read from a socket, and the incremental parser that reads it.
// The parser never holds more than the limits allow: a request line and headers over
// `max_header_bytes`, or a declared body over `max_body_bytes`, fail as soon as they
// are seen, before the body is read (the connection then drains and discards it).
// A body comes with a Content-Length or chunked (chunked_body.h), never both.
#pragma once

#include "chunked_body.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace linnet::app {

struct HttpRequest {
    QByteArray method;
    QByteArray path;  // without the query
    QByteArray query; // after '?', undecoded
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    bool keep_alive = true;

    // The first header of that (lower-case) name, or empty.
    QByteArray header(const QByteArray& name) const;
};

struct HttpLimits {
    qsizetype max_header_bytes = 32 * 1024;
    qsizetype max_body_bytes = 8 * 1024 * 1024;
};

class HttpRequestParser {
public:
    enum class Status { NeedMore, Complete, Failed };

    explicit HttpRequestParser(HttpLimits limits) : limits_(limits) {}

    // Consumes bytes from the front of `buffer` (what belongs to a later request stays).
    Status feed(QByteArray& buffer);
    HttpRequest take();
    // Whether anything of a request has arrived (for the request time-out).
    bool started() const { return started_; }
    // True once per request whose head asks "Expect: 100-continue" while its body is
    // still to come: the client waits for a "100 Continue" before it sends the body.
    bool takeContinueRequest();

    // After Failed: the status to answer with and why, in words.
    int errorStatus() const { return error_status_; }
    const QString& errorMessage() const { return error_message_; }
    // After Failed on an over-large body: how many body bytes the client still sends.
    qint64 bodyToDiscard() const { return discard_; }

private:
    Status fail(int status, QString message);
    Status parseHead(const QByteArray& head);
    Status readBodyFraming();
    Status feedBody(QByteArray& buffer);

    HttpLimits limits_;
    HttpRequest request_;
    qint64 content_length_ = -1; // -1 while the head is incomplete; 0 when chunked
    std::optional<ChunkedBodyReader> chunked_;
    bool continue_requested_ = false;
    bool started_ = false;
    int error_status_ = 0;
    QString error_message_;
    qint64 discard_ = 0;
};

} // namespace linnet::app

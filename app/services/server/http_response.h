// The bytes of HTTP/1.1 responses: a head with its status line and headers, and the
// chunks of a chunked body (server-sent events stream as chunks, so a connection can
// stay open for the next request after a stream ends).
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace linnet::app {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// "Not Found" for 404, …; "Unknown" for codes this server never sends.
QByteArray reasonPhrase(int status);

// Status line and headers of a response whose body is `body_length` bytes long, or
// chunked when `body_length` is negative.
QByteArray responseHead(int status, const HttpHeaders& headers, qint64 body_length, bool keep_alive);

QByteArray chunk(const QByteArray& data);
QByteArray lastChunk();

} // namespace linnet::app

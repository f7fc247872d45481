#include "http_connection.h"

#include <QTcpSocket>

namespace linnet::app {

HttpConnection::HttpConnection(QTcpSocket* socket, HttpLimits limits, HttpTimeouts timeouts, QObject* parent)
    : QObject(parent), socket_(socket), limits_(limits), timeouts_(timeouts), parser_(limits)
{
    socket_->setParent(this);
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket_, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(socket_, &QTcpSocket::bytesWritten, this, &HttpConnection::armTimer);
    connect(socket_, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    armTimer();
    // Bytes may have arrived before this object connected to readyRead.
    QMetaObject::invokeMethod(this, &HttpConnection::readMore, Qt::QueuedConnection);
}

QHostAddress HttpConnection::localAddress() const
{
    return socket_->localAddress();
}

void HttpConnection::readMore()
{
    QByteArray incoming = socket_->readAll();
    if (phase_ == Phase::Draining) {
        discard_ -= incoming.size();
        if (discard_ <= 0)
            socket_->disconnectFromHost();
        return;
    }
    buffer_ += incoming;
    // A client may send its next request early, but not without bound.
    if (buffer_.size() > limits_.max_header_bytes + limits_.max_body_bytes) {
        socket_->abort();
        return;
    }
    const bool was_started = parser_.started();
    if (phase_ == Phase::Reading) {
        parseBuffered();
        if (!was_started && parser_.started() && phase_ == Phase::Reading)
            armTimer();
    }
}

void HttpConnection::parseBuffered()
{
    switch (parser_.feed(buffer_)) {
    case HttpRequestParser::Status::NeedMore:
        if (parser_.takeContinueRequest())
            write("HTTP/1.1 100 Continue\r\n\r\n");
        return;
    case HttpRequestParser::Status::Complete: {
        phase_ = Phase::Handling;
        timer_.stop();
        HttpRequest request = parser_.take();
        keep_alive_ = request.keep_alive;
        emit requestReceived(request);
        return;
    }
    case HttpRequestParser::Status::Failed:
        phase_ = Phase::Handling;
        timer_.stop();
        close_after_response_ = true;
        discard_ = parser_.bodyToDiscard() - buffer_.size();
        buffer_.clear();
        emit requestRejected(parser_.errorStatus(), parser_.errorMessage());
        return;
    }
}

void HttpConnection::write(const QByteArray& bytes)
{
    if (closed_)
        return;
    socket_->write(bytes);
    armTimer();
}

void HttpConnection::respond(int status, const HttpHeaders& headers, const QByteArray& body)
{
    if (phase_ != Phase::Handling)
        return;
    write(responseHead(status, headers, body.size(), keep_alive_ && !close_after_response_) + body);
    finishResponse();
}

void HttpConnection::beginStream(int status, const HttpHeaders& headers)
{
    if (phase_ != Phase::Handling)
        return;
    phase_ = Phase::Streaming;
    write(responseHead(status, headers, -1, keep_alive_));
}

void HttpConnection::sendChunk(const QByteArray& data)
{
    if (phase_ == Phase::Streaming)
        write(chunk(data));
}

void HttpConnection::endStream()
{
    if (phase_ != Phase::Streaming)
        return;
    write(lastChunk());
    finishResponse();
}

void HttpConnection::finishResponse()
{
    if (close_after_response_ && discard_ > 0) {
        // Read the rest of an over-large body before closing: closing with unread data
        // resets the connection, and the client would never see the answer.
        phase_ = Phase::Draining;
        armTimer();
        return;
    }
    if (close_after_response_ || !keep_alive_) {
        socket_->disconnectFromHost();
        return;
    }
    phase_ = Phase::Reading;
    armTimer();
    if (!buffer_.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::parseBuffered, Qt::QueuedConnection);
}

void HttpConnection::armTimer()
{
    if (closed_)
        return;
    if (socket_->bytesToWrite() > 0) {
        timer_.start(timeouts_.write_stall_ms);
        return;
    }
    switch (phase_) {
    case Phase::Reading:
        timer_.start(parser_.started() ? timeouts_.request_ms : timeouts_.idle_ms);
        return;
    case Phase::Draining:
        timer_.start(timeouts_.request_ms);
        return;
    case Phase::Handling:
    case Phase::Streaming:
        timer_.stop(); // the reply is being made; the engine's queue may be long
        return;
    }
}

void HttpConnection::onTimeout()
{
    // The request timer is not re-armed by each byte: a client trickling a request
    // byte by byte cannot hold the connection open.
    socket_->abort();
    onDisconnected();
}

void HttpConnection::onDisconnected()
{
    if (closed_)
        return;
    closed_ = true;
    timer_.stop();
    emit closed();
    deleteLater();
}

} // namespace linnet::app

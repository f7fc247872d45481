// One client connection of the local server: reads requests one at a time (a further
// pipelined request waits in the buffer until the response before it has been sent),
// writes a whole response or a chunked stream, and ends the connection when the client
// is too slow: a request must arrive whole within `request_ms` of its first byte, an
// idle kept-alive connection closes after `idle_ms`, and a client that reads nothing
// of a response for `write_stall_ms` is dropped (which stops its generation).
#pragma once

#include "http_request.h"
#include "http_response.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace linnet::app {

struct HttpTimeouts {
    int request_ms = 30'000;
    int idle_ms = 60'000;
    int write_stall_ms = 30'000;
};

class HttpConnection : public QObject {
    Q_OBJECT

public:
    HttpConnection(QTcpSocket* socket, HttpLimits limits, HttpTimeouts timeouts, QObject* parent = nullptr);

    void respond(int status, const HttpHeaders& headers, const QByteArray& body);
    void beginStream(int status, const HttpHeaders& headers);
    void sendChunk(const QByteArray& data);
    void endStream();

    QHostAddress localAddress() const;

signals:
    void requestReceived(const linnet::app::HttpRequest& request);
    // The request could not be read; the receiver answers with respond(), after which
    // the connection closes.
    void requestRejected(int status, const QString& message);
    // The client went away, or a time-out ended the connection. Sent once.
    void closed();

private:
    enum class Phase { Reading, Handling, Streaming, Draining };

    void readMore();
    void parseBuffered();
    void finishResponse();
    void armTimer();
    void onTimeout();
    void onDisconnected();
    void write(const QByteArray& bytes);

    QTcpSocket* socket_;
    HttpLimits limits_;
    HttpTimeouts timeouts_;
    HttpRequestParser parser_;
    QByteArray buffer_;
    QTimer timer_;
    Phase phase_ = Phase::Reading;
    bool keep_alive_ = true;
    bool close_after_response_ = false;
    qint64 discard_ = 0;
    bool closed_ = false;
};

} // namespace linnet::app

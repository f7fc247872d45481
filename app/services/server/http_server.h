// The listening socket of the local server: accepts connections up to a limit and
// hands each to an HttpConnection. A connection over the limit is answered at once
// with 503 and closed, rather than left waiting in the backlog.
//
// Why not QHttpServer: Qt 6.4's QHttpServer (qt6-httpserver-dev) can write a response
// in pieces through QHttpServerResponder, but it reads every request body into memory
// whole, with no size limit, before any handler sees it (a 20 MB body is buffered in
// full, a 2 GB one too), and it has no connection limit and no time-outs for slow or
// idle clients. Those are this server's job, so it reads HTTP/1.1 itself (bodies with
// a Content-Length or chunked, as curl sends a piped body).
#pragma once

#include "http_connection.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace linnet::app {

struct HttpServerOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8765; // 0: any free port
    int max_connections = 16;
    HttpLimits limits;
    HttpTimeouts timeouts;
    QByteArray busy_body; // the 503 body for connections over the limit
};

class HttpServer : public QObject {
    Q_OBJECT

public:
    explicit HttpServer(HttpServerOptions options, QObject* parent = nullptr);

    // Empty on success, else why not (in words).
    QString listen();
    void close();
    quint16 port() const { return server_.serverPort(); }
    QHostAddress address() const { return server_.serverAddress(); }
    int connections() const { return open_; }

signals:
    void connectionOpened(linnet::app::HttpConnection* connection);

private:
    void acceptPending();
    void refuse(QTcpSocket* socket);

    HttpServerOptions options_;
    QTcpServer server_;
    int open_ = 0;
};

} // namespace linnet::app

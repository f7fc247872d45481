#include "http_server.h"

#include <QTcpSocket>

namespace linnet::app {

HttpServer::HttpServer(HttpServerOptions options, QObject* parent) : QObject(parent), options_(std::move(options))
{
    connect(&server_, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
}

QString HttpServer::listen()
{
    if (server_.listen(options_.address, options_.port))
        return {};
    return tr("Cannot listen on %1 port %2: %3")
        .arg(options_.address.toString())
        .arg(options_.port)
        .arg(server_.errorString());
}

void HttpServer::close()
{
    server_.close();
}

void HttpServer::acceptPending()
{
    while (QTcpSocket* socket = server_.nextPendingConnection()) {
        if (open_ >= options_.max_connections) {
            refuse(socket);
            continue;
        }
        ++open_;
        auto* connection = new HttpConnection(socket, options_.limits, options_.timeouts, this);
        connect(connection, &HttpConnection::closed, this, [this] { --open_; });
        emit connectionOpened(connection);
    }
}

void HttpServer::refuse(QTcpSocket* socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(responseHead(503, {{"Content-Type", "application/json"}, {"Retry-After", "1"}},
                               options_.busy_body.size(), false) +
                  options_.busy_body);
    socket->disconnectFromHost();
}

} // namespace linnet::app

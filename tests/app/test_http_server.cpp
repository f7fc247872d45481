#include "test_http_server.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <limits>

namespace linnet::test {

namespace {
constexpr qint64 kPiece = 16 * 1024; // written one at a time: a transfer takes many rounds
}

TestHttpServer::TestHttpServer(QObject* parent) : QObject(parent)
{
    if (!server_.listen(QHostAddress::LocalHost, 0))
        qFatal("the test HTTP server cannot listen: %s", qPrintable(server_.errorString()));
    connect(&server_, &QTcpServer::newConnection, this, &TestHttpServer::onConnection);
}

TestHttpServer::~TestHttpServer()
{
    for (Connection* c : connections_) {
        c->socket->disconnect(this);
        c->socket->abort();
        delete c;
    }
}

QUrl TestHttpServer::url(const QString& path) const
{
    return QUrl(QString("http://127.0.0.1:%1%2").arg(server_.serverPort()).arg(path));
}

QList<TestHttpServer::Request> TestHttpServer::requestsFor(const QString& path) const
{
    QList<Request> out;
    for (const Request& r : requests_)
        if (r.path == path.toLatin1())
            out << r;
    return out;
}

qint64 TestHttpServer::bytesSent(const QString& path) const
{
    qint64 total = 0;
    for (const Request& r : requestsFor(path))
        total += r.sent;
    return total;
}

void TestHttpServer::release()
{
    for (auto& route : routes_)
        route.stallAt = -1;
    const QList<Connection*> connections = connections_; // pump() may end some
    for (Connection* c : connections) {
        c->stallAt = -1;
        pump(c);
    }
}

int TestHttpServer::waitingToDrop() const
{
    int n = 0;
    for (const Connection* c : connections_)
        n += c->request >= 0 && c->dropAt >= 0 && requests_[c->request].sent >= c->dropAt ? 1 : 0;
    return n;
}

int TestHttpServer::drop()
{
    int n = 0;
    const QList<Connection*> connections = connections_; // abort() removes them
    for (Connection* c : connections) {
        if (c->request < 0 || c->dropAt < 0 || requests_[c->request].sent < c->dropAt)
            continue;
        dropped_range_[requests_[c->request].path] = requests_[c->request].range;
        c->socket->abort();
        ++n;
    }
    return n;
}

void TestHttpServer::onConnection()
{
    while (QTcpSocket* socket = server_.nextPendingConnection()) {
        auto* c = new Connection;
        c->socket = socket;
        connections_ << c;
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadable(c); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, c] { pump(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] {
            connections_.removeAll(c);
            c->socket->deleteLater();
            delete c;
        });
    }
}

void TestHttpServer::onReadable(Connection* c)
{
    c->buffer += c->socket->readAll();
    if (c->answered || !c->buffer.contains("\r\n\r\n"))
        return;
    c->answered = true;
    const QList<QByteArray> lines = c->buffer.left(c->buffer.indexOf("\r\n\r\n")).split('\n');
    const QList<QByteArray> request_line = lines.value(0).trimmed().split(' ');
    QByteArray range;
    for (const QByteArray& line : lines.mid(1)) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "range")
            range = line.mid(colon + 1).trimmed();
    }
    answer(c, request_line.value(1), range);
}

void TestHttpServer::answer(Connection* c, const QByteArray& path, const QByteArray& range)
{
    if (const auto it = dropped_range_.constFind(path); it != dropped_range_.constEnd() && *it == range) {
        ++phantoms_;
        return;
    }
    dropped_range_.remove(path);
    const Route route = routes_.value(path, Route{{}, 404});
    const int index_for_path = int(requestsFor(QString::fromLatin1(path)).size());
    requests_ << Request{path, range, 0};
    c->request = int(requests_.size()) - 1;
    if (route.silent)
        return;
    QByteArray extra;
    for (const auto& [name, value] : route.headers)
        extra += name + ": " + value + "\r\n";
    if (!route.redirectTo.isEmpty()) {
        c->socket->write("HTTP/1.1 302 Found\r\nLocation: " + route.redirectTo + "\r\n" + extra +
                         "Content-Length: 0\r\nConnection: close\r\n\r\n");
        c->socket->disconnectFromHost();
        return;
    }
    if (route.status != 200) {
        const QByteArray text = "HTTP error " + QByteArray::number(route.status) + "\n";
        c->socket->write("HTTP/1.1 " + QByteArray::number(route.status) + " Error\r\nContent-Type: text/plain\r\n" +
                         extra + "Content-Length: " + QByteArray::number(text.size()) + "\r\nConnection: close\r\n\r\n" +
                         text);
        c->socket->disconnectFromHost();
        return;
    }
    const qint64 size = route.body.size();
    qint64 first = 0;
    static const QRegularExpression range_pattern(QStringLiteral(R"(^bytes=(\d+)-$)"));
    const auto m = range_pattern.match(QString::fromLatin1(range));
    QByteArray head;
    if (route.mislabelledRange && m.hasMatch()) {
        head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-" + QByteArray::number(size - 1) + "/" +
               QByteArray::number(size) + "\r\n";
    } else if (route.honourRange && m.hasMatch()) {
        first = m.captured(1).toLongLong();
        if (first >= size) {
            c->socket->write("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" +
                             QByteArray::number(size) + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            c->socket->disconnectFromHost();
            return;
        }
        head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(first) + "-" +
               QByteArray::number(size - 1) + "/" + QByteArray::number(size) + "\r\n";
    } else {
        head = "HTTP/1.1 200 OK\r\n";
    }
    head += "Content-Type: application/octet-stream\r\nAccept-Ranges: bytes\r\n" + extra;
    if (!route.noLength)
        head += "Content-Length: " + QByteArray::number(size - first) + "\r\n";
    head += "Connection: close\r\n\r\n";
    c->socket->write(head);
    c->body = route.body;
    c->position = first;
    c->end = route.noLength && route.endless ? std::numeric_limits<qint64>::max() : size;
    c->closeAt = route.closeAfter;
    c->trickleMs = route.trickleMs;
    c->dropAt = index_for_path < route.dropAfter.size() ? route.dropAfter[index_for_path] : -1;
    c->stallAt = route.stallAt;
    pump(c);
}

void TestHttpServer::pump(Connection* c)
{
    if (c->request < 0 || c->body.isEmpty() || c->socket->state() != QAbstractSocket::ConnectedState)
        return;
    Request& request = requests_[c->request];
    if (c->socket->bytesToWrite() > 0)
        return; // the next piece goes when this one is out
    if (c->dropAt >= 0 && request.sent >= c->dropAt)
        return; // waiting for drop()
    if (c->position >= c->end || (c->closeAt >= 0 && request.sent >= c->closeAt)) {
        c->body.clear();
        c->socket->disconnectFromHost();
        return;
    }
    if (c->trickleMs > 0) {
        // One byte now, the next after the pause (bytesWritten would ask at once).
        if (c->tricklePending)
            return;
        c->tricklePending = true;
        QTimer::singleShot(c->trickleMs, this, [this, c] {
            if (!connections_.contains(c))
                return;
            c->tricklePending = false;
            pump(c);
        });
    }
    const qint64 at = c->position % c->body.size(); // endless bodies repeat
    qint64 n = qMin(kPiece, qMin(c->end - c->position, c->body.size() - at));
    if (c->trickleMs > 0)
        n = 1;
    if (c->closeAt >= 0)
        n = qMin(n, c->closeAt - request.sent);
    if (c->dropAt >= 0)
        n = qMin(n, c->dropAt - request.sent);
    if (c->stallAt >= 0)
        n = qMin(n, c->stallAt - c->position);
    if (n <= 0)
        return; // stalled until release()
    c->socket->write(c->body.constData() + at, n);
    c->position += n;
    request.sent += n;
}

} // namespace linnet::test

// A small HTTP/1.1 server of the tests' own on 127.0.0.1: it serves byte strings with
// Range support and scripted faults (connections dropped after N bytes, a stall until
// released, 404, silence, Range ignored, redirects), writing in small pieces so that a
// transfer is still under way when a test acts on it. It records every request.
//
// When a connection is dropped in the middle of a body, Qt's HTTP/1 layer sends the same
// GET again on its own (QHttpNetworkConnectionChannel::handleUnexpectedEOF) although it
// has already finished the reply the application holds; nothing reads that answer. Such
// a repeat (same path and Range as the dropped request, before any other request for the
// path) is recorded as a "phantom", left unanswered, and kept out of requests().
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace linnet::test {

class TestHttpServer : public QObject {
    Q_OBJECT
public:
    struct Route {
        QByteArray body;
        int status = 200;             // anything but 200: sent as is, with a short text body
        bool honourRange = true;      // false: always 200 with the whole body
        bool mislabelledRange = false; // a Range request gets 206 with the whole body, "bytes 0-…"
        bool silent = false;          // read the request, never answer
        QList<qint64> dropAfter;      // request n (of this path) stops after dropAfter[n] body bytes, until drop()
        qint64 stallAt = -1;          // body bytes stop at this file offset until release()
        QByteArray redirectTo;        // answer 302 with this Location
        QList<QPair<QByteArray, QByteArray>> headers; // extra response headers
        qint64 closeAfter = -1;       // every request: the server closes after this many body bytes
        int trickleMs = 0;            // > 0: one body byte per this many milliseconds
        bool noLength = false;        // no Content-Length: the body ends when the connection does
        bool endless = false;         // with noLength: the body repeats forever
    };
    struct Request {
        QByteArray path;
        QByteArray range;   // the Range header, empty when absent
        qint64 sent = 0;    // body bytes written for it
    };

    explicit TestHttpServer(QObject* parent = nullptr);
    ~TestHttpServer() override;

    QUrl url(const QString& path) const;
    Route& route(const QString& path) { return routes_[path.toLatin1()]; }
    void release(); // lets stalled transfers continue
    // Resets (TCP RST) the connections waiting at their dropAfter point; returns how many.
    // A test calls it once the client has every byte sent, so none is lost in flight.
    int drop();
    int waitingToDrop() const;
    const QList<Request>& requests() const { return requests_; }
    int phantoms() const { return phantoms_; }
    QList<Request> requestsFor(const QString& path) const;
    qint64 bytesSent(const QString& path) const; // body bytes, over every request

private:
    struct Connection {
        QTcpSocket* socket = nullptr;
        QByteArray buffer;
        bool answered = false;
        int request = -1;     // index in requests_
        QByteArray body;
        qint64 position = 0;  // next body byte to send (file offset)
        qint64 end = 0;       // one past the last body byte to send
        qint64 dropAt = -1;   // body bytes after which to close
        qint64 stallAt = -1;
        qint64 closeAt = -1;  // body bytes after which to close (FIN)
        int trickleMs = 0;
        bool tricklePending = false;
    };

    void onConnection();
    void onReadable(Connection* c);
    void answer(Connection* c, const QByteArray& path, const QByteArray& range);
    void pump(Connection* c);

    QTcpServer server_;
    QHash<QByteArray, Route> routes_;
    QList<Request> requests_;
    QHash<QByteArray, QByteArray> dropped_range_; // path → Range of its last dropped request
    int phantoms_ = 0;
    QList<Connection*> connections_;
};

} // namespace linnet::test

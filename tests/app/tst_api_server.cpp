// The local API server in process: its state cache, its HTTP reading and limits, and
// one engine shared by API clients and the window (four clients at once while a chat
// in the window gets its reply, none of the API's conversations in the chat list).
// The openai-client tests of the same server are tests/api.
#include "api_server.h"
#include "chat_fixture.h"
#include "conversation_store.h"
#include "http_request.h"
#include "inference_worker.h"
#include "state_cache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace linnet;
using namespace linnet::app;

namespace {

std::shared_ptr<const State> stateWithLogits(const Model& model, bool logits)
{
    auto s = std::make_shared<State>(model.initial_state());
    if (logits)
        s->set_logits(std::vector<float>(size_t(model.info().n_vocab), 0.5f));
    return s;
}

QNetworkReply* postChat(QNetworkAccessManager& net, quint16 port, const QString& model, const QString& text)
{
    QNetworkRequest request(QUrl(QString("http://127.0.0.1:%1/v1/chat/completions").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    const QJsonObject body{{"model", model},
                           {"max_tokens", 8},
                           {"temperature", 0},
                           {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}};
    return net.post(request, QJsonDocument(body).toJson());
}

// Sends raw bytes on a fresh connection; returns the socket (connected or not).
std::unique_ptr<QTcpSocket> rawConnection(quint16 port, const QByteArray& bytes)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (socket->waitForConnected(5000) && !bytes.isEmpty())
        socket->write(bytes);
    return socket;
}

} // namespace

class ApiServerTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    static bool loadTinyModel(InferenceWorker* w)
    {
        QSignalSpy loaded(w, &InferenceWorker::modelLoaded);
        QMetaObject::invokeMethod(w, [w] { w->loadModel(test::tiny_model("7v0-834K-FP32"), EngineSettings{"cpu fp32", 1}); },
                                  Qt::QueuedConnection);
        return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 10000);
    }

private slots:
    void cache_finds_the_longest_prefix_of_the_same_model()
    {
        const auto model = Model::load(test::tiny_model("7v0-834K-FP32").toStdString(), {.threads = 1});
        StateCache cache(int64_t(64) << 20);
        cache.put("a", {1, 2}, stateWithLogits(*model, false));
        cache.put("a", {1, 2, 3, 4}, stateWithLogits(*model, false));
        cache.put("b", {1, 2, 3, 4, 5}, stateWithLogits(*model, true));
        QCOMPARE(cache.longestPrefix("a", std::vector<int32_t>{1, 2, 3, 4, 5}).tokens, size_t(4));
        QCOMPARE(cache.longestPrefix("a", std::vector<int32_t>{1, 2, 3, 9}).tokens, size_t(2));
        QVERIFY(!cache.longestPrefix("a", std::vector<int32_t>{2, 1}).state);
        // A whole-prompt entry serves only when it kept the logits to sample from.
        QCOMPARE(cache.longestPrefix("a", std::vector<int32_t>{1, 2, 3, 4}).tokens, size_t(2));
        QCOMPARE(cache.longestPrefix("b", std::vector<int32_t>{1, 2, 3, 4, 5}).tokens, size_t(5));
    }

    void cache_drops_the_least_recently_used_over_its_budget()
    {
        const auto model = Model::load(test::tiny_model("7v0-834K-FP32").toStdString(), {.threads = 1});
        const auto state = stateWithLogits(*model, false);
        const int64_t one = int64_t(state->values().size_bytes()) + 3 * int64_t(sizeof(int32_t));
        StateCache cache(3 * one);
        cache.put("m", {1, 1, 1}, state);
        cache.put("m", {2, 2, 2}, state);
        cache.put("m", {3, 3, 3}, state);
        QVERIFY(cache.longestPrefix("m", std::vector<int32_t>{1, 1, 1, 0}).state); // 1 is now the most recent
        cache.put("m", {4, 4, 4}, state);                                         // 2 goes
        QCOMPARE(cache.size(), size_t(3));
        QVERIFY(cache.bytes() <= cache.budget());
        QVERIFY(!cache.longestPrefix("m", std::vector<int32_t>{2, 2, 2, 0}).state);
        QVERIFY(cache.longestPrefix("m", std::vector<int32_t>{1, 1, 1, 0}).state);
        QVERIFY(cache.longestPrefix("m", std::vector<int32_t>{3, 3, 3, 0}).state);
    }

    void parser_refuses_a_large_body_before_reading_it()
    {
        HttpRequestParser parser({.max_header_bytes = 1024, .max_body_bytes = 100});
        QByteArray bytes = "POST /v1/embeddings HTTP/1.1\r\nHost: localhost\r\nContent-Length: 101\r\n\r\n";
        QCOMPARE(parser.feed(bytes), HttpRequestParser::Status::Failed);
        QCOMPARE(parser.errorStatus(), 413);
        QCOMPARE(parser.bodyToDiscard(), qint64(101));
        // A client that waits for "100 Continue" never sends that body.
        HttpRequestParser waiting({.max_header_bytes = 1024, .max_body_bytes = 100});
        QByteArray expecting = "POST /v1/embeddings HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 101\r\n\r\n";
        QCOMPARE(waiting.feed(expecting), HttpRequestParser::Status::Failed);
        QCOMPARE(waiting.bodyToDiscard(), qint64(0));

        HttpRequestParser headers({.max_header_bytes = 64, .max_body_bytes = 100});
        QByteArray big = "GET /v1/models HTTP/1.1\r\nX-Long: " + QByteArray(100, 'x');
        QCOMPARE(headers.feed(big), HttpRequestParser::Status::Failed);
        QCOMPARE(headers.errorStatus(), 431);
    }

    void parser_leaves_a_pipelined_request_for_later()
    {
        HttpRequestParser parser({});
        QByteArray bytes = "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\n\r\n";
        QCOMPARE(parser.feed(bytes), HttpRequestParser::Status::Complete);
        const HttpRequest first = parser.take();
        QCOMPARE(first.body, QByteArray("abc"));
        QCOMPARE(parser.feed(bytes), HttpRequestParser::Status::Complete);
        QCOMPARE(parser.take().path, QByteArray("/b"));
        QVERIFY(bytes.isEmpty());
    }

    void parser_reads_a_chunked_body_in_any_pieces()
    {
        const QByteArray request = "POST /v1/embeddings HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "5\r\nHello\r\n1;name=value\r\n,\r\nA\r\n world, hi\r\n0\r\nX-Trailer: t\r\n\r\n"
                                   "GET /v1/models HTTP/1.1\r\n\r\n";
        for (qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(7), request.size()}) {
            HttpRequestParser parser({.max_header_bytes = 1024, .max_body_bytes = 100});
            QByteArray buffer;
            qsizetype sent = 0;
            HttpRequestParser::Status status = HttpRequestParser::Status::NeedMore;
            while (status == HttpRequestParser::Status::NeedMore && sent < request.size()) {
                buffer += request.mid(sent, piece);
                sent += std::min(piece, request.size() - sent);
                status = parser.feed(buffer);
            }
            QCOMPARE(status, HttpRequestParser::Status::Complete);
            const HttpRequest first = parser.take();
            QCOMPARE(first.body, QByteArray("Hello, world, hi"));
            QCOMPARE(first.header("x-trailer"), QByteArray()); // trailers are not headers
            // What follows the body stays for the next request.
            QCOMPARE(buffer + request.mid(sent), request.mid(request.indexOf("GET /v1/models")));
        }
    }

    void parser_refuses_bad_chunked_bodies_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QByteArray head = "POST /v1/embeddings HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("not hex") << head + "zz\r\nab\r\n" << 400 << "size in hexadecimal";
        QTest::newRow("size lies") << head + "2\r\nabc\r\n0\r\n\r\n" << 400 << "longer than its size says";
        QTest::newRow("size overflows") << head + "ffffffffffffffffff\r\n" << 400 << "size in hexadecimal";
        QTest::newRow("endless size line") << head + QByteArray(2000, '0') << 400 << "longer than 1024 bytes";
        QTest::newRow("over twice the limit") << head + "c9\r\n" << 413 << "larger than this server accepts";
        QTest::newRow("over the limit") << head + "65\r\n" + QByteArray(101, 'x') + "\r\n0\r\n\r\n" << 413
                                        << "101 bytes; this server accepts at most 100";
        QTest::newRow("endless trailer") << head + "0\r\nX: " + QByteArray(2000, 'x') << 431 << "trailer is larger";
        QTest::newRow("both lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                      << 400 << "both a Content-Length and a Transfer-Encoding";
        QTest::newRow("gzip") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501
                              << "\"gzip, chunked\" is not supported";
    }

    void parser_refuses_bad_chunked_bodies()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, reason);
        HttpRequestParser parser({.max_header_bytes = 1024, .max_body_bytes = 100});
        QCOMPARE(parser.feed(bytes), HttpRequestParser::Status::Failed);
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY2(parser.errorMessage().contains(reason), qPrintable(parser.errorMessage()));
    }

    // As curl sends a piped body: chunked, after waiting for "100 Continue".
    void a_chunked_request_is_answered_over_a_socket()
    {
        InferenceThread inference(DataLocation(dir_.path()).databasePath(), {});
        QVERIFY(loadTinyModel(inference.worker()));
        ApiServerOptions options;
        options.http.port = 0;
        options.http.limits.max_body_bytes = 4096;
        ApiServer server(inference.worker(), options);
        server.setModelPath(test::tiny_model("7v0-834K-FP32"));
        QCOMPARE(server.start(), QString());
        const QByteArray body = QJsonDocument(QJsonObject{{"model", ApiServer::modelIdFor(test::tiny_model("7v0-834K-FP32"))},
                                                          {"input", "Herons wade in shallow water"}})
                                    .toJson(QJsonDocument::Compact);
        const QByteArray head = "POST /v1/embeddings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n";
        auto socket = rawConnection(server.port(), head);
        QTRY_VERIFY_WITH_TIMEOUT(socket->bytesAvailable() > 0, 5000);
        QCOMPARE(socket->readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        for (qsizetype at = 0; at < body.size(); at += 10) {
            const QByteArray piece = body.mid(at, 10);
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        }
        socket->write("0\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&] { answer += socket->readAll(); return answer.contains("\"embedding\""); }, 10000));
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());

        // Over the limit: the rest is read and dropped, then a clear 413 and the end of the connection.
        auto large = rawConnection(server.port(), "POST /v1/embeddings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                  "Transfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 5; ++i)
            large->write("400\r\n" + QByteArray(1024, 'x') + "\r\n");
        large->write("0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(large->state() == QAbstractSocket::UnconnectedState, 10000);
        const QByteArray refused = large->readAll();
        QVERIFY2(refused.startsWith("HTTP/1.1 413"), refused.constData());
        QVERIFY(refused.contains("5120 bytes; this server accepts at most 4096"));
    }

    void four_clients_and_a_window_chat_are_all_answered()
    {
        InferenceThread inference(DataLocation(dir_.path()).databasePath(), {});
        InferenceWorker* worker = inference.worker();
        QVERIFY(loadTinyModel(worker));
        ApiServerOptions options;
        options.http.port = 0;
        ApiServer server(worker, options);
        server.setModelPath(test::tiny_model("7v0-834K-FP32"));
        QCOMPARE(server.start(), QString());
        const QString model = ApiServer::modelIdFor(test::tiny_model("7v0-834K-FP32"));

        QSignalSpy window_reply(worker, &InferenceWorker::turnFinished);
        QNetworkAccessManager net;
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 2; ++i)
            replies << postChat(net, server.port(), model, QString("Client %1").arg(i));
        QMetaObject::invokeMethod(worker, [worker] { worker->send(0, "Hello from the window", {{"max_tokens", 8}}); },
                                  Qt::QueuedConnection);
        for (int i = 2; i < 4; ++i)
            replies << postChat(net, server.port(), model, QString("Client %1").arg(i));

        QVERIFY(QTest::qWaitFor([&] {
            return !window_reply.isEmpty() && std::all_of(replies.begin(), replies.end(), [](auto* r) { return r->isFinished(); });
        }, 60000));
        for (QNetworkReply* r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QJsonObject body = QJsonDocument::fromJson(r->readAll()).object();
            QCOMPARE(body["object"].toString(), QString("chat.completion"));
            QVERIFY(body["usage"]["completion_tokens"].toInt() > 0);
        }
        const TurnResult window = qvariant_cast<TurnResult>(window_reply.first().first());
        QVERIFY(window.reply_tokens > 0);

        // The chat list holds the window's conversation only.
        Database db(DataLocation(dir_.path()).databasePath());
        QCOMPARE(ConversationStore(db).list().size(), 1);
    }

    void slow_idle_and_surplus_connections_are_closed()
    {
        InferenceThread inference(DataLocation(dir_.path()).databasePath(), {});
        ApiServerOptions options;
        options.http.port = 0;
        options.http.max_connections = 2;
        options.http.timeouts = {.request_ms = 300, .idle_ms = 300, .write_stall_ms = 300};
        ApiServer server(inference.worker(), options);
        QCOMPARE(server.start(), QString());

        auto idle = rawConnection(server.port(), {});
        auto trickle = rawConnection(server.port(), "GET /v1/mod");
        QVERIFY(idle->state() == QAbstractSocket::ConnectedState);
        // A third connection while two are open: told the server is busy, and closed.
        auto third = rawConnection(server.port(), {});
        QTRY_VERIFY_WITH_TIMEOUT(third->state() == QAbstractSocket::UnconnectedState || third->bytesAvailable() > 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(third->state() == QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(third->readAll().startsWith("HTTP/1.1 503"));

        QTRY_VERIFY_WITH_TIMEOUT(idle->state() == QAbstractSocket::UnconnectedState, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(trickle->state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(trickle->readAll(), QByteArray()); // dropped, never answered

        // With both gone, a new connection is served.
        auto fresh = rawConnection(server.port(), "GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(fresh->bytesAvailable() > 0, 5000);
        QVERIFY(fresh->readAll().startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(ApiServerTest)
#include "tst_api_server.moc"

// Requests to the local API server: the HTTP/1.1 reader (request line, headers,
// Content-Length and chunked bodies, pipelined requests) fed the bytes whole and again
// in pieces, as a network delivers them; both readings must agree. Each request read
// whole then goes where the server sends it: the access check (Host, Origin,
// Authorization) and the JSON body readers of chat, completions and embeddings.
#include "api_access.h"
#include "completion_request.h"
#include "http_request.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace linnet::app;

constexpr HttpLimits kLimits{.max_header_bytes = 2048, .max_body_bytes = 64 * 1024};

struct Reading {
    QList<HttpRequest> requests;
    int error_status = 0;
};

// Reads every request in `bytes`, delivered `piece` bytes at a time (0: all at once).
Reading read_all(const QByteArray& bytes, qsizetype piece)
{
    Reading out;
    HttpRequestParser parser(kLimits);
    QByteArray buffer;
    qsizetype sent = 0;
    while (true) {
        const qsizetype n = piece == 0 ? bytes.size() - sent : std::min(piece, bytes.size() - sent);
        buffer += bytes.mid(sent, n);
        sent += n;
        const auto status = parser.feed(buffer);
        if (status == HttpRequestParser::Status::Failed) {
            out.error_status = parser.errorStatus();
            if (out.error_status < 400 || out.error_status > 599 || parser.errorMessage().isEmpty())
                __builtin_trap(); // a refusal is an HTTP error that says why
            return out;
        }
        if (status == HttpRequestParser::Status::Complete) {
            out.requests.append(parser.take());
            if (out.requests.back().body.size() > kLimits.max_body_bytes)
                __builtin_trap();
        } else if (sent == bytes.size()) {
            return out;
        }
    }
}

void handle(const HttpRequest& request)
{
    static const ApiAccess open_access(QHostAddress(QHostAddress::LocalHost), {});
    static const ApiAccess key_access(QHostAddress(QHostAddress::Any), QStringLiteral("sk-fuzz"));
    open_access.check(request);
    key_access.check(request);
    open_access.corsHeaders(request);
    open_access.preflightHeaders(request);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    for (auto kind : {CompletionRequest::Kind::Chat, CompletionRequest::Kind::Text}) {
        try {
            CompletionRequest::parse(kind, body, {});
        } catch (const ApiError& e) {
            if (e.message.isEmpty() || e.status < 400)
                __builtin_trap();
        }
    }
    try {
        EmbeddingRequest::parse(body);
    } catch (const ApiError& e) {
        if (e.message.isEmpty() || e.status < 400)
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the piece size of the second reading.
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const Reading whole = read_all(bytes, 0);
    const Reading pieces = read_all(bytes, 1 + data[0] % 64);
    // The pieces may stop earlier only when the whole reading ended in the same refusal.
    if (whole.error_status != pieces.error_status || whole.requests.size() != pieces.requests.size())
        __builtin_trap();
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        const HttpRequest& a = whole.requests[i];
        const HttpRequest& b = pieces.requests[i];
        if (a.method != b.method || a.path != b.path || a.query != b.query || a.body != b.body ||
            a.headers != b.headers || a.keep_alive != b.keep_alive)
            __builtin_trap();
        handle(a);
    }
    return 0;
}

// Linnet's OpenAI-compatible API: GET /v1/models, POST /v1/chat/completions,
// /v1/completions and /v1/embeddings. Requests are checked on the server's thread,
// then queued on the inference worker's thread, behind and among the window's own
// chat turns in arrival order (the worker runs one job at a time, first come, first
// served), so a script cannot starve the window nor the window a script.
// Conversations made through the API are not stored: they live only in the state
// cache, and never appear in the chat list.
#pragma once

#include "api_access.h"
#include "completion_request.h"
#include "http_server.h"

#include <QJsonObject>
#include <QObject>

#include <cstdint>
#include <memory>

namespace linnet::app {

class InferenceWorker;
class ApiJob;
class StateCache; // state_cache.h: it holds engine states, which the window never sees

struct ApiServerOptions {
    HttpServerOptions http;
    QString api_key;
    CompletionLimits completion;
    int64_t cache_bytes = int64_t(256) << 20;
};

class ApiServer : public QObject {
    Q_OBJECT

public:
    ApiServer(InferenceWorker* worker, ApiServerOptions options, QObject* parent = nullptr);
    ~ApiServer() override;

    // Empty when listening, else why not (in words).
    QString start();
    quint16 port() const { return http_.port(); }
    // "http://127.0.0.1:8765/v1": what a client's base URL is set to.
    QString baseUrl() const;

    // The model requests name: its file name without the extension (empty: none loaded).
    void setModelPath(const QString& path);
    static QString modelIdFor(const QString& path);

signals:
    // One line of the request log: time, method, path, status, ms, and token counts.
    void requestLogged(const QJsonObject& entry);

private:
    using Handler = void (ApiServer::*)(HttpConnection*, const HttpRequest&, const QJsonObject&);
    struct Route {
        const char* method;
        const char* path;
        Handler handler;
    };

    void onConnection(HttpConnection* connection);
    void route(HttpConnection* connection, const HttpRequest& request);
    void reject(HttpConnection* connection, const HttpRequest& request, const ApiError& error);
    void models(HttpConnection* connection, const HttpRequest& request, const QJsonObject& body);
    void chatCompletions(HttpConnection* connection, const HttpRequest& request, const QJsonObject& body);
    void completions(HttpConnection* connection, const HttpRequest& request, const QJsonObject& body);
    void embeddings(HttpConnection* connection, const HttpRequest& request, const QJsonObject& body);
    void complete(HttpConnection* connection, const HttpRequest& request, const CompletionRequest& completion);
    ApiJob* startJob(HttpConnection* connection, const HttpRequest& request, const QString& model, bool chat,
                     bool stream, bool include_usage);
    void checkModel(const QString& model) const; // throws ApiError
    void log(const HttpRequest& request, int status, const QJsonObject& usage, qint64 ms);

    static const Route kRoutes[];

    InferenceWorker* worker_;
    ApiServerOptions options_;
    ApiAccess access_;
    HttpServer http_;
    std::shared_ptr<StateCache> cache_; // used on the worker's thread only
    QString model_id_;
};

} // namespace linnet::app

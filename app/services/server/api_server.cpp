#include "api_server.h"
#include "state_cache.h"

#include "api_job.h"
#include "completion_runner.h"
#include "inference_worker.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace linnet::app {

namespace {

QString newId(const char* prefix)
{
    return QLatin1String(prefix) + QString::number(QRandomGenerator::global()->generate64(), 36);
}

ApiError parseError(const QJsonParseError& e)
{
    return ApiError::invalid(QObject::tr("The request body is not valid JSON (%1 at byte %2).").arg(e.errorString()).arg(e.offset));
}

} // namespace

const ApiServer::Route ApiServer::kRoutes[] = {
    {"GET", "/v1/models", &ApiServer::models},
    {"POST", "/v1/chat/completions", &ApiServer::chatCompletions},
    {"POST", "/v1/completions", &ApiServer::completions},
    {"POST", "/v1/embeddings", &ApiServer::embeddings},
};

ApiServer::ApiServer(InferenceWorker* worker, ApiServerOptions options, QObject* parent)
    : QObject(parent), worker_(worker), options_(std::move(options)),
      access_(options_.http.address, options_.api_key), http_([this] {
          HttpServerOptions http = options_.http;
          http.busy_body = ApiError::unavailable(tr("The server has too many connections; try again.")).body();
          return http;
      }()),
      cache_(std::make_shared<StateCache>(options_.cache_bytes))
{
    connect(&http_, &HttpServer::connectionOpened, this, &ApiServer::onConnection);
}

ApiServer::~ApiServer()
{
    http_.close();
}

QString ApiServer::start()
{
    if (QString refusal = access_.refusal(); !refusal.isEmpty())
        return refusal;
    return http_.listen();
}

QString ApiServer::baseUrl() const
{
    const QHostAddress a = http_.address();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? '[' + a.toString() + ']' : a.toString();
    return QStringLiteral("http://%1:%2/v1").arg(host).arg(http_.port());
}

QString ApiServer::modelIdFor(const QString& path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).completeBaseName();
}

void ApiServer::setModelPath(const QString& path)
{
    model_id_ = modelIdFor(path);
}

void ApiServer::onConnection(HttpConnection* connection)
{
    connect(connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest& request) { route(connection, request); });
    connect(connection, &HttpConnection::requestRejected, this, [this, connection](int status, const QString& message) {
        HttpRequest unread;
        unread.method = "?";
        reject(connection, unread, ApiError::fromHttp(status, message));
    });
}

void ApiServer::reject(HttpConnection* connection, const HttpRequest& request, const ApiError& error)
{
    HttpHeaders headers = access_.corsHeaders(request);
    headers.emplace_back("Content-Type", "application/json");
    connection->respond(error.status, headers, error.body());
    log(request, error.status, {}, 0);
}

void ApiServer::route(HttpConnection* connection, const HttpRequest& request)
{
    if (request.method == "OPTIONS") {
        connection->respond(204, access_.preflightHeaders(request), {});
        return;
    }
    try {
        if (auto refused = access_.check(request))
            throw *refused;
        const Route* found = nullptr;
        for (const Route& r : kRoutes)
            if (request.path == r.path && (!found || request.method == r.method))
                found = &r;
        if (!found)
            throw ApiError::notFound(tr("There is no %1 %2 here.").arg(QString::fromLatin1(request.method),
                                                                      QString::fromUtf8(request.path)));
        if (request.method != found->method)
            throw ApiError{405, QStringLiteral("invalid_request_error"),
                           tr("%1 takes %2 requests.").arg(QString::fromUtf8(request.path), found->method), {}, {}};
        QJsonObject body;
        if (request.method == "POST") {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError)
                throw parseError(error);
            if (!doc.isObject())
                throw ApiError::invalid(tr("The request body must be a JSON object."));
            body = doc.object();
        }
        (this->*found->handler)(connection, request, body);
    } catch (const ApiError& error) {
        reject(connection, request, error);
    }
}

void ApiServer::checkModel(const QString& model) const
{
    if (model_id_.isEmpty())
        throw ApiError::unavailable(tr("No model is loaded."));
    if (model != model_id_)
        throw ApiError::notFound(tr("The model '%1' does not exist here; this server has '%2'.").arg(model, model_id_),
                                 QStringLiteral("model_not_found"));
}

void ApiServer::models(HttpConnection* connection, const HttpRequest& request, const QJsonObject&)
{
    HttpHeaders headers = access_.corsHeaders(request);
    headers.emplace_back("Content-Type", "application/json");
    const QJsonObject list = modelList(model_id_, QDateTime::currentSecsSinceEpoch());
    connection->respond(200, headers, QJsonDocument(list).toJson(QJsonDocument::Compact));
    log(request, 200, {}, 0);
}

void ApiServer::chatCompletions(HttpConnection* connection, const HttpRequest& request, const QJsonObject& body)
{
    complete(connection, request,
             CompletionRequest::parse(CompletionRequest::Kind::Chat, body, options_.completion));
}

void ApiServer::completions(HttpConnection* connection, const HttpRequest& request, const QJsonObject& body)
{
    complete(connection, request,
             CompletionRequest::parse(CompletionRequest::Kind::Text, body, options_.completion));
}

ApiJob* ApiServer::startJob(HttpConnection* connection, const HttpRequest& request, const QString& model, bool chat,
                            bool stream, bool include_usage)
{
    checkModel(model);
    ApiJob::Options options;
    options.identity = {newId(chat ? "chatcmpl-" : "cmpl-"), model, QDateTime::currentSecsSinceEpoch(), chat};
    options.stream = stream;
    options.include_usage = include_usage;
    options.headers = access_.corsHeaders(request);
    auto* job = new ApiJob(connection, options);
    connect(job, &ApiJob::finished, this,
            [this, request](int status, const QJsonObject& usage, qint64 ms) { log(request, status, usage, ms); });
    return job;
}

void ApiServer::complete(HttpConnection* connection, const HttpRequest& request, const CompletionRequest& completion)
{
    const bool chat = completion.kind == CompletionRequest::Kind::Chat;
    ApiJob* job = startJob(connection, request, completion.model, chat, completion.stream, completion.include_usage);
    QMetaObject::invokeMethod(
        worker_,
        [worker = worker_, cache = cache_, job, completion, stop = job->stopFlag()] {
            try {
                if (stop->load())
                    return job->postOutcome({.finish_reason = QStringLiteral("cancelled")});
                if (!worker->model() || modelIdFor(worker->modelPath()) != completion.model)
                    throw ApiError::unavailable(tr("The model '%1' is no longer loaded.").arg(completion.model));
                CompletionRequest request = completion;
                request.think_mode = apiThinkMode(
                    completion, ChatTemplate::forVocabulary(worker->model()->info().n_vocab), worker->modelPath());
                CompletionRunner runner(*worker->model(), *worker->tokenizer(), *cache);
                const CompletionRunner::Sinks sinks{[job](const QString& text) { job->postText(text); },
                                                    [job](const QString& text) { job->postReasoning(text); }};
                const CompletionOutcome outcome = runner.complete(request, sinks, stop.get());
                job->postOutcome(outcome);
                runner.cacheTurnAsSentBack(request, outcome, stop.get()); // after the reply went out
            } catch (const ApiError& e) {
                job->postError(e);
            } catch (const std::exception& e) {
                job->postError(ApiError::internal(QString::fromStdString(e.what())));
            }
        },
        Qt::QueuedConnection);
}

void ApiServer::embeddings(HttpConnection* connection, const HttpRequest& request, const QJsonObject& body)
{
    const EmbeddingRequest embedding = EmbeddingRequest::parse(body);
    ApiJob* job = startJob(connection, request, embedding.model, false, false, false);
    QMetaObject::invokeMethod(
        worker_,
        [worker = worker_, cache = cache_, job, embedding, stop = job->stopFlag()] {
            try {
                if (!worker->model() || modelIdFor(worker->modelPath()) != embedding.model)
                    throw ApiError::unavailable(tr("The model '%1' is no longer loaded.").arg(embedding.model));
                CompletionRunner runner(*worker->model(), *worker->tokenizer(), *cache);
                const EmbeddingOutcome out = runner.embed(embedding, stop.get());
                job->postJson(embeddingsJson(embedding.model, out, embedding.base64),
                              {{"prompt_tokens", out.prompt_tokens}});
            } catch (const ApiError& e) {
                job->postError(e);
            } catch (const std::exception& e) {
                job->postError(ApiError::internal(QString::fromStdString(e.what())));
            }
        },
        Qt::QueuedConnection);
}

void ApiServer::log(const HttpRequest& request, int status, const QJsonObject& usage, qint64 ms)
{
    QJsonObject entry{{"time", QDateTime::currentDateTime().toString(Qt::ISODate)},
                      {"method", QString::fromLatin1(request.method)},
                      {"path", QString::fromUtf8(request.path)},
                      {"status", status},
                      {"ms", ms}};
    for (auto it = usage.begin(); it != usage.end(); ++it)
        entry[it.key()] = it.value();
    emit requestLogged(entry);
}

} // namespace linnet::app

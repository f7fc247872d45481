#include "api_job.h"

#include <QJsonDocument>

namespace linnet::app {

namespace {

const QByteArray kJson = "application/json";

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

ApiJob::ApiJob(HttpConnection* connection, Options options) : connection_(connection), options_(std::move(options))
{
    clock_.start();
    connect(connection, &HttpConnection::closed, this, [stop = stop_] { stop->store(true); });
}

void ApiJob::postText(const QString& text)
{
    QMetaObject::invokeMethod(this, [this, text] { onText(text, false); }, Qt::QueuedConnection);
}

void ApiJob::postReasoning(const QString& text)
{
    QMetaObject::invokeMethod(this, [this, text] { onText(text, true); }, Qt::QueuedConnection);
}

void ApiJob::postOutcome(const CompletionOutcome& outcome)
{
    QMetaObject::invokeMethod(this, [this, outcome] { onOutcome(outcome); }, Qt::QueuedConnection);
}

void ApiJob::postJson(const QJsonObject& body, const QJsonObject& usage)
{
    QMetaObject::invokeMethod(this, [this, body, usage] { onJson(body, usage); }, Qt::QueuedConnection);
}

void ApiJob::postError(const ApiError& error)
{
    QMetaObject::invokeMethod(this, [this, error] { onError(error); }, Qt::QueuedConnection);
}

void ApiJob::startStream()
{
    if (streaming_ || !connection_)
        return;
    streaming_ = true;
    HttpHeaders headers = options_.headers;
    headers.emplace_back("Content-Type", "text/event-stream");
    headers.emplace_back("Cache-Control", "no-cache");
    connection_->beginStream(200, headers);
    if (options_.identity.chat)
        sendEvent(compact(chunkJson(options_.identity, QString())));
}

void ApiJob::sendEvent(const QByteArray& data)
{
    if (connection_)
        connection_->sendChunk("data: " + data + "\n\n");
}

void ApiJob::onText(const QString& text, bool reasoning)
{
    if (!options_.stream)
        return;
    startStream();
    sendEvent(compact(reasoning ? reasoningChunkJson(options_.identity, text) : chunkJson(options_.identity, text)));
}

void ApiJob::onOutcome(const CompletionOutcome& outcome)
{
    const QJsonObject usage = usageJson(outcome);
    if (outcome.finish_reason == QLatin1String("cancelled") || !connection_) {
        finish(499, usage); // nginx's "client closed request": the log tells it apart
        return;
    }
    if (!options_.stream) {
        HttpHeaders headers = options_.headers;
        headers.emplace_back("Content-Type", kJson);
        connection_->respond(200, headers, compact(completionJson(options_.identity, outcome)));
        finish(200, usage);
        return;
    }
    startStream();
    sendEvent(compact(chunkJson(options_.identity, QString(), outcome.finish_reason)));
    if (options_.include_usage)
        sendEvent(compact(usageChunkJson(options_.identity, outcome)));
    sendEvent("[DONE]");
    connection_->endStream();
    finish(200, usage);
}

void ApiJob::onJson(const QJsonObject& body, const QJsonObject& usage)
{
    if (connection_) {
        HttpHeaders headers = options_.headers;
        headers.emplace_back("Content-Type", kJson);
        connection_->respond(200, headers, compact(body));
    }
    finish(connection_ ? 200 : 499, usage);
}

void ApiJob::onError(const ApiError& error)
{
    if (connection_ && streaming_) {
        // The status line is long gone: the error travels as an event, as OpenAI's do.
        sendEvent(error.body());
        connection_->endStream();
    } else if (connection_) {
        HttpHeaders headers = options_.headers;
        headers.emplace_back("Content-Type", kJson);
        connection_->respond(error.status, headers, error.body());
    }
    finish(error.status, {});
}

void ApiJob::finish(int status, const QJsonObject& usage)
{
    emit finished(status, usage, clock_.elapsed());
    deleteLater();
}

} // namespace linnet::app

// One API request in flight, on the server's thread: it receives what the engine's
// thread posts (reply text, the outcome, an error) and writes it to the client, as
// server-sent events or as one JSON response. Its stop flag is raised when the client
// goes away, which ends the generation within one token. It deletes itself after the
// engine's last word, never before (the engine's thread posts to it until then).
#pragma once

#include "api_error.h"
#include "api_json.h"
#include "http_connection.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace linnet::app {

class ApiJob : public QObject {
    Q_OBJECT

public:
    struct Options {
        ResponseIdentity identity;
        bool stream = false;
        bool include_usage = false;
        HttpHeaders headers; // sent with the response (CORS)
    };
    ApiJob(HttpConnection* connection, Options options);

    const std::shared_ptr<std::atomic<bool>>& stopFlag() const { return stop_; }

    // Thread-safe: each is queued to the job's thread. Outcome, JSON and error are final.
    void postText(const QString& text);
    void postReasoning(const QString& text); // a think-mode reply's thought
    void postOutcome(const CompletionOutcome& outcome);
    void postJson(const QJsonObject& body, const QJsonObject& usage);
    void postError(const ApiError& error);

signals:
    // The response is written (or the client left): for the request log.
    void finished(int status, const QJsonObject& usage, qint64 ms);

private:
    void onText(const QString& text, bool reasoning);
    void onOutcome(const CompletionOutcome& outcome);
    void onJson(const QJsonObject& body, const QJsonObject& usage);
    void onError(const ApiError& error);
    void startStream();
    void sendEvent(const QByteArray& data);
    void finish(int status, const QJsonObject& usage);

    QPointer<HttpConnection> connection_;
    Options options_;
    std::shared_ptr<std::atomic<bool>> stop_ = std::make_shared<std::atomic<bool>>(false);
    bool streaming_ = false;
    QElapsedTimer clock_;
};

} // namespace linnet::app

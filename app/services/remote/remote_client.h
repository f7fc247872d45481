// A client of an OpenAI-compatible server (another Linnet, ai00, llama.cpp's server,
// Ollama, vLLM, …): lists its models and streams chat completions as server-sent
// events. Asynchronous on the calling thread's event loop; every failure arrives as a
// sentence for the user (remote_errors.h).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace linnet::app {

struct RemoteEndpoint {
    QUrl base_url; // ends in /v1 (or wherever the server's /models and /chat/completions are)
    QString api_key;
    int timeout_ms = 60'000; // no byte for this long: the server is given up on
};

class RemoteClient : public QObject {
    Q_OBJECT

public:
    explicit RemoteClient(RemoteEndpoint endpoint, QObject* parent = nullptr);

    void listModels();
    // `request` is a chat completion body without "stream"; it is streamed.
    void streamChat(const QJsonObject& request);
    // Closes the stream: nothing more arrives, and finished() reports "stopped".
    void stop();

signals:
    void modelsListed(const QStringList& ids);
    void text(const QString& delta);
    // finish_reason as the server gave it ("stop", "length"), or "stopped" after stop().
    void finished(const QString& finish_reason, const QJsonObject& usage);
    void failed(const QString& message);

private:
    QNetworkRequest request(const QString& path) const;
    void readEvents();
    void handleEvent(const QByteArray& data);
    void onStreamEnded();
    void fail(const QString& message);
    QString host() const;

    RemoteEndpoint endpoint_;
    QNetworkAccessManager network_;
    QPointer<QNetworkReply> stream_;
    QByteArray buffer_;
    QString finish_reason_;
    QJsonObject usage_;
    bool done_ = false;  // the server said [DONE]
    bool ended_ = false; // finished() or failed() was sent: nothing more is
};

} // namespace linnet::app

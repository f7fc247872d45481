#include "remote_client.h"

#include "remote_errors.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace linnet::app {

RemoteClient::RemoteClient(RemoteEndpoint endpoint, QObject* parent) : QObject(parent), endpoint_(std::move(endpoint))
{
}

QString RemoteClient::host() const
{
    return endpoint_.base_url.host();
}

QNetworkRequest RemoteClient::request(const QString& path) const
{
    QUrl url = endpoint_.base_url;
    url.setPath(url.path().endsWith('/') ? url.path() + path : url.path() + '/' + path);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!endpoint_.api_key.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + endpoint_.api_key.toUtf8());
    r.setTransferTimeout(endpoint_.timeout_ms);
    return r;
}

void RemoteClient::listModels()
{
    QNetworkReply* reply = network_.get(request("models"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status >= 400) {
            emit failed(remoteErrorText(reply->error(), status, body, host()));
            return;
        }
        QStringList ids;
        for (const QJsonValue& m : QJsonDocument::fromJson(body).object()["data"].toArray())
            if (const QString id = m["id"].toString(); !id.isEmpty())
                ids << id;
        if (ids.isEmpty())
            emit failed(tr("%1 lists no models: is this an OpenAI-compatible API address?").arg(host()));
        else
            emit modelsListed(ids);
    });
}

void RemoteClient::streamChat(const QJsonObject& body)
{
    QJsonObject streamed = body;
    streamed["stream"] = true;
    streamed["stream_options"] = QJsonObject{{"include_usage", true}};
    buffer_.clear();
    finish_reason_.clear();
    usage_ = {};
    done_ = false;
    ended_ = false;
    stream_ = network_.post(request("chat/completions"), QJsonDocument(streamed).toJson(QJsonDocument::Compact));
    connect(stream_, &QNetworkReply::readyRead, this, &RemoteClient::readEvents);
    connect(stream_, &QNetworkReply::finished, this, &RemoteClient::onStreamEnded);
}

void RemoteClient::stop()
{
    if (!stream_ || ended_)
        return;
    ended_ = true;
    stream_->disconnect(this);
    stream_->abort();
    stream_->deleteLater();
    emit finished(QStringLiteral("stopped"), usage_);
}

void RemoteClient::fail(const QString& message)
{
    ended_ = true;
    if (stream_) {
        stream_->disconnect(this);
        stream_->abort();
        stream_->deleteLater();
    }
    emit failed(message);
}

void RemoteClient::readEvents()
{
    const int status = stream_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return; // the error body is read whole when the reply ends
    buffer_ += stream_->readAll();
    buffer_.replace("\r\n", "\n");
    for (qsizetype end; (end = buffer_.indexOf("\n\n")) >= 0;) {
        const QByteArray event = buffer_.left(end);
        buffer_.remove(0, end + 2);
        for (const QByteArray& line : event.split('\n'))
            if (line.startsWith("data:"))
                handleEvent(line.mid(5).trimmed());
    }
}

void RemoteClient::handleEvent(const QByteArray& data)
{
    if (data == "[DONE]") {
        done_ = true;
        return;
    }
    const QJsonObject event = QJsonDocument::fromJson(data).object();
    if (event.contains("error")) {
        fail(tr("%1 stopped with an error: %2").arg(host(), event["error"]["message"].toString()));
        return;
    }
    if (event["usage"].isObject())
        usage_ = event["usage"].toObject();
    const QJsonObject choice = event["choices"].toArray().first().toObject();
    if (const QString delta = choice["delta"]["content"].toString(); !delta.isEmpty())
        emit text(delta);
    if (const QString reason = choice["finish_reason"].toString(); !reason.isEmpty())
        finish_reason_ = reason;
}

void RemoteClient::onStreamEnded()
{
    if (ended_)
        return;
    QNetworkReply* reply = stream_;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400 || (reply->error() != QNetworkReply::NoError && !done_)) {
        fail(remoteErrorText(reply->error(), status, reply->readAll(), host()));
        return;
    }
    readEvents();
    if (ended_)
        return;
    if (!done_ && finish_reason_.isEmpty()) {
        fail(tr("%1 closed the connection before the reply was complete.").arg(host()));
        return;
    }
    ended_ = true;
    reply->deleteLater();
    emit finished(finish_reason_, usage_);
}

} // namespace linnet::app

#include "remote_errors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace linnet::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RemoteErrors", text);
}

QString serverMessage(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object()["error"].toObject()["message"].toString();
}

QString statusText(int status, const QString& host)
{
    switch (status) {
    case 401:
    case 403:
        return tr("%1 refused the API key. Check the key in the remote model's settings.").arg(host);
    case 404:
        return tr("%1 does not have this model (or this address is not an OpenAI-compatible API).").arg(host);
    case 429:
        return tr("%1 is busy or your quota is used up. Wait a moment and try again.").arg(host);
    default:
        return status >= 500 ? tr("%1 failed with an error of its own (HTTP %2).").arg(host).arg(status)
                             : tr("%1 refused the request (HTTP %2).").arg(host).arg(status);
    }
}

} // namespace

QString remoteErrorText(QNetworkReply::NetworkError error, int status, const QByteArray& body, const QString& host)
{
    if (status >= 400) {
        const QString detail = serverMessage(body);
        return detail.isEmpty() ? statusText(status, host) : statusText(status, host) + ' ' + detail;
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Cannot reach %1: nothing answers at that address. Is the server running?").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("Cannot find %1: check the address.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before the reply was complete.").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("%1 did not answer in time.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 failed: its certificate is not trusted.").arg(host);
    default:
        return tr("The connection to %1 failed.").arg(host);
    }
}

} // namespace linnet::app

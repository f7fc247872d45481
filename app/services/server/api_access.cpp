#include "api_access.h"

#include <QObject>
#include <QUrl>

namespace linnet::app {

namespace {

// Compares in time that does not depend on where the strings differ.
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < b.size(); ++i)
        diff |= static_cast<unsigned char>((i < a.size() ? a[i] : 0) ^ b[i]);
    return diff == 0;
}

bool isLoopbackName(const QString& host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

} // namespace

ApiAccess::ApiAccess(QHostAddress bind_address, QString api_key)
    : bind_address_(std::move(bind_address)), api_key_(api_key.toUtf8())
{
}

bool ApiAccess::isDefaultLoopback(const QHostAddress& address)
{
    return address == QHostAddress(QHostAddress::LocalHost) || address == QHostAddress(QHostAddress::LocalHostIPv6);
}

QString ApiAccess::refusal() const
{
    if (api_key_.isEmpty() && !isDefaultLoopback(bind_address_))
        return QObject::tr("Listening on %1 needs an API key: only 127.0.0.1 and ::1 are served without one.")
            .arg(bind_address_.toString());
    return {};
}

bool ApiAccess::isLocalOrigin(const QByteArray& origin)
{
    const QUrl url(QString::fromUtf8(origin));
    return (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           isLoopbackName(url.host());
}

bool ApiAccess::isLoopbackHost(const QByteArray& host)
{
    const QUrl url(QStringLiteral("http://") + QString::fromUtf8(host));
    return url.isValid() && isLoopbackName(url.host());
}

std::optional<ApiError> ApiAccess::check(const HttpRequest& request) const
{
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && origin != "null" && !isLocalOrigin(origin))
        return ApiError::forbidden(QObject::tr("Pages from %1 may not use this server.").arg(QString::fromUtf8(origin)));
    if (api_key_.isEmpty()) {
        if (!isLoopbackHost(request.header("host")))
            return ApiError::forbidden(QObject::tr("This server answers requests addressed to localhost only."));
        return std::nullopt;
    }
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return ApiError::unauthorized(QObject::tr("This server needs an API key: send \"Authorization: Bearer <key>\"."));
    if (!authorization.startsWith("Bearer ") || !sameSecret(authorization.mid(7).trimmed(), api_key_))
        return ApiError::unauthorized(QObject::tr("The API key is wrong."));
    return std::nullopt;
}

HttpHeaders ApiAccess::corsHeaders(const HttpRequest& request) const
{
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty() || !isLocalOrigin(origin))
        return {};
    return {{"Access-Control-Allow-Origin", origin}, {"Vary", "Origin"}};
}

HttpHeaders ApiAccess::preflightHeaders(const HttpRequest& request) const
{
    HttpHeaders headers = corsHeaders(request);
    if (!headers.isEmpty()) {
        headers.emplace_back("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        headers.emplace_back("Access-Control-Allow-Headers", "Authorization, Content-Type");
        headers.emplace_back("Access-Control-Max-Age", "600");
    }
    return headers;
}

} // namespace linnet::app

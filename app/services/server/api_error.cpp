#include "api_error.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace linnet::app {

QByteArray ApiError::body() const
{
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    const QJsonObject error{{"message", message}, {"type", type}, {"param", orNull(param)}, {"code", orNull(code)}};
    return QJsonDocument(QJsonObject{{"error", error}}).toJson(QJsonDocument::Compact);
}

ApiError ApiError::invalid(const QString& message, const QString& param)
{
    return {400, QStringLiteral("invalid_request_error"), message, param, {}};
}

ApiError ApiError::notFound(const QString& message, const QString& code)
{
    return {404, QStringLiteral("invalid_request_error"), message, {}, code};
}

ApiError ApiError::unauthorized(const QString& message)
{
    return {401, QStringLiteral("authentication_error"), message, {}, QStringLiteral("invalid_api_key")};
}

ApiError ApiError::forbidden(const QString& message)
{
    return {403, QStringLiteral("permission_error"), message, {}, {}};
}

ApiError ApiError::fromHttp(int status, const QString& message)
{
    return {status, QStringLiteral("invalid_request_error"), message, {}, {}};
}

ApiError ApiError::internal(const QString& message)
{
    return {500, QStringLiteral("server_error"), message, {}, {}};
}

ApiError ApiError::unavailable(const QString& message)
{
    return {503, QStringLiteral("server_error"), message, {}, QStringLiteral("server_busy")};
}

} // namespace linnet::app

// Errors of the OpenAI-compatible API, in OpenAI's shape:
//   {"error": {"message": "...", "type": "invalid_request_error", "param": "max_tokens", "code": null}}
// with the HTTP status OpenAI's clients expect for each kind. Request handlers throw
// an ApiError; the router turns it into the response.
#pragma once

#include <QByteArray>
#include <QString>

namespace linnet::app {

struct ApiError {
    int status = 400;
    QString type = QStringLiteral("invalid_request_error");
    QString message;
    QString param; // the request field at fault, when there is one
    QString code;  // a machine-readable code ("model_not_found", "invalid_api_key", …)

    QByteArray body() const;

    static ApiError invalid(const QString& message, const QString& param = {});
    static ApiError notFound(const QString& message, const QString& code = {});
    static ApiError unauthorized(const QString& message);
    static ApiError forbidden(const QString& message);
    static ApiError fromHttp(int status, const QString& message); // a request that could not be read
    static ApiError internal(const QString& message);
    static ApiError unavailable(const QString& message);
};

} // namespace linnet::app

// Who may use the local server. Without an API key it answers only on 127.0.0.1 or
// ::1 exactly, the default bind: every other address, other 127.x addresses included,
// needs a key, since a user who chose another address may have made the port
// reachable (a container, a forwarded port) and the rule stays one a user can read.
// With a key, every request must carry "Authorization: Bearer <key>".
//
// Browsers: pages on localhost may call the API (CORS); a request from any other
// page's origin is refused, and without a key the Host header must name the loopback
// address, so a remote page cannot reach the server by rebinding its own DNS name.
#pragma once

#include "api_error.h"
#include "http_request.h"
#include "http_response.h"

#include <QHostAddress>

#include <optional>

namespace linnet::app {

class ApiAccess {
public:
    ApiAccess(QHostAddress bind_address, QString api_key);

    // 127.0.0.1 or ::1: the addresses served without a key.
    static bool isDefaultLoopback(const QHostAddress& address);
    // Empty when this bind and key may serve, else why not (in words).
    QString refusal() const;

    std::optional<ApiError> check(const HttpRequest& request) const;
    // Headers every response to this request carries (CORS for localhost pages).
    HttpHeaders corsHeaders(const HttpRequest& request) const;
    // The answer to a CORS preflight (OPTIONS).
    HttpHeaders preflightHeaders(const HttpRequest& request) const;

private:
    static bool isLocalOrigin(const QByteArray& origin);
    static bool isLoopbackHost(const QByteArray& host);

    QHostAddress bind_address_;
    QByteArray api_key_;
};

} // namespace linnet::app

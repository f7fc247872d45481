// What went wrong talking to a remote OpenAI-compatible server, in words a user
// understands: the network, the key (401), the server's limits (429), time-outs.
#pragma once

#include <QNetworkReply>
#include <QString>

namespace linnet::app {

// `status` is the HTTP status (0 when none came back); `body` the server's answer,
// whose OpenAI error message is quoted when it has one.
QString remoteErrorText(QNetworkReply::NetworkError error, int status, const QByteArray& body, const QString& host);

} // namespace linnet::app

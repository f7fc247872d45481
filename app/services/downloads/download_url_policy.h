// Which addresses Linnet downloads from: HTTPS only, except plain HTTP to this machine
// (loopback), which tests and local mirrors use.
#pragma once

#include <QString>
#include <QUrl>

namespace linnet::app {

// Empty when `url` may be used, else why not (for the user).
QString downloadUrlProblem(const QUrl& url);
inline bool isAllowedDownloadUrl(const QUrl& url) { return downloadUrlProblem(url).isEmpty(); }

// A plain file name (no folder, no "..", not hidden) that is safe to create in a folder.
bool isSafeFileName(const QString& name);

} // namespace linnet::app

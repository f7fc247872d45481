#include "download_url_policy.h"

#include <QHostAddress>
#include <QObject>

namespace linnet::app {

namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString downloadUrlProblem(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QObject::tr("'%1' is not a valid web address.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return QObject::tr("'%1' is refused: Linnet downloads only over HTTPS.").arg(url.toString());
}

bool isSafeFileName(const QString& name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    if (name.isEmpty() || name.size() > 255 || name.startsWith('.'))
        return false;
    for (const QChar c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            return false;
    return true;
}

} // namespace linnet::app

#include "mirror_failures.h"

#include <QUrl>

namespace linnet::app {

QString hostLabel(const QUrl& url)
{
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

bool isUnreachable(QNetworkReply::NetworkError error)
{
    static const QList<QNetworkReply::NetworkError> unreachable = {
        QNetworkReply::HostNotFoundError,         QNetworkReply::ConnectionRefusedError,
        QNetworkReply::NetworkSessionFailedError, QNetworkReply::TemporaryNetworkFailureError,
        QNetworkReply::UnknownNetworkError,       QNetworkReply::ProxyConnectionRefusedError,
        QNetworkReply::ProxyNotFoundError,
    };
    return unreachable.contains(error);
}

void MirrorFailures::add(const QString& host, const QString& why, bool unreachable)
{
    failures_.append({host, why, unreachable});
}

QString MirrorFailures::summary(const QString& name) const
{
    QStringList hosts;
    QStringList reasons;
    bool all_unreachable = true;
    for (const Failure& f : failures_) {
        if (!hosts.contains(f.host))
            hosts << f.host;
        reasons << f.why;
        all_unreachable = all_unreachable && f.unreachable;
    }
    if (failures_.isEmpty())
        return {};
    if (failures_.size() == 1 && !all_unreachable)
        return reasons.first();
    if (all_unreachable) {
        const QString summary = tr("No internet connection: could not reach %1.").arg(orList(hosts));
        // A single address may just be mistyped: its own error says so.
        return failures_.size() == 1 ? summary + QLatin1Char(' ') + reasons.first() : summary;
    }
    return tr("%1 could not be downloaded from %2.").arg(name, orList(hosts)) + QLatin1Char(' ') +
           reasons.join(QLatin1Char(' '));
}

QString MirrorFailures::orList(const QStringList& items)
{
    if (items.size() < 2)
        return items.value(0);
    QString list = items.first();
    for (qsizetype i = 1; i + 1 < items.size(); ++i)
        list = tr("%1, %2", "the first items of a list ending in 'or'").arg(list, items[i]);
    return tr("%1 or %2", "the last item of a list").arg(list, items.last());
}

} // namespace linnet::app

#include "download_url_policy.h"

#include "input_limits.h"

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
    if (name.isEmpty() || name.size() > limits::kMaxFileNameChars || name.startsWith('.'))
        return false;
    // Invisible characters make a name read differently from what it is: U+202E turns
    // "model‮nib.exe" around on screen; controls and unpaired surrogates have no place in a name.
    for (const char32_t c : name.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if ((c < 0x80 && forbidden.contains(QChar(c))) || category == QChar::Other_Control ||
            category == QChar::Other_Format || category == QChar::Other_Surrogate ||
            category == QChar::Other_NotAssigned || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

} // namespace linnet::app

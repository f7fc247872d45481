#include "http_headers.h"

#include <QRegularExpression>

namespace linnet::app {

std::optional<ContentRange> parseContentRange(const QByteArray& value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*bytes\s+(\d{1,18})-(\d{1,18})/(\d{1,18})\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return std::nullopt;
    ContentRange r{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong()};
    if (r.first > r.last || r.last >= r.total)
        return std::nullopt;
    return r;
}

QByteArray rangeFrom(qint64 offset)
{
    return "bytes=" + QByteArray::number(offset) + "-";
}

bool isSha256Hex(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QString sha256FromEtag(const QByteArray& value)
{
    QString v = QString::fromLatin1(value).trimmed();
    if (v.startsWith(QLatin1String("W/")))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    v = v.toLower();
    return isSha256Hex(v) ? v : QString();
}

} // namespace linnet::app

#include "text_input.h"

#include "command.h"
#include "input_limits.h"
#include "options.h"

#include <QStringDecoder>

namespace linnet::cli {

namespace {

constexpr char16_t kEscapeBase = 0xDC00; // + a byte in 0x80..0xFF

// The length of the valid UTF-8 character at s[i], or 0 when the bytes there are not one.
int valid_sequence(const QByteArray& s, qsizetype i)
{
    const auto b = uchar(s[i]);
    int len = 0;
    uchar lo = 0x80, hi = 0xBF; // allowed second byte: no overlong forms, surrogates or values past U+10FFFF
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        len = 2;
    else if (b >= 0xE0 && b <= 0xEF)
        len = 3, lo = b == 0xE0 ? 0xA0 : lo, hi = b == 0xED ? 0x9F : hi;
    else if (b >= 0xF0 && b <= 0xF4)
        len = 4, lo = b == 0xF0 ? 0x90 : lo, hi = b == 0xF4 ? 0x8F : hi;
    else
        return 0;
    for (int k = 1; k < len; ++k) {
        if (i + k >= s.size())
            return 0;
        const auto c = uchar(s[i + k]);
        if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF))
            return 0;
    }
    return len;
}

QString decode_lossless(const QByteArray& bytes)
{
    QString out;
    for (qsizetype i = 0; i < bytes.size();) {
        const int len = valid_sequence(bytes, i);
        if (len == 0) {
            out += QChar(char16_t(kEscapeBase + uchar(bytes[i])));
            ++i;
            continue;
        }
        // Decoded without a BOM check: a leading U+FEFF is text like any other.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        out += utf8(bytes.mid(i, len));
        i += len;
    }
    return out;
}

} // namespace

QStringList lossless_arguments(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << decode_lossless(QByteArray(argv[i]));
    return args;
}

QByteArray argument_bytes(const QString& argument)
{
    QByteArray out;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        const QChar c = argument[i];
        const bool paired = c.isHighSurrogate() && i + 1 < argument.size() && argument[i + 1].isLowSurrogate();
        if (paired) {
            out += QStringView(argument).mid(i, 2).toUtf8();
            ++i;
        } else if (c.unicode() >= kEscapeBase + 0x80 && c.unicode() <= kEscapeBase + 0xFF) {
            out += char(c.unicode() - kEscapeBase);
        } else {
            out += QStringView(&c, 1).toUtf8();
        }
    }
    return out;
}

QByteArray text_or_file(const QCommandLineParser& parser, const QString& text_option, const QString& file_option)
{
    if (parser.isSet(text_option) && parser.isSet(file_option))
        throw Failure(QString("give either --%1 or --%2, not both").arg(text_option, file_option).toStdString());
    if (parser.isSet(file_option))
        return read_input_file(parser.value(file_option), app::limits::kMaxTextFileBytes, "text file");
    return argument_bytes(parser.value(text_option));
}

} // namespace linnet::cli

// Text given to linnet-cli, as the bytes the user gave. The byte-level tokenizers read
// exactly those bytes, so nothing on the way may drop a byte-order mark or turn invalid
// UTF-8 into U+FFFD: arguments are decoded losslessly (an invalid byte becomes the lone
// surrogate U+DC80 + byte, as Python's "surrogateescape" does) and encoded back the same way.
#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace linnet::cli {

QStringList lossless_arguments(int argc, char** argv);
// The bytes an argument decoded by lossless_arguments() came from.
QByteArray argument_bytes(const QString& argument);

// The bytes of --<text_option> or of the file named by --<file_option>; empty when neither
// is set. Both at once is refused.
QByteArray text_or_file(const QCommandLineParser& parser, const QString& text_option, const QString& file_option);

} // namespace linnet::cli

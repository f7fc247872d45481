#include "command.h"
#include "options.h"
#include "text_input.h"

namespace linnet::cli {

Command tokenize_command()
{
    return {"tokenize", "Turn text into token ids.",
            [](QCommandLineParser& p) {
                add_tokenizer_options(p);
                p.addOption({"text", "The text, byte for byte (a byte-order mark and invalid UTF-8 are kept).", "text"});
                p.addOption({"text-file", "A file whose bytes are the text.", "file"});
            },
            [](const QCommandLineParser& p) {
                const auto tokenizer = make_tokenizer(p);
                const QByteArray text = text_or_file(p, "text", "text-file");
                const auto ids = tokenizer->encode(std::string_view(text.constData(), size_t(text.size())));
                return QJsonObject{{"ids", to_json(std::span<const int32_t>(ids))}};
            }};
}

Command detokenize_command()
{
    return {"detokenize", "Turn token ids into text (invalid UTF-8 becomes U+FFFD).",
            [](QCommandLineParser& p) {
                add_tokenizer_options(p);
                p.addOption({"ids", "Comma-separated token ids.", "ids"});
            },
            [](const QCommandLineParser& p) {
                const auto tokenizer = make_tokenizer(p);
                const auto ids = parse_tokens(p.value("ids"));
                return QJsonObject{{"text", QString::fromStdString(sanitize_utf8(tokenizer->decode(ids)))}};
            }};
}

} // namespace linnet::cli

#include "command.h"
#include "data_location.h"
#include "options.h"
#include "tokenizer_provider.h"

namespace linnet::cli {

namespace {

void add_tokenizer_options(QCommandLineParser& p)
{
    p.addOption({"tokenizer", "world, neox, bytes or the path of a tokenizer file.", "name"});
    p.addOption({"tokenizer-dir", "Where the world and neox files are (default: LINNET_TOKENIZER_DIR, else "
                                  "the data folder's tokenizers/).", "dir"});
}

std::unique_ptr<Tokenizer> tokenizer_from(const QCommandLineParser& p)
{
    if (!p.isSet("tokenizer"))
        throw Failure("--tokenizer is required");
    const QString dir = p.isSet("tokenizer-dir") ? p.value("tokenizer-dir") : app::DataLocation().tokenizerDir();
    return app::tokenizerByName(p.value("tokenizer"), dir);
}

} // namespace

Command tokenize_command()
{
    return {"tokenize", "Turn text into token ids.",
            [](QCommandLineParser& p) {
                add_tokenizer_options(p);
                p.addOption({"text", "The text.", "text"});
            },
            [](const QCommandLineParser& p) {
                const auto tokenizer = tokenizer_from(p);
                const QByteArray text = p.value("text").toUtf8();
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
                const auto tokenizer = tokenizer_from(p);
                const auto ids = parse_tokens(p.value("ids"));
                return QJsonObject{{"text", QString::fromStdString(sanitize_utf8(tokenizer->decode(ids)))}};
            }};
}

} // namespace linnet::cli

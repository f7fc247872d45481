#include "command.h"
#include "linnet/tokenizer.h"
#include "input_limits.h"
#include "options.h"

#include <QFile>

#include <cmath>

namespace linnet::cli {

namespace {

QByteArray read_text_file(const QString& path)
{
    return read_input_file(path, app::limits::kMaxTextFileBytes, "text file");
}

std::vector<int32_t> tokens_to_score(const QCommandLineParser& p, const Model& model)
{
    if (p.isSet("tokens-file"))
        return parse_tokens(QString::fromUtf8(read_text_file(p.value("tokens-file"))).simplified().remove(' '));
    if (!p.isSet("text-file"))
        throw Failure("--text-file (or --tokens-file) is required");
    const QByteArray text = read_text_file(p.value("text-file"));
    return make_tokenizer(p, &model)->encode(std::string_view(text.constData(), size_t(text.size())));
}

// −log softmax(logits)[target], in double.
double negative_log_likelihood(std::span<const float> logits, int32_t target)
{
    double peak = logits[0];
    for (float l : logits)
        peak = std::max(peak, static_cast<double>(l));
    double sum = 0;
    for (float l : logits)
        sum += std::exp(static_cast<double>(l) - peak);
    return std::log(sum) + peak - logits[target];
}

} // namespace

Command perplexity_command()
{
    return {"perplexity", "Score a text: mean negative log-likelihood per token and perplexity.",
            [](QCommandLineParser& p) {
                add_model_options(p);
                p.addOption({"text-file", "UTF-8 text to score (read with the model's tokenizer, or --tokenizer).",
                             "file"});
                add_tokenizer_options(p, true);
                p.addOption({"tokens-file", "Token ids to score instead, comma-separated.", "file"});
            },
            [](const QCommandLineParser& p) {
                const auto model = load_model(p);
                const auto tokens = tokens_to_score(p, *model);
                if (tokens.size() < 2)
                    throw Failure("the text must have at least two tokens to score");
                State state = model->initial_state();
                double nll = 0;
                FeedOptions options;
                // The logits after token i predict token i + 1.
                options.token_logits = [&](size_t i, std::span<const float> logits) {
                    if (i + 1 < tokens.size())
                        nll += negative_log_likelihood(logits, tokens[i + 1]);
                };
                model->feed(tokens, state, {}, options);
                const double scored = static_cast<double>(tokens.size() - 1);
                return QJsonObject{
                    {"tokens", static_cast<qint64>(tokens.size() - 1)},
                    {"nll", nll / scored},
                    {"perplexity", std::exp(nll / scored)},
                    {"strategy", QString::fromStdString(model->strategy().text)},
                };
            }};
}

} // namespace linnet::cli

#include "command.h"
#include "linnet/sampler.h"
#include "options.h"

namespace linnet::cli {

Command generate_command()
{
    return {"generate", "Continue a token sequence (greedy unless a temperature is given).",
            [](QCommandLineParser& p) {
                add_model_options(p);
                p.addOption({"tokens", "Comma-separated prompt token ids.", "ids"});
                p.addOption({"prompt", "Prompt text (tokenized with the model's tokenizer, or --tokenizer); adds \"text\" "
                                       "to the output.", "text"});
                add_tokenizer_options(p, true);
                p.addOption({"max-tokens", "Number of tokens to generate.", "n"});
                p.addOption({"temperature", "0 (greedy, the default) or higher for variety.", "t"});
                p.addOption({"seed", "Random seed (same seed, same output).", "s"});
            },
            [](const QCommandLineParser& p) {
                if (p.isSet("tokens") == p.isSet("prompt"))
                    throw Failure("give either --tokens or --prompt");
                const int max_tokens = parse_int(p, "max-tokens", -1, 0, 1 << 20);
                if (max_tokens < 0)
                    throw Failure("--max-tokens is required");
                SamplingParams params;
                params.temperature = static_cast<float>(parse_double(p, "temperature", 0.0));
                params.seed = static_cast<uint64_t>(parse_double(p, "seed", 0));
                Sampler sampler(params);

                const auto model = load_model(p);
                std::unique_ptr<Tokenizer> tokenizer;
                std::vector<int32_t> prompt;
                if (p.isSet("prompt") || p.isSet("tokenizer"))
                    tokenizer = make_tokenizer(p, model.get());
                if (p.isSet("prompt")) {
                    const QByteArray text = p.value("prompt").toUtf8();
                    prompt = tokenizer->encode(std::string_view(text.constData(), size_t(text.size())));
                } else {
                    prompt = parse_tokens(p.value("tokens"));
                }
                if (prompt.empty())
                    throw Failure("the prompt must have at least one token");
                State state = model->initial_state();
                std::vector<float> logits(model->info().n_vocab);
                model->feed(prompt, state, logits);
                std::vector<int32_t> out;
                for (int i = 0; i < max_tokens; ++i) {
                    const int32_t token = sampler.sample(logits);
                    sampler.accept(token);
                    out.push_back(token);
                    if (i + 1 < max_tokens)
                        model->feed(std::span(&token, 1), state, logits, {.mode = Mode::Rnn});
                }
                QJsonObject result{{"tokens", to_json(std::span<const int32_t>(out))}};
                if (tokenizer)
                    result["text"] = QString::fromStdString(sanitize_utf8(tokenizer->decode(out)));
                return result;
            }};
}

} // namespace linnet::cli

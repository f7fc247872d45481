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
                p.addOption({"max-tokens", "Number of tokens to generate.", "n"});
                p.addOption({"temperature", "0 (greedy, the default) or higher for variety.", "t"});
                p.addOption({"seed", "Random seed (same seed, same output).", "s"});
            },
            [](const QCommandLineParser& p) {
                const auto prompt = parse_tokens(p.value("tokens"));
                if (prompt.empty())
                    throw Failure("--tokens must name at least one prompt token");
                const int max_tokens = parse_int(p, "max-tokens", -1, 0, 1 << 20);
                if (max_tokens < 0)
                    throw Failure("--max-tokens is required");
                SamplingParams params;
                params.temperature = static_cast<float>(parse_double(p, "temperature", 0.0));
                params.seed = static_cast<uint64_t>(parse_double(p, "seed", 0));
                Sampler sampler(params);

                const auto model = load_model(p);
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
                return QJsonObject{{"tokens", to_json(std::span<const int32_t>(out))}};
            }};
}

} // namespace linnet::cli

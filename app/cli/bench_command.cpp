#include "command.h"
#include "linnet/sampler.h"
#include "options.h"

#include <QElapsedTimer>

#include <sys/resource.h>

namespace linnet::cli {

namespace {

double peak_rss_mb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

} // namespace

Command bench_command()
{
    return {"bench", "Measure load time, prompt speed, generation speed and peak memory.",
            [](QCommandLineParser& p) {
                add_model_options(p);
                p.addOption({"prompt-tokens", "Prompt length (default 512).", "n", "512"});
                p.addOption({"gen-tokens", "Tokens to generate (default 128).", "n", "128"});
            },
            [](const QCommandLineParser& p) {
                const int prompt_tokens = parse_int(p, "prompt-tokens", 512, 1, 1 << 20);
                const int gen_tokens = parse_int(p, "gen-tokens", 128, 1, 1 << 20);
                QElapsedTimer timer;
                timer.start();
                const auto model = load_model(p);
                const double load_ms = timer.nsecsElapsed() / 1e6;

                // A fixed pseudo-random prompt: the same work on every run.
                const int vocab = model->info().n_vocab;
                std::vector<int32_t> prompt(prompt_tokens);
                uint32_t x = 12345;
                for (auto& t : prompt) {
                    x = x * 1664525u + 1013904223u;
                    t = static_cast<int32_t>((x >> 8) % static_cast<uint32_t>(vocab));
                }
                State state = model->initial_state();
                std::vector<float> logits(vocab);
                timer.restart();
                model->feed(prompt, state, logits);
                const double prefill_s = timer.nsecsElapsed() / 1e9;

                timer.restart();
                for (int i = 0; i < gen_tokens; ++i) {
                    const int32_t token = argmax(logits);
                    model->feed(std::span(&token, 1), state, logits, {.mode = Mode::Rnn});
                }
                const double gen_ms = timer.nsecsElapsed() / 1e6 / gen_tokens;
                return QJsonObject{
                    {"load_ms", load_ms},
                    {"prefill_tokens_per_s", prompt_tokens / prefill_s},
                    {"gen_ms_per_token", gen_ms},
                    {"peak_rss_mb", peak_rss_mb()},
                    {"threads", model->threads()},
                };
            }};
}

} // namespace linnet::cli

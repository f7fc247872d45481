#include "command.h"
#include "linnet/sampler.h"
#include "memory_probe.h"
#include "options.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

namespace linnet::cli {

namespace {

// A fixed pseudo-random prompt: the same work on every run.
std::vector<int32_t> bench_prompt(int length, int vocab)
{
    std::vector<int32_t> prompt(length);
    uint32_t x = 12345;
    for (auto& t : prompt) {
        x = x * 1664525u + 1013904223u;
        t = static_cast<int32_t>((x >> 8) % static_cast<uint32_t>(vocab));
    }
    return prompt;
}

struct Run {
    double prefill_tokens_per_s = 0;
    double gen_ms_per_token = 0;      // mean over the generated tokens
    double gen_ms_best_token = 1e30;  // fastest single token
};

Run run_once(Model& model, const std::vector<int32_t>& prompt, int gen_tokens)
{
    Run run;
    State state = model.initial_state();
    std::vector<float> logits(model.info().n_vocab);
    QElapsedTimer timer;
    timer.start();
    model.feed(prompt, state, logits);
    run.prefill_tokens_per_s = prompt.size() / (timer.nsecsElapsed() / 1e9);

    QElapsedTimer total;
    total.start();
    for (int i = 0; i < gen_tokens; ++i) {
        const int32_t token = argmax(logits);
        timer.restart();
        model.feed(std::span(&token, 1), state, logits, {.mode = Mode::Rnn});
        run.gen_ms_best_token = std::min(run.gen_ms_best_token, timer.nsecsElapsed() / 1e6);
    }
    run.gen_ms_per_token = total.nsecsElapsed() / 1e6 / gen_tokens;
    return run;
}

} // namespace

Command bench_command()
{
    return {"bench",
            "Measure load time, prompt speed, generation speed against the memory-bandwidth roofline, and peak memory.",
            [](QCommandLineParser& p) {
                add_model_options(p);
                p.addOption({"prompt-tokens", "Prompt length (default 512).", "n", "512"});
                p.addOption({"gen-tokens", "Tokens to generate (default 128).", "n", "128"});
                p.addOption({"repeat", "Runs of prompt + generation; the best is reported (default 1).", "n", "1"});
                p.addOption({"skip-bandwidth", "Do not measure the memory bandwidth."});
            },
            [](const QCommandLineParser& p) {
                const int prompt_tokens = parse_int(p, "prompt-tokens", 512, 1, 1 << 20);
                const int gen_tokens = parse_int(p, "gen-tokens", 128, 1, 1 << 20);
                const int repeat = parse_int(p, "repeat", 1, 1, 1000);
                // What the process holds before the model (libraries, Qt): the load's own
                // overhead is load_peak_rss_mb - base_rss_mb - weight_bytes.
                const double base_mb = resident_mb();
                QElapsedTimer timer;
                timer.start();
                const auto model = load_model(p);
                const double load_ms = timer.nsecsElapsed() / 1e6;
                const double load_peak_mb = peak_resident_mb();

                // Measured right before the runs, with the engine's thread count.
                const double bandwidth = p.isSet("skip-bandwidth") ? 0 : read_bandwidth_gbs(model->threads());
                reset_peak_resident();

                const auto prompt = bench_prompt(prompt_tokens, model->info().n_vocab);
                QJsonArray prefill_runs, gen_runs;
                Run best;
                best.gen_ms_per_token = 1e30;
                for (int i = 0; i < repeat; ++i) {
                    const Run r = run_once(*model, prompt, gen_tokens);
                    prefill_runs.append(r.prefill_tokens_per_s);
                    gen_runs.append(r.gen_ms_per_token);
                    best.prefill_tokens_per_s = std::max(best.prefill_tokens_per_s, r.prefill_tokens_per_s);
                    best.gen_ms_per_token = std::min(best.gen_ms_per_token, r.gen_ms_per_token);
                    best.gen_ms_best_token = std::min(best.gen_ms_best_token, r.gen_ms_best_token);
                }
                const double run_peak_mb = peak_resident_mb();
                // Again after the runs: a large change means the machine was not quiet.
                const double bandwidth_after = p.isSet("skip-bandwidth") ? 0 : read_bandwidth_gbs(model->threads());
                const double bytes_per_token = static_cast<double>(model->weight_bytes_per_token());
                QJsonObject result{
                    {"strategy", QString::fromStdString(model->strategy().text)},
                    {"threads", model->threads()},
                    {"load_ms", load_ms},
                    {"prefill_tokens_per_s", best.prefill_tokens_per_s},
                    {"gen_ms_per_token", best.gen_ms_per_token},
                    {"gen_ms_best_token", best.gen_ms_best_token},
                    {"weight_bytes", static_cast<qint64>(model->weight_bytes())},
                    {"weight_bytes_per_token", static_cast<qint64>(bytes_per_token)},
                    {"peak_rss_mb", std::max(load_peak_mb, run_peak_mb)},
                    {"load_peak_rss_mb", load_peak_mb},
                    {"base_rss_mb", base_mb},
                    {"run_peak_rss_mb", run_peak_mb},
                };
                if (bandwidth > 0) {
                    result["bandwidth_gbs"] = bandwidth;
                    result["bandwidth_after_gbs"] = bandwidth_after;
                    result["roofline_ms_per_token"] = bytes_per_token / (bandwidth * 1e9) * 1e3;
                }
                if (repeat > 1) {
                    result["prefill_runs"] = prefill_runs;
                    result["gen_runs"] = gen_runs;
                }
                return result;
            }};
}

} // namespace linnet::cli

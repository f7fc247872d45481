#include "command.h"
#include "generation_pipeline.h"
#include "linnet/cpu.h"
#include "memory_probe.h"
#include "read_probe.h"
#include "options.h"
#include "speed_estimate.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <thread>

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
    std::vector<ProductTiming> products; // of the generated tokens, with --profile
};

// Where a generated token's time goes: the matrix products by shape (most time first)
// and the rest (recurrences, norms, activations, sampling).
QJsonObject profile_json(const Run& run, int gen_tokens)
{
    auto products = run.products;
    std::sort(products.begin(), products.end(),
              [](const ProductTiming& a, const ProductTiming& b) { return a.seconds > b.seconds; });
    QJsonArray list;
    double total_ms = 0;
    for (const ProductTiming& t : products) {
        const double ms = t.seconds * 1e3 / gen_tokens;
        total_ms += ms;
        list.append(QJsonObject{{"precision", QString::fromStdString(t.precision)},
                                {"rows", t.rows},
                                {"in", t.in},
                                {"out", t.out},
                                {"calls_per_token", static_cast<double>(t.calls) / gen_tokens},
                                {"ms_per_token", ms},
                                {"gbs", t.seconds > 0 ? t.calls * double(t.weight_bytes) / t.seconds / 1e9 : 0.0}});
    }
    return {{"products", list},
            {"products_ms_per_token", total_ms},
            {"other_ms_per_token", run.gen_ms_per_token - total_ms}};
}

// Greedy tokens, each read with its logits, so that every token costs the same.
app::GenerationSettings greedy(int tokens)
{
    app::GenerationSettings settings;
    settings.sampling.temperature = 0;
    settings.max_tokens = tokens;
    settings.logits_after_last = true;
    return settings;
}

Run run_once(Model& model, const std::vector<int32_t>& prompt, int gen_tokens, bool profile)
{
    Run run;
    // A token's time runs from its sampling to the next one's (the last: to the end).
    QElapsedTimer token_timer;
    auto token_done = [&] {
        if (token_timer.isValid())
            run.gen_ms_best_token = std::min(run.gen_ms_best_token, token_timer.nsecsElapsed() / 1e6);
        token_timer.restart();
    };
    app::GenerationPipeline pipeline(model, nullptr, {.token = [&](int32_t) { token_done(); }});
    State state = model.initial_state();
    pipeline.read(prompt, state);
    run.prefill_tokens_per_s = prompt.size() / (pipeline.stats().prompt_ms / 1e3);

    model.set_profiling(profile);
    QElapsedTimer total;
    total.start();
    pipeline.generate(greedy(gen_tokens), state);
    token_done();
    run.gen_ms_per_token = total.nsecsElapsed() / 1e6 / gen_tokens;
    if (profile) {
        run.products = model.product_timings();
        model.set_profiling(false);
    }
    return run;
}

// Generation timed against a read test taken right before each round of kRoundTokens
// tokens, so each round's gen/roofline pairs the two under the same host load. Their
// median stays put when the host's bandwidth drifts during a run, which a single read
// test before the run cannot tell.
constexpr int kRoundTokens = 16;

QJsonObject paired_rounds(Model& model, int rounds, double bytes_per_token)
{
    app::ReadProbe probe(model.threads(), kReadProbeBytes);
    if (!probe)
        return {}; // no memory for the probe's buffer
    // A token costs the same from any state: one token read gives the first logits.
    State state = model.initial_state();
    app::GenerationPipeline pipeline(model, nullptr);
    const int32_t first = 0;
    pipeline.read(std::span(&first, 1), state);
    QJsonArray list;
    std::vector<double> ratios;
    for (int r = 0; r < rounds; ++r) {
        const double bandwidth = probe.bytesPerSecond(5) / 1e9;
        QElapsedTimer timer;
        timer.start();
        pipeline.generate(greedy(kRoundTokens), state);
        const double ms = timer.nsecsElapsed() / 1e6 / kRoundTokens;
        const double ratio = ms / (bytes_per_token / (bandwidth * 1e9) * 1e3);
        ratios.push_back(ratio);
        list.append(QJsonObject{{"bandwidth_gbs", bandwidth}, {"gen_ms_per_token", ms}, {"gen_roofline", ratio}});
    }
    std::sort(ratios.begin(), ratios.end());
    const size_t n = ratios.size();
    const double median = n % 2 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    return {{"tokens_per_round", kRoundTokens}, {"rounds", list}, {"gen_roofline_median", median}};
}

// The Models dialog's estimate for this model (speed_estimate.h, with the window's own
// read test), next to the measured generation speed: how far the estimate is off here.
QJsonObject estimate_json(const Model& model, double gen_ms_per_token)
{
    const auto precision = app::precisionOfStrategy(QString::fromStdString(model.strategy().text));
    if (!precision)
        return {};
    app::CatalogModel shape;
    shape.parameters = model.info().parameters;
    const app::MachineSpeed machine = app::measureReadSpeeds(int(std::thread::hardware_concurrency()));
    const double estimate = app::estimatedTokensPerSecond(shape, model.info().n_vocab, *precision, machine);
    const double measured = 1e3 / gen_ms_per_token;
    const qint64 bytes = app::bytesReadPerToken(shape, model.info().n_vocab, *precision);
    return {{"read_bytes_per_s", machine.read_bytes_per_s},
            {"read_bytes_per_s_at_size", app::readSpeedFor(machine, bytes)},
            {"bytes_per_token", double(bytes)},
            {"tokens_per_s", estimate},
            {"measured_tokens_per_s", measured},
            {"measured_over_estimate", estimate > 0 ? measured / estimate : 0.0}};
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
                p.addOption({"paired-rounds",
                             "After the runs, N rounds of a read test followed by 16 generated tokens; reports each "
                             "round's gen/roofline and their median (\"paired\"), which holds when the host's "
                             "bandwidth drifts (default 0).",
                             "n", "0"});
                p.addOption({"profile", "Also time every matrix product while generating and report where a token's "
                                        "time goes (\"profile\", from the last run)."});
            },
            [](const QCommandLineParser& p) {
                const int prompt_tokens = parse_int(p, "prompt-tokens", 512, 1, 1 << 20);
                const int gen_tokens = parse_int(p, "gen-tokens", 128, 1, 1 << 20);
                const int repeat = parse_int(p, "repeat", 1, 1, 1000);
                const int rounds = parse_int(p, "paired-rounds", 0, 0, 1000);
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
                const bool profile = p.isSet("profile");
                Run best, last;
                best.gen_ms_per_token = 1e30;
                for (int i = 0; i < repeat; ++i) {
                    const Run r = run_once(*model, prompt, gen_tokens, profile);
                    last = r;
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
                    {"threads_in_use", model->threads_in_use()}, // at the end, with the automatic count
                    // The same CPU level `info` names, and the level the 4-bit kernels run at
                    // within it (the AVX-512 4-bit kernel also needs VNNI).
                    {"cpu", cpu_level_name(cpu_level())},
                    {"q4_kernel", Model::kernel_level()},
                    {"load_ms", load_ms},
                    {"packed_weights_from_cache", model->packed_weights_from_cache()},
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
                if (profile)
                    result["profile"] = profile_json(last, gen_tokens);
                // After the peaks above: the read test's buffer must not count in them.
                if (!p.isSet("skip-bandwidth"))
                    result["estimate"] = estimate_json(*model, best.gen_ms_per_token);
                // Last: its probe buffer must not count in the peaks above.
                if (rounds > 0 && !p.isSet("skip-bandwidth"))
                    result["paired"] = paired_rounds(*model, rounds, bytes_per_token);
                if (repeat > 1) {
                    result["prefill_runs"] = prefill_runs;
                    result["gen_runs"] = gen_runs;
                }
                return result;
            }};
}

} // namespace linnet::cli

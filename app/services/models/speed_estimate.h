// How fast a catalog model would write on this computer, before it is downloaded.
// Writing one token reads every weight once (of the embedding, one row), so
//     seconds a token ≈ bytes read per token ÷ (memory read speed × efficiency)
//                       + a fixed cost per token,
// where `efficiency` is the share of the read test's speed the matrix products reach and
// the fixed cost is what is not reading weights (recurrences, norms, thread hand-offs).
// Both are set from `linnet-cli bench` on the 0.1B–13.3B RWKV-7 shapes (docs/benchmarks.md,
// "The speed estimate against bench"). From the same figures follow the precision a
// model should run in and the model to suggest first.
#pragma once

#include "model_catalog.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace linnet::app {

enum class WeightPrecision { Fp32, Bf16, Int8, Bit4 };

// The read test over one buffer size: every core reading a buffer of `bytes` at once.
struct ReadSpeed {
    qint64 bytes = 0;
    double bytes_per_s = 0;
};

// The read tests' buffer beyond any cache of a desktop or laptop processor.
constexpr qint64 kReadTestBytes = 256ll << 20;

struct MachineSpeed {
    double read_bytes_per_s = 0; // memory read by every core at once (kReadTestBytes)
    qint64 memory_bytes = 0;     // 0: unknown
    double efficiency = 0.85;    // the read speed the matrix products reach ÷ the read test's
    double token_overhead_s = 0.0006; // per token, besides reading the weights
    // The same test over smaller buffers, by ascending size. Some processors share a
    // cache of hundreds of MB: a small model's token then reads part of its weights from
    // there, up to three times faster than from memory (docs/benchmarks.md).
    QList<ReadSpeed> small_reads;
};

// The read speed a token that reads `bytes` meets: between two tested sizes interpolated
// in the logarithm of the size, below the smallest that one's, from kReadTestBytes on
// read_bytes_per_s; never below read_bytes_per_s (a small buffer's passes are short
// enough for thread start-up to weigh).
double readSpeedFor(const MachineSpeed& machine, qint64 bytes);

// The strategy word of a precision: "fp32", "bf16", "bf16i8", "bf16i4".
QString precisionName(WeightPrecision precision);

// The precision of a one-stage strategy ("cpu bf16i4", "cpu fp32i8"); nothing for
// strategies that mix precisions across layers, or that are not valid.
std::optional<WeightPrecision> precisionOfStrategy(const QString& strategy);

// The precision `precision`'s weights are kept in on this CPU: bf16 is fp32 below AVX-512
// (linnet::cpu_keeps_bf16_weights); the others are themselves.
WeightPrecision stored(WeightPrecision precision);

// Weights read per token at `precision` (as stored on this CPU): everything but the embedding, whose one row
// is negligible; at 4 bits the head in int8. `vocab` is the tokenizer's vocabulary size.
qint64 bytesReadPerToken(const CatalogModel& model, int vocab, WeightPrecision precision);

// The vocabulary size of a catalog tokenizer; 65536 (the World vocabulary) when unknown.
int catalogVocab(const ModelCatalog& catalog, const QString& tokenizer);

double estimatedTokensPerSecond(const CatalogModel& model, int vocab, WeightPrecision precision,
                                const MachineSpeed& machine);

// Memory to run `model` at `precision`: its weights at their stored width, plus what the engine
// needs besides (states, buffers, the program itself).
qint64 estimatedMemory(const CatalogModel& model, WeightPrecision precision);

// The fastest precision whose perplexity stays within 5 % of fp32 on the RWKV version
// (measured on the tiny models, docs/benchmarks.md); int8 where 4 bits were not measured.
WeightPrecision defaultPrecision(const QString& version);

// "cpu " and the default precision's word: the strategy a model runs in until its user
// chooses one.
QString defaultStrategy(const QString& version);

// The first model to suggest: among chat models of the newest generation, the largest
// that fits in half the memory at its default precision and still writes at least
// `usable_tokens_per_s`; when none is that fast, the fastest that fits. Empty: none fits.
// `vocab` gives each model's vocabulary size by its tokenizer id.
QString fastRecommendedModel(const QList<CatalogModel>& models, const std::function<int(const QString&)>& vocab,
                             const MachineSpeed& machine, double usable_tokens_per_s = 10);

// As above, with each model's tokens/s at a precision given by `tokens_per_s` (the
// estimate corrected by what Linnet measured, speed_corrections.h).
using SpeedOf = std::function<double(const CatalogModel&, WeightPrecision)>;
QString fastRecommendedModel(const QList<CatalogModel>& models, const SpeedOf& tokens_per_s,
                             qint64 memory_bytes, double usable_tokens_per_s = 10);

// Reads a buffer of `bytes` with `threads` threads ten times (read_probe.h); the best
// bytes per second.
double measureReadSpeed(int threads, qint64 bytes = kReadTestBytes);

// The read test at kReadTestBytes and at the smaller sizes that small models' tokens read
// (32 MB to 181 MB, steps of √2): read_bytes_per_s and small_reads, the rest default.
MachineSpeed measureReadSpeeds(int threads);

} // namespace linnet::app

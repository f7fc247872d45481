// A loaded RWKV model (v4, v5.1, v5.2, v6, v7) and the forward pass over it.
//
//   auto model = linnet::Model::load("rwkv7.bin");
//   linnet::State state = model->initial_state();
//   std::vector<float> logits(model->info().n_vocab);
//   model->feed(tokens, state, logits);
//
// A Model is used by one thread at a time (it owns its scratch buffers); the app keeps
// it on its inference worker thread.
#pragma once

#include "linnet/model_info.h"
#include "linnet/state.h"
#include "linnet/strategy.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace linnet {

struct LoadOptions {
    std::string strategy = "cpu fp32"; // precision per layer (linnet/strategy.h)
    // 0: the number of cores, at most 8, and fewer while other programs keep cores busy
    // (generated tokens are timed and other counts tried now and then; results are the
    // same for every count). A number: exactly that many.
    int threads = 0;
    // Tokens per matrix product in sequence mode (rounded up to a power of two): 128
    // reads 1.5B-parameter prompts 4-9 % faster than 64. (A stop request does not wait
    // for the chunk to end: FeedOptions::cancel.)
    int sequence_chunk = 128;
    // Overrides the GroupNorm eps of ln_x (default: 1e-5 for RWKV-5 .bin files, 64e-5
    // otherwise). Applies to every version; meant for RWKV-5 files converted elsewhere.
    std::optional<float> group_norm_eps;
    // Called while the weights are converted, with the share done (0 to 1).
    std::function<void(float done)> progress;
    // A folder where 4-bit weights are kept once packed, one file per model file:
    // later loads with the same strategy and threads read them instead of packing
    // again (most of a 4-bit load). Empty: no cache. A damaged or stale file is not
    // used and is written anew; remove_packed_weights() removes a model's copies.
    std::string packed_cache_dir;
};

// Removes the packed 4-bit copies of the model at `model_path` kept in `cache_dir`.
void remove_packed_weights(const std::string& cache_dir, const std::string& model_path);
// The bytes those copies take on disk (0 when there are none).
uint64_t packed_weights_bytes(const std::string& cache_dir, const std::string& model_path);

// Rnn: one token at a time (matrix-vector products). Sequence: the tokens of a chunk
// go through every matrix product together; only the recurrences run token by token.
// Both give the same logits and state.
enum class Mode { Rnn, Sequence };

struct FeedOptions {
    Mode mode = Mode::Sequence;
    // Checked before every layer; a chunk stopped midway is undone, so the state always
    // holds whole chunks (Model::feed).
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(size_t done, size_t total)> progress;    // after each chunk
    // When set, receives the logits after every token read (`index` into the tokens);
    // the output head then runs for every token instead of only the last (scoring text).
    std::function<void(size_t index, std::span<const float> logits)> token_logits;
};

// How long one kind of matrix product took while profiling was on (Model::set_profiling).
struct ProductTiming {
    std::string precision; // of the weights: "fp32", "bf16" or "int8"
    int rows = 0;          // tokens per product, padded to a power of two (1 when generating)
    int in = 0, out = 0;
    int64_t calls = 0;
    double seconds = 0;
    size_t weight_bytes = 0; // read by one call
};

// Reads a model file's header and tensor table only (no weights are converted): its
// version and sizes, for import checks and model lists. `fingerprint` stays empty.
// Throws linnet::Error exactly as load() would for a damaged file.
ModelInfo inspect_model(const std::string& path);

class Model {
public:
    // Throws linnet::Error with a message that names the problem.
    static std::unique_ptr<Model> load(const std::string& path, const LoadOptions& options = {});
    ~Model();
    Model(const Model&) = delete;
    Model& operator=(const Model&) = delete;

    const ModelInfo& info() const;
    int threads() const;
    // The threads generation runs on now: threads(), or fewer while the automatic count
    // (LoadOptions::threads = 0) finds other programs keeping cores busy.
    int threads_in_use() const;
    const StrategyPlan& strategy() const;
    // Bytes of converted weights in memory (matrices and the embedding table).
    size_t weight_bytes() const;
    // Bytes of weights one token reads (every matrix once, one embedding row): the
    // memory traffic that bounds generation speed.
    size_t weight_bytes_per_token() const;
    // Whether the 4-bit weights were read from LoadOptions::packed_cache_dir.
    bool packed_weights_from_cache() const;

    State initial_state() const;

    // While on, every matrix product is timed (two clock reads each), to show where a
    // token's time goes; switching on clears the earlier timings.
    void set_profiling(bool on);
    std::vector<ProductTiming> product_timings() const;
    // The ISA level of Linnet's own 4-bit kernels on this CPU: "avx512", "avx2" or
    // "generic" (LINNET_CPU=avx2 or generic forces a lower one).
    static const char* kernel_level();

    // Throws Error(StateMismatch) unless `state` was made by this model's weights and
    // holds no logits or exactly one per vocabulary entry.
    void check_state(const State& state) const;

    // Reads `tokens` into `state`. When `logits` is not empty (n_vocab floats) it
    // receives the logits after the last token. Returns the number of tokens read: all
    // of them, unless options.cancel was raised (then the state holds the tokens read
    // so far and the logits are not written).
    size_t feed(std::span<const int32_t> tokens, State& state, std::span<float> logits,
                const FeedOptions& options = {});

    struct Impl;

private:
    explicit Model(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace linnet

#include "linnet/model.h"

#include "linnet/cpu.h"
#include "linnet/error.h"
#include "hash.h"
#include "kernels.h"
#include "layers.h"
#include "matmul.h"
#include "model_config.h"
#include "packed_cache.h"
#include "q4.h"
#include "thread_governor.h"
#include "weight_reader.h"
#include "wkv.h"

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace linnet {

namespace {

bool is_generated_token(std::span<const int32_t> tokens, const FeedOptions& options)
{
    return tokens.size() == 1 && !options.token_logits;
}

int default_threads()
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    return static_cast<int>(std::min(cores, 8u));
}

std::string hex64(uint64_t v)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

// The embedding table with ln0 already applied, in fp32 or (for bf16 strategies) bf16.
class EmbeddingTable {
public:
    void load(WeightReader& reader, WeightArena& arena, const LayerNormWeights& ln0, int rows, int cols, bool bf16)
    {
        cols_ = cols;
        const size_t n = static_cast<size_t>(rows) * cols;
        if (bf16)
            bf16_ = static_cast<uint16_t*>(arena.allocate(n * sizeof(uint16_t)));
        else
            f32_ = static_cast<float*>(arena.allocate(n * sizeof(float)));
        // ln0 only ever applies to embedding rows, so it is folded into the table once.
        reader.table("emb.weight", rows, cols, [&](int first, int count, const float* values) {
            const size_t offset = static_cast<size_t>(first) * cols;
            const size_t size = static_cast<size_t>(count) * cols;
            if (f32_) {
                ln0.apply(values, f32_ + offset, count);
                return;
            }
            std::vector<float> normed(size);
            ln0.apply(values, normed.data(), count);
            kernels::to_bf16(normed.data(), bf16_ + offset, size);
        });
        bytes_ = n * (bf16 ? 2 : 4);
    }

    void row(int32_t token, float* out) const
    {
        const size_t offset = static_cast<size_t>(token) * cols_;
        if (f32_) {
            std::memcpy(out, f32_ + offset, sizeof(float) * cols_);
            return;
        }
        for (int i = 0; i < cols_; ++i)
            out[i] = bf16_to_f32(bf16_[offset + i]);
    }

    size_t bytes() const { return bytes_; }
    size_t row_bytes() const { return cols_ * (f32_ ? 4 : 2); }

private:
    int cols_ = 0;
    float* f32_ = nullptr;
    uint16_t* bf16_ = nullptr;
    size_t bytes_ = 0;
};

} // namespace

struct Model::Impl {
    struct Layer {
        LayerNormWeights ln1, ln2;
        std::unique_ptr<TimeMix> time_mix;
        std::unique_ptr<ChannelMix> channel_mix;
    };

    Impl(const LoadOptions& options)
        : threads(options.threads > 0 ? options.threads : default_threads()), governed(options.threads <= 0),
          governor(threads),
          matmul(std::max(1, options.sequence_chunk), std::max(threads, default_threads())),
          scratch(matmul.max_rows()), progress(options.progress)
    {
    }

    void load(const TensorSet& tensors, const std::string& path, PackedCache* cache)
    {
        WeightReader reader(tensors, matmul, path);
        reader.set_packed_cache(cache);
        const int c = info.n_embed;
        const auto ln0 = LayerNormWeights::read(reader, "blocks.0.ln0", c);
        embedding.load(reader, matmul.arena(), ln0, info.n_vocab, c, uses_bf16(plan.layers[0]));
        for (int l = 0; l < info.n_layer; ++l) {
            reader.set_precision(plan.layers[l]);
            Layer layer;
            layer.ln1 = LayerNormWeights::read(reader, block_tensor(l, "ln1"), c);
            layer.ln2 = LayerNormWeights::read(reader, block_tensor(l, "ln2"), c);
            layer.time_mix = read_time_mix(reader, info, l);
            layer.channel_mix = read_channel_mix(reader, info, l);
            layers.push_back(std::move(layer));
            if (progress)
                progress(float(l + 1) / float(info.n_layer + 1)); // the head is the last share
        }
        ln_out = LayerNormWeights::read(reader, "ln_out", c);
        reader.set_precision(head_precision(plan.head()));
        head = reader.linear("head.weight", info.n_vocab, c);
        reader.check_all_used();
        matmul.release_load_buffer();
        // The loader threads' freed conversion buffers stay resident in glibc's
        // per-thread arenas unless given back (docs/benchmarks.md has the size).
#ifdef __GLIBC__
        malloc_trim(0);
#endif
        weight_bytes = matmul.arena().bytes_allocated();
        weight_bytes_per_token = reader.matrix_bytes() + embedding.row_bytes();

        uint64_t h = reader.fingerprint();
        for (int v : {static_cast<int>(info.arch), info.n_layer, info.n_embed, info.n_head, info.n_vocab, info.n_ffn})
            h = hash_mix(h, static_cast<uint64_t>(v));
        info.fingerprint = hex64(h);

        const size_t rows = static_cast<size_t>(matmul.max_rows());
        x.assign(rows * c, 0.0f);
        a.assign(rows * c, 0.0f);
        v_first.assign(rows * c, 0.0f);
        last.assign(c, 0.0f);
    }

    // Reads `t` tokens (t ≤ the chunk size) through every layer.
    // Returns false, with the state half-updated, when `cancel` was raised between layers.
    bool run_chunk(const int32_t* tokens, int t, float* state, float* logits, const std::atomic<bool>* cancel)
    {
        const int c = info.n_embed;
        for (int row = 0; row < t; ++row)
            embedding.row(tokens[row], x.data() + static_cast<size_t>(row) * c);
        const int64_t per_layer = state_floats_per_layer(info);
        for (int l = 0; l < info.n_layer; ++l) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
            const Layer& layer = layers[l];
            LayerContext cx{scratch, t, l, state + l * per_layer, v_first.data()};
            layer.ln1.apply(x.data(), a.data(), t);
            layer.time_mix->apply(a.data(), x.data(), cx);
            layer.ln2.apply(x.data(), a.data(), t);
            layer.channel_mix->apply(a.data(), x.data(), cx);
        }
        if (logits) {
            ln_out.apply(x.data() + static_cast<size_t>(t - 1) * c, last.data(), 1);
            head.apply(last.data(), 1, logits);
        }
        return true;
    }

    // The logits after each of the chunk's `t` rows (run_chunk has just read them).
    void chunk_logits(int t, size_t first_index, const FeedOptions& options)
    {
        const size_t v = static_cast<size_t>(info.n_vocab);
        all_logits.resize(static_cast<size_t>(matmul.padded_rows(t)) * v);
        float* normed = a.data();
        ln_out.apply(x.data(), normed, t);
        head.apply(normed, t, all_logits.data());
        for (int row = 0; row < t; ++row)
            options.token_logits(first_index + row, std::span<const float>(all_logits.data() + row * v, v));
    }

    ModelInfo info;
    int threads;
    bool governed; // automatic thread count: fewer while other programs keep cores busy
    ThreadGovernor governor;
    int chunk = 64;
    std::vector<float> chunk_start; // the state before a chunk that may be stopped midway
    MatmulRuntime matmul;
    Scratch scratch;
    std::function<void(float)> progress;
    StrategyPlan plan;
    size_t weight_bytes = 0, weight_bytes_per_token = 0;
    bool packed_from_cache = false;
    EmbeddingTable embedding;
    std::vector<Layer> layers;
    LayerNormWeights ln_out;
    Linear head;
    std::vector<float> x, a, v_first, last, all_logits;
};

ModelInfo inspect_model(const std::string& path)
{
    return detect_model(open_model_file(path, Contents::Shapes), path);
}

Model::Model(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Model::~Model() = default;

std::unique_ptr<Model> Model::load(const std::string& path, const LoadOptions& options)
{
    if (const std::string problem = cpu_unsupported_message(); !problem.empty())
        throw Error(ErrorKind::InvalidArgument, problem);
    TensorSet tensors = open_model_file(path);
    auto impl = std::make_unique<Impl>(options);
    impl->chunk = impl->matmul.max_rows();
    impl->info = detect_model(tensors, path);
    impl->plan = parse_strategy(options.strategy, impl->info.n_layer);
    if (impl->info.head_size > kMaxHeadSize)
        throw Error(ErrorKind::ShapeMismatch, "The model '" + path + "' has heads of " +
                                                  std::to_string(impl->info.head_size) + " channels; Linnet supports at most " +
                                                  std::to_string(kMaxHeadSize));
    if (options.group_norm_eps)
        impl->info.group_norm_eps = *options.group_norm_eps;
    // Converting the weights runs on every thread (products later run on one-thread
    // primitives, as many at once as threads_in_use()).
    omp_set_num_threads(impl->threads);
    std::unique_ptr<PackedCache> cache;
    if (!options.packed_cache_dir.empty()) {
        // What the packed bytes depend on besides the file: the strategy (which matrices
        // are 4-bit), the group size and the matrices' split across threads.
        const std::string key = impl->plan.text + "\n" + std::to_string(impl->matmul.q4_group()) + "\n" +
                                std::to_string(impl->matmul.threads());
        cache = std::make_unique<PackedCache>(options.packed_cache_dir, path, key);
    }
    impl->load(tensors, path, cache.get());
    if (cache) {
        cache->commit();
        impl->packed_from_cache = cache->used();
    }
    tensors.release_sources();
    return std::unique_ptr<Model>(new Model(std::move(impl)));
}

const ModelInfo& Model::info() const { return impl_->info; }
int Model::threads() const { return impl_->threads; }
int Model::threads_in_use() const { return impl_->governed ? impl_->governor.threads() : impl_->threads; }
const StrategyPlan& Model::strategy() const { return impl_->plan; }
size_t Model::weight_bytes() const { return impl_->weight_bytes; }
size_t Model::weight_bytes_per_token() const { return impl_->weight_bytes_per_token; }
bool Model::packed_weights_from_cache() const { return impl_->packed_from_cache; }

State Model::initial_state() const { return State::initial(impl_->info); }

void Model::set_profiling(bool on) { impl_->matmul.set_profiling(on); }

std::vector<ProductTiming> Model::product_timings() const
{
    std::vector<ProductTiming> list;
    for (const auto& [shape, t] : impl_->matmul.timings()) {
        const auto [type, rows, k, n] = shape;
        constexpr const char* kNames[] = {"fp32", "bf16", "int8", "int4"}; // by WeightType
        const char* precision = kNames[static_cast<int>(type)];
        list.push_back({precision, rows, k, n, t.calls, t.seconds, t.weight_bytes});
    }
    return list;
}

const char* Model::kernel_level() { return q4::level(); }

void Model::check_state(const State& state) const
{
    const ModelInfo& i = impl_->info;
    const bool same_shape = state.arch() == i.arch && state.n_layer() == i.n_layer && state.n_embed() == i.n_embed &&
                            state.n_head() == i.n_head && state.head_size() == i.head_size;
    if (!same_shape)
        throw Error(ErrorKind::StateMismatch,
                    std::string("This saved state was made by a different kind of model (RWKV-") + arch_name(state.arch()) +
                        ", " + std::to_string(state.n_layer()) + " layers, " + std::to_string(state.n_embed()) +
                        " channels) and cannot continue with the loaded RWKV-" + arch_name(i.arch) + " model");
    if (state.fingerprint() != i.fingerprint)
        throw Error(ErrorKind::StateMismatch,
                    "This saved state was made with other weights (fingerprint " + state.fingerprint() +
                        ", loaded model " + i.fingerprint + ") and cannot continue with this model");
    // The checksum is no secret: a file may carry any number of logits, and feed() copies
    // them into a buffer of the vocabulary's size.
    if (!state.logits().empty() && state.logits().size() != static_cast<size_t>(i.n_vocab))
        throw Error(ErrorKind::StateMismatch, "This saved state holds scores for " + std::to_string(state.logits().size()) +
                                                  " tokens but the model's vocabulary has " + std::to_string(i.n_vocab) +
                                                  "; the state is damaged");
}

size_t Model::feed(std::span<const int32_t> tokens, State& state, std::span<float> logits, const FeedOptions& options)
{
    Impl& m = *impl_;
    check_state(state);
    if (!logits.empty() && logits.size() != static_cast<size_t>(m.info.n_vocab))
        throw Error(ErrorKind::InvalidArgument, "internal: logits buffer of " + std::to_string(logits.size()) +
                                                    " floats for a vocabulary of " + std::to_string(m.info.n_vocab));
    for (int32_t id : tokens)
        if (id < 0 || id >= m.info.n_vocab)
            throw Error(ErrorKind::InvalidArgument, "Token id " + std::to_string(id) + " is outside the model's vocabulary (0 to " +
                                                        std::to_string(m.info.n_vocab - 1) + ")");
    if (tokens.empty()) {
        if (!logits.empty()) {
            if (state.logits().empty())
                throw Error(ErrorKind::InvalidArgument, "The state holds no logits; give at least one token");
            std::copy(state.logits().begin(), state.logits().end(), logits.begin());
        }
        return 0;
    }

    // With the automatic thread count, generated tokens (one per call) are timed; prompts
    // run on the count generation settled on: timing prompt chunks too would make the
    // first long prompt on a quiet machine pay for the trials.
    const bool timed = m.governed && is_generated_token(tokens, options);
    omp_set_num_threads(threads_in_use());
    const size_t step = options.mode == Mode::Rnn ? 1 : static_cast<size_t>(m.chunk);
    const size_t total = tokens.size();
    state.clear_logits();
    for (size_t done = 0; done < total;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return done;
        const size_t n = std::min(step, total - done);
        const bool last = done + n == total;
        const auto start = timed ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
        // A chunk of a large model takes up to seconds: a stop request is also seen between
        // its layers, and the chunk is then undone. (At 1.5B the copy takes ~1 ms, the
        // chunk 0.35 s in int8, 1 s in fp32; a stop came 11-36 ms after the request.)
        const bool stoppable = options.cancel && n > 1;
        if (stoppable)
            m.chunk_start.assign(state.values().begin(), state.values().end());
        if (!m.run_chunk(tokens.data() + done, static_cast<int>(n), state.values().data(),
                         last && !logits.empty() ? logits.data() : nullptr, stoppable ? options.cancel : nullptr)) {
            std::copy(m.chunk_start.begin(), m.chunk_start.end(), state.values().begin());
            return done;
        }
        if (options.token_logits)
            m.chunk_logits(static_cast<int>(n), done, options);
        if (timed)
            m.governor.record(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        done += n;
        if (options.progress)
            options.progress(done, total);
    }
    if (!logits.empty())
        state.set_logits(logits);
    return total;
}

} // namespace linnet

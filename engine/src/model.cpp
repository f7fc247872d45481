#include "linnet/model.h"

#include "linnet/error.h"
#include "hash.h"
#include "layers.h"
#include "matmul.h"
#include "model_config.h"
#include "weight_reader.h"

#include <omp.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <thread>

namespace linnet {

namespace {

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

} // namespace

struct Model::Impl {
    struct Layer {
        LayerNormWeights ln1, ln2;
        std::unique_ptr<TimeMix> time_mix;
        std::unique_ptr<ChannelMix> channel_mix;
    };

    Impl(const LoadOptions& options)
        : threads(options.threads > 0 ? options.threads : default_threads()),
          matmul(std::max(1, options.sequence_chunk)), scratch(matmul.max_rows())
    {
    }

    void load(const TensorSet& tensors, const std::string& path)
    {
        WeightReader reader(tensors, matmul, path);
        const int c = info.n_embed;
        // ln0 only ever applies to embedding rows, so it is folded into the table once.
        const auto ln0 = LayerNormWeights::read(reader, "blocks.0.ln0", c);
        embedding = reader.table("emb.weight", info.n_vocab, c);
        ln0.apply(embedding.data(), embedding.data(), info.n_vocab);
        for (int l = 0; l < info.n_layer; ++l) {
            Layer layer;
            layer.ln1 = LayerNormWeights::read(reader, block_tensor(l, "ln1"), c);
            layer.ln2 = LayerNormWeights::read(reader, block_tensor(l, "ln2"), c);
            layer.time_mix = read_time_mix(reader, info, l);
            layer.channel_mix = read_channel_mix(reader, info, l);
            layers.push_back(std::move(layer));
        }
        ln_out = LayerNormWeights::read(reader, "ln_out", c);
        head = reader.linear("head.weight", info.n_vocab, c);
        reader.check_all_used();

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
    void run_chunk(const int32_t* tokens, int t, float* state, float* logits)
    {
        const int c = info.n_embed;
        for (int row = 0; row < t; ++row)
            std::memcpy(x.data() + static_cast<size_t>(row) * c,
                        embedding.data() + static_cast<size_t>(tokens[row]) * c, sizeof(float) * c);
        const int64_t per_layer = state_floats_per_layer(info);
        for (int l = 0; l < info.n_layer; ++l) {
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
    }

    ModelInfo info;
    int threads;
    int chunk = 64;
    MatmulRuntime matmul;
    Scratch scratch;
    std::vector<float> embedding; // n_vocab × C, ln0 applied
    std::vector<Layer> layers;
    LayerNormWeights ln_out;
    Linear head;
    std::vector<float> x, a, v_first, last;
};

ModelInfo inspect_model(const std::string& path)
{
    return detect_model(open_model_file(path, Contents::Shapes), path);
}

Model::Model(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Model::~Model() = default;

std::unique_ptr<Model> Model::load(const std::string& path, const LoadOptions& options)
{
    TensorSet tensors = open_model_file(path);
    auto impl = std::make_unique<Impl>(options);
    impl->chunk = impl->matmul.max_rows();
    impl->info = detect_model(tensors, path);
    if (options.group_norm_eps)
        impl->info.group_norm_eps = *options.group_norm_eps;
    // oneDNN picks its blocking for the thread count current when a primitive is made.
    omp_set_num_threads(impl->threads);
    impl->load(tensors, path);
    tensors.release_sources();
    return std::unique_ptr<Model>(new Model(std::move(impl)));
}

const ModelInfo& Model::info() const { return impl_->info; }
int Model::threads() const { return impl_->threads; }

State Model::initial_state() const { return State::initial(impl_->info); }

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

    omp_set_num_threads(m.threads);
    const size_t step = options.mode == Mode::Rnn ? 1 : static_cast<size_t>(m.chunk);
    const size_t total = tokens.size();
    state.clear_logits();
    for (size_t done = 0; done < total;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return done;
        const size_t n = std::min(step, total - done);
        const bool last = done + n == total;
        m.run_chunk(tokens.data() + done, static_cast<int>(n), state.values().data(),
                    last && !logits.empty() ? logits.data() : nullptr);
        done += n;
        if (options.progress)
            options.progress(done, total);
    }
    if (!logits.empty())
        state.set_logits(logits);
    return total;
}

} // namespace linnet

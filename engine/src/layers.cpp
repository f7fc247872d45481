#include "layers.h"

#include "kernels.h"
#include "weight_reader.h"

namespace linnet {

void LayerNormWeights::apply(const float* x, float* y, int rows, float eps) const
{
    kernels::layer_norm(x, y, rows, static_cast<int>(weight.size()), weight.data(), bias.data(), eps);
}

LayerNormWeights LayerNormWeights::read(WeightReader& reader, const std::string& prefix, int n)
{
    return {reader.values(prefix + ".weight", {n}), reader.values(prefix + ".bias", {n})};
}

float* Scratch::get(int slot, size_t width)
{
    if (slot >= static_cast<int>(slots_.size()))
        slots_.resize(slot + 1);
    auto& s = slots_[slot];
    const size_t need = width * max_rows_;
    if (s.size() < need)
        s.resize(need, 0.0f);
    return s.data();
}

int64_t state_floats_per_layer(const ModelInfo& info)
{
    return info.arch == Arch::V4 ? 5 * int64_t(info.n_embed) : int64_t(2 + info.head_size) * info.n_embed;
}

std::vector<float> lerp_to_shift(std::vector<float> mu)
{
    for (float& m : mu)
        m = static_cast<float>(1.0 - static_cast<double>(m));
    return mu;
}

std::unique_ptr<TimeMix> read_time_mix(WeightReader& reader, const ModelInfo& info, int layer)
{
    switch (info.arch) {
    case Arch::V4: return read_time_mix_v4(reader, info, layer);
    case Arch::V5_1:
    case Arch::V5_2: return read_time_mix_v5(reader, info, layer);
    case Arch::V6: return read_time_mix_v6(reader, info, layer);
    case Arch::V7: return read_time_mix_v7(reader, info, layer);
    }
    return nullptr;
}

namespace {

// RWKV-4/5/6: out = σ(Wr·x_r) ⊙ (Wv · relu²(Wk·x_k)). RWKV-7 drops the receptance gate.
class FeedForward : public ChannelMix {
public:
    FeedForward(WeightReader& reader, const ModelInfo& info, int layer) : c_(info.n_embed), f_(info.n_ffn)
    {
        const bool v4_style = info.arch != Arch::V6 && info.arch != Arch::V7;
        if (info.arch == Arch::V7) {
            mix_k_ = reader.values(block_tensor(layer, "ffn.x_k"), {c_});
        } else if (v4_style) {
            mix_k_ = lerp_to_shift(reader.values(block_tensor(layer, "ffn.time_mix_k"), {c_}));
            mix_r_ = lerp_to_shift(reader.values(block_tensor(layer, "ffn.time_mix_r"), {c_}));
        } else {
            mix_k_ = reader.values(block_tensor(layer, "ffn.time_maa_k"), {c_});
            mix_r_ = reader.values(block_tensor(layer, "ffn.time_maa_r"), {c_});
        }
        key_ = reader.linear(block_tensor(layer, "ffn.key.weight"), f_, c_);
        value_ = reader.linear(block_tensor(layer, "ffn.value.weight"), c_, f_);
        if (info.arch != Arch::V7)
            receptance_ = reader.linear(block_tensor(layer, "ffn.receptance.weight"), c_, c_);
    }

    void apply(const float* b, float* x, LayerContext& cx) const override
    {
        const int t = cx.rows;
        const size_t n = static_cast<size_t>(t) * c_;
        float* delta = cx.scratch.get(0, c_);
        float* xk = cx.scratch.get(1, c_);
        float* k = cx.scratch.get(2, f_);
        float* v = cx.scratch.get(3, c_);
        float* xr = cx.scratch.get(4, c_);
        float* r = cx.scratch.get(5, c_);
        kernels::shift_delta(b, cx.state /* ffn_xx */, delta, t, c_);
        kernels::mix(b, delta, mix_k_.data(), xk, t, c_);
        if (receptance_) // RWKV-4 to 6; an empty Linear is skipped below
            kernels::mix(b, delta, mix_r_.data(), xr, t, c_);
        Linear::apply_together({{key_, xk, k}, {receptance_, xr, r}}, t);
        kernels::relu_squared_inplace(k, static_cast<size_t>(t) * f_);
        value_.apply(k, t, v);
        if (!receptance_) {
            kernels::add_inplace(x, v, n);
            return;
        }
        kernels::sigmoid_inplace(r, n);
        kernels::add_product_inplace(x, r, v, n);
    }

private:
    int c_, f_;
    std::vector<float> mix_k_, mix_r_;
    Linear key_, value_, receptance_;
};

} // namespace

std::unique_ptr<ChannelMix> read_channel_mix(WeightReader& reader, const ModelInfo& info, int layer)
{
    return std::make_unique<FeedForward>(reader, info, layer);
}

} // namespace linnet

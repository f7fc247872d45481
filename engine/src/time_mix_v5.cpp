// RWKV-5 time mixing (rwkv.cpp's 5.1 and 5.2): multi-head matrix-valued state with a
// constant per-channel decay (rwkv-math.md §4.2).
#include "kernels.h"
#include "layers.h"
#include "weight_reader.h"
#include "wkv.h"

namespace linnet {

namespace {

// RWKV-5.1 stores one decay and one bonus per head; every channel of the head uses it.
std::vector<float> per_channel(const std::vector<float>& per_head, int size)
{
    std::vector<float> out;
    for (float x : per_head)
        out.insert(out.end(), size, x);
    return out;
}

class TimeMixV5 : public TimeMix {
public:
    TimeMixV5(WeightReader& r, const ModelInfo& info, int layer)
        : c_(info.n_embed), heads_(info.n_head), size_(info.head_size), eps_(info.group_norm_eps)
    {
        auto name = [layer](const char* s) { return block_tensor(layer, s); };
        mix_k_ = lerp_to_shift(r.values(name("att.time_mix_k"), {c_}));
        mix_v_ = lerp_to_shift(r.values(name("att.time_mix_v"), {c_}));
        mix_r_ = lerp_to_shift(r.values(name("att.time_mix_r"), {c_}));
        if (info.arch == Arch::V5_2) {
            mix_g_ = lerp_to_shift(r.values(name("att.time_mix_g"), {c_}));
            decay_ = r.values(name("att.time_decay"), {heads_, size_}); // stored as exp(−exp(w))
            first_ = r.values(name("att.time_faaaa"), {heads_, size_});
            gate_ = r.linear(name("att.gate.weight"), c_, c_);
        } else {
            decay_ = per_channel(r.values(name("att.time_decay"), {heads_}), size_);
            first_ = per_channel(r.values(name("att.time_first"), {heads_}), size_); // stored as exp(u)
        }
        ln_x_ = LayerNormWeights::read(r, name("att.ln_x"), c_);
        key_ = r.linear(name("att.key.weight"), c_, c_);
        value_ = r.linear(name("att.value.weight"), c_, c_);
        receptance_ = r.linear(name("att.receptance.weight"), c_, c_);
        output_ = r.linear(name("att.output.weight"), c_, c_);
    }

    void apply(const float* a, float* x, LayerContext& cx) const override
    {
        const int t = cx.rows;
        const size_t n = static_cast<size_t>(t) * c_;
        float* delta = cx.scratch.get(0, c_);
        float* xm = cx.scratch.get(1, c_);
        float* k = cx.scratch.get(2, c_);
        float* v = cx.scratch.get(3, c_);
        float* r = cx.scratch.get(4, c_);
        float* y = cx.scratch.get(5, c_);
        float* xk = cx.scratch.get(6, c_);
        float* xv = cx.scratch.get(7, c_);
        float* g = cx.scratch.get(8, c_);
        kernels::shift_delta(a, cx.state + c_ /* att_xx */, delta, t, c_);
        kernels::mix(a, delta, mix_k_.data(), xk, t, c_);
        kernels::mix(a, delta, mix_v_.data(), xv, t, c_);
        kernels::mix(a, delta, mix_r_.data(), xm, t, c_);
        float* xg = cx.scratch.get(9, c_);
        if (gate_) // RWKV-5.2 only; an empty Linear is skipped below
            kernels::mix(a, delta, mix_g_.data(), xg, t, c_);
        Linear::apply_together({{key_, xk, k}, {value_, xv, v}, {receptance_, xm, r}, {gate_, xg, g}}, t);

        wkv5(t, heads_, size_, r, k, v, decay_.data(), 0, first_.data(), cx.state + 2 * c_, y);
        kernels::group_norm(y, t, heads_, size_, ln_x_.weight.data(), ln_x_.bias.data(), eps_);
        if (gate_) {
            kernels::silu_inplace(g, n);
            kernels::multiply_inplace(y, g, n);
        }
        output_.apply(y, t, xm);
        kernels::add_inplace(x, xm, n);
    }

private:
    int c_, heads_, size_;
    float eps_;
    std::vector<float> mix_k_, mix_v_, mix_r_, mix_g_, decay_, first_;
    LayerNormWeights ln_x_;
    Linear key_, value_, receptance_, output_, gate_;
};

} // namespace

std::unique_ptr<TimeMix> read_time_mix_v5(WeightReader& reader, const ModelInfo& info, int layer)
{
    return std::make_unique<TimeMixV5>(reader, info, layer);
}

} // namespace linnet

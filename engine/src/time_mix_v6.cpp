// RWKV-6 time mixing: data-dependent token shift (a LoRA per mix) and a decay that
// depends on the token (rwkv-math.md §4.3); the recurrence is RWKV-5.2's.
#include "kernels.h"
#include "layers.h"
#include "weight_reader.h"
#include "wkv.h"

#include <cstring>

namespace linnet {

namespace {

constexpr int kMixes = 5; // w, k, v, r, g: the order of time_maa_w1's chunks and time_maa_w2

// The scratch buffers one call uses, each alive at the same time as the others, so
// each has a slot of its own (Scratch keeps a slot's buffer from call to call).
enum Slot : int {
    kDelta,        // x[t-1] - x[t]
    kShifted,      // x + δ·maa_x, the input of the mixes' LoRA; later the output product
    kMixInner,     // tanh(W1·x): the five mixes' low-rank values, interleaved by row
    kDecayInner,   // tanh(decay W1·x_w)
    kMixInnerByMix, // the same five, one mix after another, for the products together
    kMixFirst,     // x_w, x_k, x_v, x_r, x_g: kMixes slots from here
    kReceptance = kMixFirst + kMixes,
    kKey,
    kValue,
    kGate,
    kDecay,
    kOut,
};

class TimeMixV6 : public TimeMix {
public:
    TimeMixV6(WeightReader& r, const ModelInfo& info, int layer)
        : c_(info.n_embed), heads_(info.n_head), size_(info.head_size), eps_(info.group_norm_eps)
    {
        auto name = [layer](const char* s) { return block_tensor(layer, s); };
        maa_x_ = r.values(name("att.time_maa_x"), {c_});
        const char* mixes[kMixes] = {"att.time_maa_w", "att.time_maa_k", "att.time_maa_v", "att.time_maa_r",
                                     "att.time_maa_g"};
        for (int i = 0; i < kMixes; ++i)
            maa_[i] = r.values(name(mixes[i]), {c_});
        const auto& w1 = r.tensor(name("att.time_maa_w1"));
        rank_mix_ = w1.shape.size() == 2 ? static_cast<int>(w1.shape[0] / kMixes) : 0;
        maa_w1_ = r.linear(name("att.time_maa_w1"), kMixes * rank_mix_, c_);
        maa_w2_ = r.linear_stack(name("att.time_maa_w2"), kMixes, c_, rank_mix_);
        const auto& d1 = r.tensor(name("att.time_decay_w1"));
        rank_decay_ = static_cast<int>(d1.shape[0]);
        decay_w1_ = r.linear(name("att.time_decay_w1"), rank_decay_, c_);
        decay_w2_ = r.linear(name("att.time_decay_w2"), c_, rank_decay_);
        decay_ = r.values(name("att.time_decay"), {heads_, size_}); // raw w
        first_ = r.values(name("att.time_faaaa"), {heads_, size_});
        ln_x_ = LayerNormWeights::read(r, name("att.ln_x"), c_);
        receptance_ = r.linear(name("att.receptance.weight"), c_, c_);
        key_ = r.linear(name("att.key.weight"), c_, c_);
        value_ = r.linear(name("att.value.weight"), c_, c_);
        output_ = r.linear(name("att.output.weight"), c_, c_);
        gate_ = r.linear(name("att.gate.weight"), c_, c_);
    }

    void apply(const float* a, float* x, LayerContext& cx) const override
    {
        const int t = cx.rows;
        const size_t n = static_cast<size_t>(t) * c_;
        Scratch& s = cx.scratch;
        float* delta = s.get(kDelta, c_);
        float* xx = s.get(kShifted, c_);
        float* m = s.get(kMixInner, kMixes * rank_mix_);
        float* mc = s.get(kDecayInner, rank_decay_);
        float* xs[kMixes];
        for (int i = 0; i < kMixes; ++i)
            xs[i] = s.get(kMixFirst + i, c_);

        kernels::shift_delta(a, cx.state + c_ /* att_xx */, delta, t, c_);
        kernels::mix(a, delta, maa_x_.data(), xx, t, c_);
        maa_w1_.apply(xx, t, m);
        kernels::tanh_inplace(m, static_cast<size_t>(t) * kMixes * rank_mix_);
        // Each mix's rows side by side (m holds them interleaved), so the five small
        // products run together; each writes its δ_i into x_i.
        float* mixes = s.get(kMixInnerByMix, kMixes * rank_mix_);
        for (int i = 0; i < kMixes; ++i)
            for (int row = 0; row < t; ++row)
                std::memcpy(mixes + (static_cast<size_t>(i) * t + row) * rank_mix_,
                            m + (static_cast<size_t>(row) * kMixes + i) * rank_mix_, sizeof(float) * rank_mix_);
        auto in = [&](int i) { return mixes + static_cast<size_t>(i) * t * rank_mix_; };
        Linear::apply_together({{maa_w2_[0], in(0), xs[0]},
                                {maa_w2_[1], in(1), xs[1]},
                                {maa_w2_[2], in(2), xs[2]},
                                {maa_w2_[3], in(3), xs[3]},
                                {maa_w2_[4], in(4), xs[4]}},
                               t);
        // x_i = a + delta ⊙ (maa_i + δ_i)
        const float* maa[kMixes];
        for (int i = 0; i < kMixes; ++i)
            maa[i] = maa_[i].data();
        kernels::v6_lora_mix(a, delta, maa, xs, kMixes, t, c_);

        float* r = s.get(kReceptance, c_);
        float* k = s.get(kKey, c_);
        float* v = s.get(kValue, c_);
        float* g = s.get(kGate, c_);
        float* w = s.get(kDecay, c_);
        float* y = s.get(kOut, c_);
        Linear::apply_together(
            {{receptance_, xs[3], r}, {key_, xs[1], k}, {value_, xs[2], v}, {gate_, xs[4], g}, {decay_w1_, xs[0], mc}}, t);
        kernels::silu_inplace(g, n);
        kernels::tanh_inplace(mc, static_cast<size_t>(t) * rank_decay_);
        decay_w2_.apply(mc, t, w);
        kernels::v6_decay(w, decay_.data(), t, c_);

        wkv5(t, heads_, size_, r, k, v, w, c_, first_.data(), cx.state + 2 * c_, y);
        kernels::group_norm(y, t, heads_, size_, ln_x_.weight.data(), ln_x_.bias.data(), eps_);
        kernels::multiply_inplace(y, g, n);
        output_.apply(y, t, xx);
        kernels::add_inplace(x, xx, n);
    }

private:
    int c_, heads_, size_;
    float eps_;
    int rank_mix_ = 0, rank_decay_ = 0;
    std::vector<float> maa_x_, maa_[kMixes], decay_, first_;
    LayerNormWeights ln_x_;
    Linear maa_w1_, decay_w1_, decay_w2_;
    std::vector<Linear> maa_w2_;
    Linear receptance_, key_, value_, output_, gate_;
};

} // namespace

std::unique_ptr<TimeMix> read_time_mix_v6(WeightReader& reader, const ModelInfo& info, int layer)
{
    return std::make_unique<TimeMixV6>(reader, info, layer);
}

} // namespace linnet

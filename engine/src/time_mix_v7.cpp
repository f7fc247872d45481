// RWKV-7 ("Goose") time mixing: a delta-rule state update with an in-context
// learning rate, low-rank decay/gate/value LoRAs and the value residual from
// layer 0 (rwkv-math.md §4.4).
#include "kernels.h"
#include "layers.h"
#include "parallel_rows.h"
#include "weight_reader.h"
#include "wkv.h"

#include <cmath>

namespace linnet {

namespace {

constexpr int kMixes = 6; // r, w, k, v, a, g: the rows of x_rwkvag

// The scratch buffers one call uses, each alive at the same time as the others, so
// each has a slot of its own (Scratch keeps a slot's buffer from call to call). The
// LoRAs' inner values (decay, rate, gate, value) get one each, so that all four
// down-projections run together.
enum Slot : int {
    kDelta,    // x[t-1] - x[t]
    kMixFirst, // x_r, x_w, x_k, x_v, x_a, x_g: kMixes slots from here
    kLowDecay = kMixFirst + kMixes,
    kReceptance,
    kDecay,
    kKey,
    kValue,
    kRate,      // α, the in-context learning rate
    kGate,
    kKappa,     // κ, the normalised removal key
    kOut,
    kValueGate, // V2·(V1·x_v)
    kLowRate,
    kLowGate,
    kLowValue,
};
constexpr Slot kLowSlots[4] = {kLowDecay, kLowRate, kLowGate, kLowValue}; // w, a, g, v

struct LoRA {
    Linear down, up;
    static LoRA read(WeightReader& r, int layer, const char* down_name, const char* up_name, int c)
    {
        const auto down_tensor = block_tensor(layer, down_name);
        const auto& t = r.tensor(down_tensor);
        const int rank = static_cast<int>(t.shape[0]);
        return {r.linear(down_tensor, rank, c),
                r.linear(block_tensor(layer, up_name), c, rank)};
    }
};

class TimeMixV7 : public TimeMix {
public:
    TimeMixV7(WeightReader& r, const ModelInfo& info, int layer)
        : c_(info.n_embed), heads_(info.n_head), size_(info.head_size), eps_(info.group_norm_eps), layer_(layer)
    {
        auto name = [layer](const char* s) { return block_tensor(layer, s); };
        const auto mixes = r.values(name("att.x_rwkvag"), {kMixes, c_});
        for (int i = 0; i < kMixes; ++i)
            mix_[i].assign(mixes.begin() + i * c_, mixes.begin() + (i + 1) * c_);
        w0_ = r.values(name("att.w0"), {c_});
        a0_ = r.values(name("att.a0"), {c_});
        k_k_ = r.values(name("att.k_k"), {c_});
        k_a_ = r.values(name("att.k_a"), {c_});
        r_k_ = r.values(name("att.r_k"), {heads_, size_});
        w_ = LoRA::read(r, layer, "att.w1", "att.w2", c_);
        a_ = LoRA::read(r, layer, "att.a1", "att.a2", c_);
        g_ = LoRA::read(r, layer, "att.g1", "att.g2", c_);
        if (layer > 0) {
            v0_ = r.values(name("att.v0"), {c_});
            v_ = LoRA::read(r, layer, "att.v1", "att.v2", c_);
        } else {
            // Layer 0 sets v_first instead of mixing towards it; some exporters still write these.
            for (const char* unused : {"att.v0", "att.v1", "att.v2"})
                r.skip(name(unused));
        }
        ln_x_ = LayerNormWeights::read(r, name("att.ln_x"), c_);
        receptance_ = r.linear(name("att.receptance.weight"), c_, c_);
        key_ = r.linear(name("att.key.weight"), c_, c_);
        value_ = r.linear(name("att.value.weight"), c_, c_);
        output_ = r.linear(name("att.output.weight"), c_, c_);
    }

    void apply(const float* a, float* x, LayerContext& cx) const override
    {
        const int t = cx.rows;
        Scratch& s = cx.scratch;
        float* delta = s.get(kDelta, c_);
        float* xs[kMixes];
        for (int i = 0; i < kMixes; ++i)
            xs[i] = s.get(kMixFirst + i, c_);
        float* low[4];
        for (int i = 0; i < 4; ++i)
            low[i] = s.get(kLowSlots[i], max_rank());
        float* r = s.get(kReceptance, c_);
        float* w = s.get(kDecay, c_);
        float* k = s.get(kKey, c_);
        float* v = s.get(kValue, c_);
        float* alpha = s.get(kRate, c_);
        float* g = s.get(kGate, c_);
        float* kappa = s.get(kKappa, c_);
        float* y = s.get(kOut, c_);
        float* gate = s.get(kValueGate, c_);

        kernels::shift_delta(a, cx.state + c_ /* att_xx */, delta, t, c_);
        kernels::for_rows(t, kMixes * c_, [&](int first, int end) {
            for (int i = 0; i < kMixes; ++i)
                kernels::mix(a + first * c_, delta + first * c_, mix_[i].data(), xs[i] + first * c_, end - first, c_);
        });
        const float *xr = xs[0], *xw = xs[1], *xk = xs[2], *xv = xs[3], *xa = xs[4], *xg = xs[5];

        // ω = W2·tanh(W1·x_w) (w0 added below); α: A2·(A1·x_a); g = G2·σ(G1·x_g);
        // the value gate V2·(V1·x_v) (no value LoRA in layer 0: v_ is empty).
        Linear::apply_together({{receptance_, xr, r},
                                {key_, xk, k},
                                {value_, xv, v},
                                {w_.down, xw, low[0]},
                                {a_.down, xa, low[1]},
                                {g_.down, xg, low[2]},
                                {v_.down, xv, low[3]}},
                               t);
        kernels::tanh_inplace(low[0], static_cast<size_t>(t) * w_.down.out());
        kernels::sigmoid_inplace(low[2], static_cast<size_t>(t) * g_.down.out());
        Linear::apply_together({{w_.up, low[0], w}, {a_.up, low[1], alpha}, {g_.up, low[2], g}, {v_.up, low[3], gate}}, t);
        const kernels::V7RowWeights rw{c_, heads_, size_, w0_.data(), a0_.data(), v0_.data(),
                                       k_k_.data(), k_a_.data(), r_k_.data()};
        kernels::v7_prepare_rows(rw, layer_ == 0, t, w, alpha, k, kappa, v, gate, cx.v_first);

        wkv7(t, heads_, size_, r, w, k, v, kappa, alpha, cx.state + 2 * c_, y);
        kernels::group_norm(y, t, heads_, size_, ln_x_.weight.data(), ln_x_.bias.data(), eps_);
        kernels::v7_finish_rows(rw, t, r, k, v, g, y);
        output_.apply(y, t, xs[0]);
        kernels::add_inplace(x, xs[0], static_cast<size_t>(t) * c_);
    }

private:
    int max_rank() const
    {
        return std::max({w_.down.out(), a_.down.out(), g_.down.out(), v_.down ? v_.down.out() : 0});
    }

    int c_, heads_, size_;
    float eps_;
    int layer_;
    std::vector<float> mix_[kMixes], w0_, a0_, v0_, k_k_, k_a_, r_k_;
    LoRA w_, a_, v_, g_;
    LayerNormWeights ln_x_;
    Linear receptance_, key_, value_, output_;
};

} // namespace

std::unique_ptr<TimeMix> read_time_mix_v7(WeightReader& reader, const ModelInfo& info, int layer)
{
    return std::make_unique<TimeMixV7>(reader, info, layer);
}

} // namespace linnet

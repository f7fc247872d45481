// RWKV-4 time mixing: a per-channel WKV average with exponential decay, kept
// numerically stable by carrying the running maximum exponent (rwkv-math.md §4.1).
#include "kernels.h"
#include "layers.h"
#include "weight_reader.h"

#include <algorithm>

namespace linnet {

namespace {

class TimeMixV4 : public TimeMix {
public:
    TimeMixV4(WeightReader& r, const ModelInfo& info, int layer) : c_(info.n_embed)
    {
        auto name = [layer](const char* s) { return block_tensor(layer, s); };
        mix_k_ = lerp_to_shift(r.values(name("att.time_mix_k"), {c_}));
        mix_v_ = lerp_to_shift(r.values(name("att.time_mix_v"), {c_}));
        mix_r_ = lerp_to_shift(r.values(name("att.time_mix_r"), {c_}));
        first_ = r.values(name("att.time_first"), {c_});
        decay_ = r.values(name("att.time_decay"), {c_}); // stored as −exp(w)
        key_ = r.linear(name("att.key.weight"), c_, c_);
        value_ = r.linear(name("att.value.weight"), c_, c_);
        receptance_ = r.linear(name("att.receptance.weight"), c_, c_);
        output_ = r.linear(name("att.output.weight"), c_, c_);
    }

    void apply(const float* a, float* x, LayerContext& cx) const override
    {
        const int t = cx.rows;
        float* att_xx = cx.state + c_;
        float* aa = cx.state + 2 * c_;
        float* bb = cx.state + 3 * c_;
        float* pp = cx.state + 4 * c_;
        float* delta = cx.scratch.get(0, c_);
        float* xm = cx.scratch.get(1, c_);
        float* k = cx.scratch.get(2, c_);
        float* v = cx.scratch.get(3, c_);
        float* r = cx.scratch.get(4, c_);
        kernels::shift_delta(a, att_xx, delta, t, c_);
        float* xk = cx.scratch.get(5, c_);
        float* xv = cx.scratch.get(6, c_);
        kernels::mix(a, delta, mix_k_.data(), xk, t, c_);
        kernels::mix(a, delta, mix_v_.data(), xv, t, c_);
        kernels::mix(a, delta, mix_r_.data(), xm, t, c_);
        Linear::apply_together({{key_, xk, k}, {value_, xv, v}, {receptance_, xm, r}}, t);

        kernels::v4_recurrence(t, c_, k, v, first_.data(), decay_.data(), aa, bb, pp, r);
        output_.apply(r, t, xm);
        kernels::add_inplace(x, xm, static_cast<size_t>(t) * c_);
    }

private:
    int c_;
    std::vector<float> mix_k_, mix_v_, mix_r_, first_, decay_;
    Linear key_, value_, receptance_, output_;
};

} // namespace

std::unique_ptr<TimeMix> read_time_mix_v4(WeightReader& reader, const ModelInfo& info, int layer)
{
    return std::make_unique<TimeMixV4>(reader, info, layer);
}

} // namespace linnet

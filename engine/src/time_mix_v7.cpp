// RWKV-7 ("Goose") time mixing: a delta-rule state update with an in-context
// learning rate, low-rank decay/gate/value LoRAs and the value residual from
// layer 0 (rwkv-math.md §4.4).
#include "kernels.h"
#include "layers.h"
#include "weight_reader.h"
#include "wkv.h"

#include <cmath>

namespace linnet {

namespace {

constexpr int kMixes = 6; // r, w, k, v, a, g: the rows of x_rwkvag

struct LoRA {
    Linear down, up;
    static LoRA read(WeightReader& r, int layer, const char* down_name, const char* up_name, int c)
    {
        const auto down_tensor = block_tensor(layer, down_name);
        const auto& t = r.tensor(down_tensor);
        const int rank = static_cast<int>(t.shape[0]);
        return {r.linear(down_tensor, rank, c, MatrixRole::LowRank),
                r.linear(block_tensor(layer, up_name), c, rank, MatrixRole::LowRank)};
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
        const size_t n = static_cast<size_t>(t) * c_;
        Scratch& s = cx.scratch;
        float* delta = s.get(0, c_);
        float* xs[kMixes];
        for (int i = 0; i < kMixes; ++i)
            xs[i] = s.get(1 + i, c_);
        float* low = s.get(7, max_rank());
        float* r = s.get(8, c_);
        float* w = s.get(9, c_);
        float* k = s.get(10, c_);
        float* v = s.get(11, c_);
        float* alpha = s.get(12, c_);
        float* g = s.get(13, c_);
        float* kappa = s.get(14, c_);
        float* y = s.get(15, c_);

        kernels::shift_delta(a, cx.state + c_ /* att_xx */, delta, t, c_);
        for (int i = 0; i < kMixes; ++i)
            kernels::mix(a, delta, mix_[i].data(), xs[i], t, c_);
        const float *xr = xs[0], *xw = xs[1], *xk = xs[2], *xv = xs[3], *xa = xs[4], *xg = xs[5];

        receptance_.apply(xr, t, r);
        key_.apply(xk, t, k);
        value_.apply(xv, t, v);

        // w = exp(−e^{−1/2}·σ(w0 + W2·tanh(W1·x_w)))
        w_.down.apply(xw, t, low);
        kernels::tanh_inplace(low, static_cast<size_t>(t) * w_.down.out());
        w_.up.apply(low, t, w);
        const float scale = static_cast<float>(std::exp(-0.5));
        for_each_row(t, w, [&](float* row) {
            for (int j = 0; j < c_; ++j)
                row[j] = std::exp(-scale * kernels::sigmoid(w0_[j] + row[j]));
        });

        // α = σ(a0 + A2·(A1·x_a))
        a_.down.apply(xa, t, low);
        a_.up.apply(low, t, alpha);
        for_each_row(t, alpha, [&](float* row) {
            for (int j = 0; j < c_; ++j)
                row[j] = kernels::sigmoid(a0_[j] + row[j]);
        });

        // g = G2·σ(G1·x_g)
        g_.down.apply(xg, t, low);
        kernels::sigmoid_inplace(low, static_cast<size_t>(t) * g_.down.out());
        g_.up.apply(low, t, g);

        // κ = per-head L2-normalised k ⊙ k_k (from k before the α correction)
        for (size_t i = 0; i < n; ++i)
            kappa[i] = k[i] * k_k_[i % c_];
        for (size_t h = 0; h < static_cast<size_t>(t) * heads_; ++h) {
            float* z = kappa + h * size_;
            float sum = 0;
            for (int j = 0; j < size_; ++j)
                sum += z[j] * z[j];
            const float inv = 1.0f / std::max(std::sqrt(sum), 1e-12f);
            for (int j = 0; j < size_; ++j)
                z[j] *= inv;
        }
        // k ← k ⊙ (1 + (α − 1) ⊙ k_a)
        for (size_t i = 0; i < n; ++i)
            k[i] *= 1.0f + (alpha[i] - 1.0f) * k_a_[i % c_];

        if (layer_ == 0) {
            std::copy(v, v + n, cx.v_first);
        } else {
            // v ← v + (v_first − v) ⊙ σ(v0 + V2·(V1·x_v))
            float* gate = xs[3]; // x_v is no longer needed
            v_.down.apply(xv, t, low);
            v_.up.apply(low, t, gate);
            for (size_t i = 0; i < n; ++i)
                v[i] += (cx.v_first[i] - v[i]) * kernels::sigmoid(v0_[i % c_] + gate[i]);
        }

        wkv7(t, heads_, size_, r, w, k, v, kappa, alpha, cx.state + 2 * c_, y);
        kernels::group_norm(y, t, heads_, size_, ln_x_.weight.data(), ln_x_.bias.data(), eps_);
        // Bonus: y_h += (Σ_j r_h[j]·k_h[j]·r_k[h][j]) · v_h
        for (int row = 0; row < t; ++row) {
            for (int h = 0; h < heads_; ++h) {
                const size_t base = static_cast<size_t>(row) * c_ + static_cast<size_t>(h) * size_;
                float dot = 0;
                for (int j = 0; j < size_; ++j)
                    dot += r[base + j] * k[base + j] * r_k_[h * size_ + j];
                for (int j = 0; j < size_; ++j)
                    y[base + j] += dot * v[base + j];
            }
        }
        kernels::multiply_inplace(y, g, n);
        output_.apply(y, t, xs[0]);
        kernels::add_inplace(x, xs[0], n);
    }

private:
    template <class F>
    void for_each_row(int t, float* m, F f) const
    {
        for (int row = 0; row < t; ++row)
            f(m + static_cast<size_t>(row) * c_);
    }

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

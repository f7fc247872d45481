// The elementwise steps of the RWKV-4, 6 and 7 time mixes (time_mix_v*.cpp) that run
// on whole chunks, compiled once per CPU level (kernel_table.h).
#include "kernel_table.h"
#include "parallel_rows.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace linnet::kernels::LINNET_ISA {

#include "kernel_math.h"

// RWKV-4: the WKV average token by token, with the running maximum exponent pp
// (libm's exp: the reference's accuracy where exponents differ by a lot); r becomes
// σ(r) ⊙ wkv.
void v4_recurrence(int rows, int c, const float* k, const float* v, const float* first, const float* decay, float* aa,
                   float* bb, float* pp, float* r)
{
    for (int row = 0; row < rows; ++row) {
        const size_t o = static_cast<size_t>(row) * c;
        for (int i = 0; i < c; ++i) {
            const float kk = k[o + i], vv = v[o + i];
            const float uk = first[i] + kk;
            float q = std::max(pp[i], uk);
            float e1 = std::exp(pp[i] - q), e2 = std::exp(uk - q);
            const float wkv = (e1 * aa[i] + e2 * vv) / (e1 * bb[i] + e2);
            const float pw = pp[i] + decay[i];
            q = std::max(pw, kk);
            e1 = std::exp(pw - q);
            e2 = std::exp(kk - q);
            aa[i] = e1 * aa[i] + e2 * vv;
            bb[i] = e1 * bb[i] + e2;
            pp[i] = q;
            r[o + i] = sigmoid(r[o + i]) * wkv;
        }
    }
}

// RWKV-6: x_i = a + delta ⊙ (maa_i + δ_i), with δ_i already in x_i.
void v6_lora_mix(const float* a, const float* delta, const float* const* maa, float* const* xs, int mixes, int rows,
                 int c)
{
    for_rows(rows, static_cast<size_t>(mixes) * c, [&](int first, int end) {
        for (int i = 0; i < mixes; ++i)
            for (size_t o = static_cast<size_t>(first) * c; o < static_cast<size_t>(end) * c; o += c)
                for (int j = 0; j < c; ++j)
                    xs[i][o + j] = a[o + j] + delta[o + j] * (maa[i][j] + xs[i][o + j]);
    });
}

// RWKV-6: w = exp(−exp(decay + w)).
void v6_decay(float* w, const float* decay, int rows, int c)
{
    for_rows(rows, 4 * static_cast<size_t>(c), [&](int first, int end) {
        for (size_t o = static_cast<size_t>(first) * c; o < static_cast<size_t>(end) * c; o += c)
            for (int j = 0; j < c; ++j)
                w[o + j] = exp(-exp(decay[j] + w[o + j]));
    });
}

namespace {

// One token's decay, in-context rate, key and value, from the LoRA outputs (row offset
// o into the chunk's matrices).
void v7_prepare_row(const V7RowWeights& p, bool first_layer, size_t o, float* w, float* alpha, float* k, float* kappa,
                    float* v, const float* gate, float* v_first)
{
    const int c = p.c, size = p.size;
    // w = exp(−e^{−1/2}·σ(w0 + ω)); α = σ(a0 + A2·A1·x_a)
    constexpr float scale = 0.606530659712633f; // e^{−1/2}
    for (int j = 0; j < c; ++j) {
        w[o + j] = exp(-scale * sigmoid(p.w0[j] + w[o + j]));
        alpha[o + j] = sigmoid(p.a0[j] + alpha[o + j]);
    }
    // κ = per-head L2-normalised k ⊙ k_k (from k before the α correction)
    for (int h = 0; h < p.heads; ++h) {
        const size_t b = o + static_cast<size_t>(h) * size;
        float sum = 0;
#pragma omp simd reduction(+ : sum)
        for (int j = 0; j < size; ++j) {
            kappa[b + j] = k[b + j] * p.k_k[h * size + j];
            sum += kappa[b + j] * kappa[b + j];
        }
        const float inv = 1.0f / std::max(std::sqrt(sum), 1e-12f);
        for (int j = 0; j < size; ++j)
            kappa[b + j] *= inv;
    }
    // k ← k ⊙ (1 + (α − 1) ⊙ k_a)
    for (int j = 0; j < c; ++j)
        k[o + j] *= 1.0f + (alpha[o + j] - 1.0f) * p.k_a[j];
    if (first_layer) {
        std::memcpy(v_first + o, v + o, sizeof(float) * c);
        return;
    }
    // v ← v + (v_first − v) ⊙ σ(v0 + V2·(V1·x_v))
    for (int j = 0; j < c; ++j)
        v[o + j] += (v_first[o + j] - v[o + j]) * sigmoid(p.v0[j] + gate[o + j]);
}

// After the group norm: y_h += (Σ_j r_h[j]·k_h[j]·r_k[h][j]) · v_h, then y ⊙= g.
void v7_finish_row(const V7RowWeights& p, size_t o, const float* r, const float* k, const float* v, const float* g,
                   float* y)
{
    const int size = p.size;
    for (int h = 0; h < p.heads; ++h) {
        const size_t b = o + static_cast<size_t>(h) * size;
        float dot = 0;
#pragma omp simd reduction(+ : dot)
        for (int j = 0; j < size; ++j)
            dot += r[b + j] * k[b + j] * p.r_k[h * size + j];
        for (int j = 0; j < size; ++j)
            y[b + j] = (y[b + j] + dot * v[b + j]) * g[b + j];
    }
}

} // namespace

void v7_prepare_rows(const V7RowWeights& p, bool first_layer, int rows, float* w, float* alpha, float* k, float* kappa,
                     float* v, const float* gate, float* v_first)
{
    for_rows(rows, 8 * static_cast<size_t>(p.c), [&](int first, int end) {
        for (int row = first; row < end; ++row)
            v7_prepare_row(p, first_layer, static_cast<size_t>(row) * p.c, w, alpha, k, kappa, v, gate, v_first);
    });
}

void v7_finish_rows(const V7RowWeights& p, int rows, const float* r, const float* k, const float* v, const float* g,
                    float* y)
{
    for_rows(rows, 4 * static_cast<size_t>(p.c), [&](int first, int end) {
        for (int row = first; row < end; ++row)
            v7_finish_row(p, static_cast<size_t>(row) * p.c, r, k, v, g, y);
    });
}

} // namespace linnet::kernels::LINNET_ISA

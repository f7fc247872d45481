// The elementwise and per-row operations of the RWKV forward pass. Matrices are
// row-major, one row per token. Each call goes to the kernels of the CPU level chosen
// at start-up (kernel_table.h says how, and how to add one).
#pragma once

#include "kernel_table.h"

#include <cstddef>
#include <cstdint>

namespace linnet::kernels {

// y = LayerNorm(x) ⊙ w + b for each of `rows` rows of `n` values (population variance).
inline void layer_norm(const float* x, float* y, int rows, int n, const float* w, const float* b, float eps)
{
    kernel_table().layer_norm(x, y, rows, n, w, b, eps);
}

// GroupNorm over `groups` groups of `size` values per row, then ⊙ w + b, in place.
inline void group_norm(float* x, int rows, int groups, int size, const float* w, const float* b, float eps)
{
    kernel_table().group_norm(x, rows, groups, size, w, b, eps);
}

// Token shift: delta[t] = a[t-1] − a[t], where a[-1] is `last` (the previous chunk's
// final row, kept in the state); then `last` becomes a[rows-1].
inline void shift_delta(const float* a, float* last, float* delta, int rows, int n)
{
    kernel_table().shift_delta(a, last, delta, rows, n);
}

// out = a + delta ⊙ mix (mix per column).
inline void mix(const float* a, const float* delta, const float* mix, float* out, int rows, int n)
{
    kernel_table().mix(a, delta, mix, out, rows, n);
}

// Elementwise over n values (n = rows × width of a chunk).
inline void sigmoid_inplace(float* x, size_t n) { kernel_table().sigmoid_inplace(x, n); }
inline void tanh_inplace(float* x, size_t n) { kernel_table().tanh_inplace(x, n); }
inline void silu_inplace(float* x, size_t n) { kernel_table().silu_inplace(x, n); }
inline void relu_squared_inplace(float* x, size_t n) { kernel_table().relu_squared_inplace(x, n); }
// x += y
inline void add_inplace(float* x, const float* y, size_t n)
{
    kernel_table().add_inplace(x, y, n);
}
// x ⊙= y
inline void multiply_inplace(float* x, const float* y, size_t n)
{
    kernel_table().multiply_inplace(x, y, n);
}
// x += a ⊙ b
inline void add_product_inplace(float* x, const float* a, const float* b, size_t n)
{
    kernel_table().add_product_inplace(x, a, b, n);
}
// x = σ(x) ⊙ y
inline void sigmoid_product_inplace(float* x, const float* y, size_t n)
{
    kernel_table().sigmoid_product_inplace(x, y, n);
}

} // namespace linnet::kernels

namespace linnet::kernels {

// Matrix inputs for bf16 and int8 weights.
// y = x rounded to bf16 (nearest even).
inline void to_bf16(const float* x, uint16_t* y, size_t n) { kernel_table().to_bf16(x, y, n); }
// Per row of n values: scale = max|x| / levels, q = round(x / scale) (0 for an all-zero
// row). Weights use fewer levels where oneDNN's int8 products would saturate (matmul.cpp).
inline void quantise_rows(const float* x, int8_t* q, float* scales, int rows, int n, int levels = 127)
{
    kernel_table().quantise_rows(x, q, scales, rows, n, levels);
}
// Row r of y (n values) times scales[r].
inline void scale_rows(float* y, const float* scales, int rows, int n)
{
    kernel_table().scale_rows(y, scales, rows, n);
}

} // namespace linnet::kernels

namespace linnet::kernels {

// The elementwise steps of the time mixes (time_mix_v4/6/7.cpp, which say what they do).
inline void v4_recurrence(int rows, int c, const float* k, const float* v, const float* first, const float* decay,
                          float* aa, float* bb, float* pp, float* r)
{
    kernel_table().v4_recurrence(rows, c, k, v, first, decay, aa, bb, pp, r);
}
inline void v6_lora_mix(const float* a, const float* delta, const float* const* maa, float* const* xs, int mixes,
                        int rows, int c)
{
    kernel_table().v6_lora_mix(a, delta, maa, xs, mixes, rows, c);
}
inline void v6_decay(float* w, const float* decay, int rows, int c) { kernel_table().v6_decay(w, decay, rows, c); }
inline void v7_prepare_rows(const V7RowWeights& p, bool first_layer, int rows, float* w, float* alpha, float* k,
                            float* kappa, float* v, const float* gate, float* v_first)
{
    kernel_table().v7_prepare_rows(p, first_layer, rows, w, alpha, k, kappa, v, gate, v_first);
}
inline void v7_finish_rows(const V7RowWeights& p, int rows, const float* r, const float* k, const float* v,
                           const float* g, float* y)
{
    kernel_table().v7_finish_rows(p, rows, r, k, v, g, y);
}

} // namespace linnet::kernels

// The elementwise and per-row operations of the RWKV forward pass. Matrices are
// row-major, one row per token.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace linnet::kernels {

inline float sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }

// y = LayerNorm(x) ⊙ w + b for each of `rows` rows of `n` values (population variance).
void layer_norm(const float* x, float* y, int rows, int n, const float* w, const float* b, float eps);

// GroupNorm over `groups` groups of `size` values per row, then ⊙ w + b, in place.
void group_norm(float* x, int rows, int groups, int size, const float* w, const float* b, float eps);

// Token shift: delta[t] = a[t-1] − a[t], where a[-1] is `last` (the previous chunk's
// final row, kept in the state); then `last` becomes a[rows-1].
void shift_delta(const float* a, float* last, float* delta, int rows, int n);

// out = a + delta ⊙ mix (mix per column).
void mix(const float* a, const float* delta, const float* mix, float* out, int rows, int n);

void sigmoid_inplace(float* x, size_t n);
void tanh_inplace(float* x, size_t n);
void silu_inplace(float* x, size_t n);
void relu_squared_inplace(float* x, size_t n);
void add_inplace(float* x, const float* y, size_t n);                 // x += y
void multiply_inplace(float* x, const float* y, size_t n);            // x ⊙= y
void add_product_inplace(float* x, const float* a, const float* b, size_t n); // x += a ⊙ b

} // namespace linnet::kernels

namespace linnet::kernels {

// Matrix inputs for bf16 and int8 weights.
// y = x rounded to bf16 (nearest even).
void to_bf16(const float* x, uint16_t* y, size_t n);
// Per row of n values: scale = max|x| / 127, q = round(x / scale) (0 for an all-zero row).
void quantise_rows(const float* x, int8_t* q, float* scales, int rows, int n);
// Row r of y (n values) times scales[r].
void scale_rows(float* y, const float* scales, int rows, int n);

} // namespace linnet::kernels

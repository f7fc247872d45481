// The elementwise and per-row operations of the RWKV forward pass. Matrices are
// row-major, one row per token.
#pragma once

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace linnet::kernels {

// e^x for the activations, in a form compilers vectorise (libm's expf is a call per
// value): x = n·ln2 + r, e^r by a degree-6 polynomial (Cephes' expf), 2^n from the
// exponent bits. Relative error below 2e-7; inputs are clamped to [−87, 88].
inline float exp(float x)
{
    x = std::min(std::max(x, -87.0f), 88.0f);
    constexpr float magic = 12582912.0f; // 1.5·2^23: adding it rounds to an integer
    const float n = (x * 1.44269504088896341f + magic) - magic;
    const float r = (x - n * 0.693359375f) + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    const int32_t bits = (static_cast<int32_t>(n) + 127) << 23;
    float scale;
    std::memcpy(&scale, &bits, 4);
    return p * scale;
}

inline float sigmoid(float x) { return 1.0f / (1.0f + kernels::exp(-x)); }
inline float tanh(float x) { return 1.0f - 2.0f / (kernels::exp(2.0f * x) + 1.0f); }

// Runs f(first, end) over [0, rows), split across the threads when rows × width is
// large enough to pay for a fork (a few microseconds), otherwise on this thread.
template <class F>
void for_rows(int rows, size_t width, F&& f)
{
    if (rows < 2 || static_cast<size_t>(rows) * width < 16384 || omp_in_parallel()) {
        f(0, rows);
        return;
    }
#pragma omp parallel
    {
        const int n = omp_get_num_threads(), i = omp_get_thread_num();
        const int first = static_cast<int>(static_cast<long>(rows) * i / n);
        const int end = static_cast<int>(static_cast<long>(rows) * (i + 1) / n);
        if (end > first)
            f(first, end);
    }
}

// y = LayerNorm(x) ⊙ w + b for each of `rows` rows of `n` values (population variance).
void layer_norm(const float* x, float* y, int rows, int n, const float* w, const float* b, float eps);

// GroupNorm over `groups` groups of `size` values per row, then ⊙ w + b, in place.
void group_norm(float* x, int rows, int groups, int size, const float* w, const float* b, float eps);

// Token shift: delta[t] = a[t-1] − a[t], where a[-1] is `last` (the previous chunk's
// final row, kept in the state); then `last` becomes a[rows-1].
void shift_delta(const float* a, float* last, float* delta, int rows, int n);

// out = a + delta ⊙ mix (mix per column).
void mix(const float* a, const float* delta, const float* mix, float* out, int rows, int n);

// Runs f(first, end) over [0, n) values, split like for_rows.
template <class F>
void for_range(size_t n, F&& f)
{
    constexpr size_t block = 1024;
    const int blocks = static_cast<int>((n + block - 1) / block);
    for_rows(blocks, block, [&](int first, int end) { f(first * block, std::min(n, end * block)); });
}

// Elementwise over n values (n = rows × width of a chunk).
void sigmoid_inplace(float* x, size_t n);
void tanh_inplace(float* x, size_t n);
void silu_inplace(float* x, size_t n);
void relu_squared_inplace(float* x, size_t n);
void add_inplace(float* x, const float* y, size_t n);                 // x += y
void multiply_inplace(float* x, const float* y, size_t n);            // x ⊙= y
void add_product_inplace(float* x, const float* a, const float* b, size_t n); // x += a ⊙ b
void sigmoid_product_inplace(float* x, const float* y, size_t n);     // x = σ(x) ⊙ y

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

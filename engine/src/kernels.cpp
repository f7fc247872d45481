// The elementwise and per-row kernels (kernels.h), compiled once per CPU level.
#include "kernel_table.h"
#include "parallel_rows.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace linnet::kernels::LINNET_ISA {

#include "kernel_math.h"

namespace {

void layer_norm_row(const float* xr, float* yr, int n, const float* w, const float* b, float eps)
{
    float sum = 0;
#pragma omp simd reduction(+ : sum)
    for (int i = 0; i < n; ++i)
        sum += xr[i];
    const float mean = sum / n;
    float var = 0;
#pragma omp simd reduction(+ : var)
    for (int i = 0; i < n; ++i)
        var += (xr[i] - mean) * (xr[i] - mean);
    const float inv = 1.0f / std::sqrt(var / n + eps);
    for (int i = 0; i < n; ++i)
        yr[i] = (xr[i] - mean) * inv * w[i] + b[i];
}

} // namespace

void layer_norm(const float* x, float* y, int rows, int n, const float* w, const float* b, float eps)
{
    for_rows(rows, n, [&](int first, int end) {
        for (int r = first; r < end; ++r)
            layer_norm_row(x + static_cast<size_t>(r) * n, y + static_cast<size_t>(r) * n, n, w, b, eps);
    });
}

void group_norm(float* x, int rows, int groups, int size, const float* w, const float* b, float eps)
{
    const int n = groups * size;
    for_rows(rows, n, [&](int first, int end) {
        for (int r = first; r < end; ++r) {
            float* xr = x + static_cast<size_t>(r) * n;
            for (int g = 0; g < groups; ++g) {
                float* v = xr + g * size;
                float sum = 0;
#pragma omp simd reduction(+ : sum)
                for (int i = 0; i < size; ++i)
                    sum += v[i];
                const float mean = sum / size;
                float var = 0;
#pragma omp simd reduction(+ : var)
                for (int i = 0; i < size; ++i)
                    var += (v[i] - mean) * (v[i] - mean);
                const float inv = 1.0f / std::sqrt(var / size + eps);
                for (int i = 0; i < size; ++i)
                    v[i] = (v[i] - mean) * inv * w[g * size + i] + b[g * size + i];
            }
        }
    });
}

void shift_delta(const float* a, float* last, float* delta, int rows, int n)
{
    for_rows(rows, n, [&](int first, int end) {
        for (int r = first; r < end; ++r) {
            const float* cur = a + static_cast<size_t>(r) * n;
            const float* prev = r == 0 ? last : cur - n;
            float* d = delta + static_cast<size_t>(r) * n;
            for (int i = 0; i < n; ++i)
                d[i] = prev[i] - cur[i];
        }
    });
    std::memcpy(last, a + static_cast<size_t>(rows - 1) * n, sizeof(float) * n);
}

void mix(const float* a, const float* delta, const float* m, float* out, int rows, int n)
{
    for_rows(rows, n, [&](int first, int end) {
        for (size_t o = static_cast<size_t>(first) * n; o < static_cast<size_t>(end) * n; o += n)
            for (int i = 0; i < n; ++i)
                out[o + i] = a[o + i] + delta[o + i] * m[i];
    });
}

void sigmoid_inplace(float* x, size_t n)
{
    for_range(n, [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i)
            x[i] = sigmoid(x[i]);
    });
}

void tanh_inplace(float* x, size_t n)
{
    for_range(n, [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i)
            x[i] = tanh(x[i]);
    });
}

void silu_inplace(float* x, size_t n)
{
    for_range(n, [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i)
            x[i] = x[i] * sigmoid(x[i]);
    });
}

void relu_squared_inplace(float* x, size_t n)
{
    for_range(n, [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i) {
            const float r = x[i] > 0 ? x[i] : 0.0f;
            x[i] = r * r;
        }
    });
}

void add_inplace(float* x, const float* y, size_t n)
{
    for_range(n, [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i)
            x[i] += y[i];
    });
}

void multiply_inplace(float* x, const float* y, size_t n)
{
    for_range(n, [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i)
            x[i] *= y[i];
    });
}

void add_product_inplace(float* x, const float* a, const float* b, size_t n)
{
    for_range(n, [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i)
            x[i] += a[i] * b[i];
    });
}

void sigmoid_product_inplace(float* x, const float* y, size_t n)
{
    for_range(n, [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i)
            x[i] = sigmoid(x[i]) * y[i];
    });
}

namespace {

// Adding and subtracting 1.5·2^23 rounds a float of magnitude below 2^22 to the nearest
// integer (ties to even) in the default rounding mode, in a form compilers vectorise.
inline float round_to_int(float v)
{
    constexpr float magic = 12582912.0f;
    return (v + magic) - magic;
}

// A function of its own with restrict pointers: int8_t stores may alias anything, so in
// the loop of a lambda the compiler reloads every captured value per byte and does not
// vectorise the loop, which an int8 prompt runs for every row of every product.
void quantise_row(const float* __restrict x, int8_t* __restrict q, int n, float inv)
{
#pragma omp simd
    for (int i = 0; i < n; ++i)
        q[i] = static_cast<int8_t>(static_cast<int>(round_to_int(x[i] * inv)));
}

} // namespace

void to_bf16(const float* x, uint16_t* y, size_t n)
{
    for_range(n, [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i) {
            uint32_t bits;
            std::memcpy(&bits, x + i, 4);
            bits += 0x7fffu + ((bits >> 16) & 1u);
            y[i] = static_cast<uint16_t>(bits >> 16);
        }
    });
}

void quantise_rows(const float* x, int8_t* q, float* scales, int rows, int n, int levels)
{
    const float top = static_cast<float>(levels);
    for_rows(rows, n, [&](int first, int end) {
        for (int r = first; r < end; ++r) {
            const float* xr = x + static_cast<size_t>(r) * n;
            int8_t* qr = q + static_cast<size_t>(r) * n;
            float peak = 0;
#pragma omp simd reduction(max : peak)
            for (int i = 0; i < n; ++i)
                peak = std::max(peak, std::fabs(xr[i]));
            scales[r] = peak / top;
            quantise_row(xr, qr, n, peak > 0 ? top / peak : 0.0f);
        }
    });
}

void scale_rows(float* y, const float* scales, int rows, int n)
{
    for_rows(rows, n, [&](int first, int end) {
        for (int r = first; r < end; ++r) {
            float* yr = y + static_cast<size_t>(r) * n;
            const float s = scales[r];
            for (int i = 0; i < n; ++i)
                yr[i] *= s;
        }
    });
}

} // namespace linnet::kernels::LINNET_ISA

#include "kernels.h"

#include <algorithm>
#include <cstring>

namespace linnet::kernels {

void layer_norm(const float* x, float* y, int rows, int n, const float* w, const float* b, float eps)
{
    for (int r = 0; r < rows; ++r) {
        const float* xr = x + static_cast<size_t>(r) * n;
        float* yr = y + static_cast<size_t>(r) * n;
        float sum = 0;
        for (int i = 0; i < n; ++i)
            sum += xr[i];
        const float mean = sum / n;
        float var = 0;
        for (int i = 0; i < n; ++i) {
            const float d = xr[i] - mean;
            var += d * d;
        }
        const float inv = 1.0f / std::sqrt(var / n + eps);
        for (int i = 0; i < n; ++i)
            yr[i] = (xr[i] - mean) * inv * w[i] + b[i];
    }
}

void group_norm(float* x, int rows, int groups, int size, const float* w, const float* b, float eps)
{
    const int n = groups * size;
    for (int r = 0; r < rows; ++r) {
        float* xr = x + static_cast<size_t>(r) * n;
        for (int g = 0; g < groups; ++g) {
            float* v = xr + g * size;
            float sum = 0;
            for (int i = 0; i < size; ++i)
                sum += v[i];
            const float mean = sum / size;
            float var = 0;
            for (int i = 0; i < size; ++i) {
                const float d = v[i] - mean;
                var += d * d;
            }
            const float inv = 1.0f / std::sqrt(var / size + eps);
            for (int i = 0; i < size; ++i)
                v[i] = (v[i] - mean) * inv;
        }
        for (int i = 0; i < n; ++i)
            xr[i] = xr[i] * w[i] + b[i];
    }
}

void shift_delta(const float* a, float* last, float* delta, int rows, int n)
{
    const float* prev = last;
    for (int r = 0; r < rows; ++r) {
        const float* cur = a + static_cast<size_t>(r) * n;
        float* d = delta + static_cast<size_t>(r) * n;
        for (int i = 0; i < n; ++i)
            d[i] = prev[i] - cur[i];
        prev = cur;
    }
    std::memcpy(last, a + static_cast<size_t>(rows - 1) * n, sizeof(float) * n);
}

void mix(const float* a, const float* delta, const float* m, float* out, int rows, int n)
{
    for (int r = 0; r < rows; ++r) {
        const size_t o = static_cast<size_t>(r) * n;
        for (int i = 0; i < n; ++i)
            out[o + i] = a[o + i] + delta[o + i] * m[i];
    }
}

void sigmoid_inplace(float* x, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        x[i] = sigmoid(x[i]);
}

void tanh_inplace(float* x, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        x[i] = std::tanh(x[i]);
}

void silu_inplace(float* x, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        x[i] = x[i] * sigmoid(x[i]);
}

void relu_squared_inplace(float* x, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        const float r = x[i] > 0 ? x[i] : 0.0f;
        x[i] = r * r;
    }
}

void add_inplace(float* x, const float* y, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        x[i] += y[i];
}

void multiply_inplace(float* x, const float* y, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        x[i] *= y[i];
}

void add_product_inplace(float* x, const float* a, const float* b, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        x[i] += a[i] * b[i];
}

} // namespace linnet::kernels

namespace linnet::kernels {

namespace {

// Adding and subtracting 1.5·2^23 rounds a float of magnitude below 2^22 to the nearest
// integer (ties to even) in the default rounding mode, in a form compilers vectorise.
inline float round_to_int(float v)
{
    constexpr float magic = 12582912.0f;
    return (v + magic) - magic;
}

} // namespace

void to_bf16(const float* x, uint16_t* y, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        uint32_t bits;
        std::memcpy(&bits, x + i, 4);
        bits += 0x7fffu + ((bits >> 16) & 1u);
        y[i] = static_cast<uint16_t>(bits >> 16);
    }
}

void quantise_rows(const float* x, int8_t* q, float* scales, int rows, int n)
{
    for (int r = 0; r < rows; ++r) {
        const float* xr = x + static_cast<size_t>(r) * n;
        int8_t* qr = q + static_cast<size_t>(r) * n;
        float peak = 0;
        for (int i = 0; i < n; ++i)
            peak = std::max(peak, std::fabs(xr[i]));
        const float inv = peak > 0 ? 127.0f / peak : 0.0f;
        scales[r] = peak / 127.0f;
        for (int i = 0; i < n; ++i)
            qr[i] = static_cast<int8_t>(static_cast<int>(round_to_int(xr[i] * inv)));
    }
}

void scale_rows(float* y, const float* scales, int rows, int n)
{
    for (int r = 0; r < rows; ++r) {
        float* yr = y + static_cast<size_t>(r) * n;
        const float s = scales[r];
        for (int i = 0; i < n; ++i)
            yr[i] *= s;
    }
}

} // namespace linnet::kernels

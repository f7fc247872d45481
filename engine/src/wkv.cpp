#include "wkv.h"

#include <omp.h>

#include <algorithm>
#include <vector>

namespace linnet {

namespace {

// Heads are independent, so each thread takes whole heads through every token of the
// chunk. Forking costs a few microseconds: only worth it for enough work.
bool worth_parallel(int rows, int heads, int size)
{
    return heads > 1 && static_cast<long>(rows) * heads * size * size >= (1L << 16);
}

} // namespace

void wkv5(int rows, int heads, int size, const float* r, const float* k, const float* v, const float* w,
          size_t w_stride, const float* u, float* state, float* y)
{
    const size_t c = static_cast<size_t>(heads) * size;
#pragma omp parallel for if (worth_parallel(rows, heads, size))
    for (int h = 0; h < heads; ++h) {
        float* a = state + static_cast<size_t>(h) * size * size;
        const float* uh = u + static_cast<size_t>(h) * size;
        for (int t = 0; t < rows; ++t) {
            const size_t base = t * c + static_cast<size_t>(h) * size;
            const float* wt = w + t * w_stride + static_cast<size_t>(h) * size;
            const float* vh = v + base;
            float* yh = y + base;
            for (int j = 0; j < size; ++j)
                yh[j] = 0;
            for (int i = 0; i < size; ++i) {
                const float ri = r[base + i], ki = k[base + i], rui = ri * uh[i] * ki, wi = wt[i];
                float* ai = a + static_cast<size_t>(i) * size;
#pragma omp simd
                for (int j = 0; j < size; ++j) {
                    yh[j] += rui * vh[j] + ri * ai[j];
                    ai[j] = wi * ai[j] + ki * vh[j];
                }
            }
        }
    }
}

namespace {

// One head of RWKV-7 through `rows` tokens, on the state as stored (A[i][j]): every
// token ends each row with two sums across it. Cheapest for a token or two.
void wkv7_head_by_rows(int rows, size_t c, int size, const float* r, const float* w, const float* k, const float* v,
                       const float* kappa, const float* alpha, float* a, float* y)
{
    float b[kMaxHeadSize]; // κ ⊙ α
    for (int t = 0; t < rows; ++t) {
        const size_t o = t * c;
        for (int j = 0; j < size; ++j)
            b[j] = kappa[o + j] * alpha[o + j];
        for (int i = 0; i < size; ++i) {
            float* ai = a + static_cast<size_t>(i) * size;
            float s = 0;
#pragma omp simd reduction(+ : s)
            for (int j = 0; j < size; ++j)
                s += ai[j] * kappa[o + j];
            s = -s;
            const float vi = v[o + i];
            float acc = 0;
#pragma omp simd reduction(+ : acc)
            for (int j = 0; j < size; ++j) {
                ai[j] = ai[j] * w[o + j] + vi * k[o + j] + s * b[j];
                acc += ai[j] * r[o + j];
            }
            y[o + i] = acc;
        }
    }
}

// The same on the transposed state (Aᵀ[j][i]), 16 values of i at a time: s and y become
// sums of whole rows kept in registers, with no sum across a vector. About twice as fast
// per token for a chunk of 128 tokens (31-33 → 14-18 µs for 32 heads of 64 on one thread),
// but the two transposes cost as much as ~4 tokens.
constexpr int kLanes = 16;

void wkv7_head_transposed(int rows, size_t c, int size, const float* r, const float* w, const float* k,
                          const float* v, const float* kappa, const float* alpha, float* a, float* y)
{
    thread_local std::vector<float> transposed;
    transposed.resize(static_cast<size_t>(size) * size);
    float* at = transposed.data();
    for (int i = 0; i < size; ++i)
        for (int j = 0; j < size; ++j)
            at[j * size + i] = a[i * size + j];
    float b[kMaxHeadSize]; // κ ⊙ α
    for (int t = 0; t < rows; ++t) {
        const size_t o = t * c;
        for (int j = 0; j < size; ++j)
            b[j] = kappa[o + j] * alpha[o + j];
        for (int i0 = 0; i0 < size; i0 += kLanes) {
            float s[kLanes] = {}, acc[kLanes] = {};
            for (int j = 0; j < size; ++j) {
                const float* row = at + j * size + i0;
#pragma omp simd
                for (int l = 0; l < kLanes; ++l)
                    s[l] -= row[l] * kappa[o + j];
            }
            const float* vi = v + o + i0;
            for (int j = 0; j < size; ++j) {
                float* row = at + j * size + i0;
                const float wj = w[o + j], kj = k[o + j], bj = b[j], rj = r[o + j];
#pragma omp simd
                for (int l = 0; l < kLanes; ++l) {
                    row[l] = row[l] * wj + vi[l] * kj + s[l] * bj;
                    acc[l] += row[l] * rj;
                }
            }
            std::copy(acc, acc + kLanes, y + o + i0);
        }
    }
    for (int i = 0; i < size; ++i)
        for (int j = 0; j < size; ++j)
            a[i * size + j] = at[j * size + i];
}

constexpr int kTransposeFromRows = 8;

} // namespace

void wkv7(int rows, int heads, int size, const float* r, const float* w, const float* k, const float* v,
          const float* kappa, const float* alpha, float* state, float* y)
{
    const size_t c = static_cast<size_t>(heads) * size;
    const auto head = rows >= kTransposeFromRows && size % kLanes == 0 ? wkv7_head_transposed : wkv7_head_by_rows;
#pragma omp parallel for if (worth_parallel(rows, heads, size))
    for (int h = 0; h < heads; ++h) {
        const size_t o = static_cast<size_t>(h) * size;
        head(rows, c, size, r + o, w + o, k + o, v + o, kappa + o, alpha + o, state + o * size, y + o);
    }
}

} // namespace linnet

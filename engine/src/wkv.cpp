// The recurrences (wkv.h), compiled once per CPU level (kernel_table.h).
#include "wkv.h"

#include "stream_prefetch.h"

#include <omp.h>

#include <cstdlib>
#include <new>

namespace linnet::kernels::LINNET_ISA {

namespace {

// Heads are independent, so each thread takes whole heads through every token of the
// chunk. Forking costs a few microseconds: only worth it for enough work.
bool worth_parallel(int rows, int heads, int size)
{
    return heads > 1 && static_cast<long>(rows) * heads * size * size >= (1L << 16);
}

// The first token of a call reads and writes every head's state (512 kB a layer at 1.5B)
// mostly from memory, so each row is asked for ahead as the 4-bit weights are
// (stream_prefetch.h); the tokens after it find the state in cache. RWKV-7 1.5B, bf16i4:
// the time a token spends outside products went from 2.27–2.59 to 1.97–2.13 ms (4 rounds
// each).
inline void prefetch_state_row(const float* row, int size)
{
    constexpr int kLineFloats = 64 / sizeof(float);
    for (int j = 0; j < size; j += kLineFloats)
        prefetch_streamed(row + j);
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
                if (t == 0)
                    prefetch_state_row(ai, size);
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
            prefetch_state_row(ai, size);
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

// The same on the transposed state (Aᵀ[j][i]), `Lanes` values of i at a time: s and y
// become sums of whole rows kept in registers, with no sum across a vector, each in two
// halves (even and odd j) so that consecutive additions do not wait for each other. For
// 32 heads of 64 on one thread, 128 tokens: 10-11 µs per token against 31-33 by rows
// (16 lanes and one sum: 17); the two transposes cost as much as ~4 tokens.
struct TransposeBuffer {
    float* values;
    explicit TransposeBuffer(size_t n) : values(static_cast<float*>(std::malloc(n * sizeof(float))))
    {
        if (!values)
            throw std::bad_alloc();
    }
    ~TransposeBuffer() { std::free(values); }
    TransposeBuffer(const TransposeBuffer&) = delete;
    TransposeBuffer& operator=(const TransposeBuffer&) = delete;
};

template <int Lanes>
void wkv7_head_transposed(int rows, size_t c, int size, const float* r, const float* w, const float* k,
                          const float* v, const float* kappa, const float* alpha, float* a, float* y)
{
    // Allocated per call, not kept in a thread_local vector: a std::vector member
    // instantiated here would be shared with the baseline code's (kernel_table.h).
    const TransposeBuffer transposed(static_cast<size_t>(size) * size);
    float* at = transposed.values;
    for (int i = 0; i < size; ++i)
        for (int j = 0; j < size; ++j)
            at[j * size + i] = a[i * size + j];
    float b[kMaxHeadSize]; // κ ⊙ α
    for (int t = 0; t < rows; ++t) {
        const size_t o = t * c;
        for (int j = 0; j < size; ++j)
            b[j] = kappa[o + j] * alpha[o + j];
        for (int i0 = 0; i0 < size; i0 += Lanes) {
            float s0[Lanes] = {}, s1[Lanes] = {};
            for (int j = 0; j < size; j += 2) {
                const float *even = at + j * size + i0, *odd = even + size;
#pragma omp simd
                for (int l = 0; l < Lanes; ++l) {
                    s0[l] -= even[l] * kappa[o + j];
                    s1[l] -= odd[l] * kappa[o + j + 1];
                }
            }
            float s[Lanes], acc0[Lanes] = {}, acc1[Lanes] = {};
            for (int l = 0; l < Lanes; ++l)
                s[l] = s0[l] + s1[l];
            const float* vi = v + o + i0;
            for (int j = 0; j < size; j += 2) {
                float *even = at + j * size + i0, *odd = even + size;
                const float w0 = w[o + j], k0 = k[o + j], b0 = b[j], r0 = r[o + j];
                const float w1 = w[o + j + 1], k1 = k[o + j + 1], b1 = b[j + 1], r1 = r[o + j + 1];
#pragma omp simd
                for (int l = 0; l < Lanes; ++l) {
                    even[l] = even[l] * w0 + vi[l] * k0 + s[l] * b0;
                    acc0[l] += even[l] * r0;
                    odd[l] = odd[l] * w1 + vi[l] * k1 + s[l] * b1;
                    acc1[l] += odd[l] * r1;
                }
            }
            for (int l = 0; l < Lanes; ++l)
                y[o + i0 + l] = acc0[l] + acc1[l];
        }
    }
    for (int i = 0; i < size; ++i)
        for (int j = 0; j < size; ++j)
            a[i * size + j] = at[j * size + i];
}

// From here the transposes (~4 tokens' worth) pay for themselves.
constexpr int kTransposeFromRows = 8;

} // namespace

void wkv7(int rows, int heads, int size, const float* r, const float* w, const float* k, const float* v,
          const float* kappa, const float* alpha, float* state, float* y)
{
    const size_t c = static_cast<size_t>(heads) * size;
    auto head = wkv7_head_by_rows;
    if (rows >= kTransposeFromRows)
        head = size % 64 == 0 ? wkv7_head_transposed<64> : size % 16 == 0 ? wkv7_head_transposed<16> : head;
#pragma omp parallel for if (worth_parallel(rows, heads, size))
    for (int h = 0; h < heads; ++h) {
        const size_t o = static_cast<size_t>(h) * size;
        head(rows, c, size, r + o, w + o, k + o, v + o, kappa + o, alpha + o, state + o * size, y + o);
    }
}

} // namespace linnet::kernels::LINNET_ISA

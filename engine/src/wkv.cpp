#include "wkv.h"

#include <omp.h>

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

void wkv7(int rows, int heads, int size, const float* r, const float* w, const float* k, const float* v,
          const float* kappa, const float* alpha, float* state, float* y)
{
    const size_t c = static_cast<size_t>(heads) * size;
#pragma omp parallel for if (worth_parallel(rows, heads, size))
    for (int h = 0; h < heads; ++h) {
        float* a = state + static_cast<size_t>(h) * size * size;
        float b[kMaxHeadSize]; // κ ⊙ α of this head
        for (int t = 0; t < rows; ++t) {
            const size_t base = t * c + static_cast<size_t>(h) * size;
            const float *rh = r + base, *wh = w + base, *kh = k + base, *vh = v + base, *kap = kappa + base;
            const float* al = alpha + base;
            float* yh = y + base;
            for (int j = 0; j < size; ++j)
                b[j] = kap[j] * al[j];
            for (int i = 0; i < size; ++i) {
                float* ai = a + static_cast<size_t>(i) * size;
                float s = 0;
#pragma omp simd reduction(+ : s)
                for (int j = 0; j < size; ++j)
                    s += ai[j] * kap[j];
                s = -s;
                const float vi = vh[i];
                float acc = 0;
#pragma omp simd reduction(+ : acc)
                for (int j = 0; j < size; ++j) {
                    ai[j] = ai[j] * wh[j] + vi * kh[j] + s * b[j];
                    acc += ai[j] * rh[j];
                }
                yh[i] = acc;
            }
        }
    }
}

} // namespace linnet

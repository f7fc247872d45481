#include "wkv.h"

#include <vector>

namespace linnet {

void wkv5(int rows, int heads, int size, const float* r, const float* k, const float* v, const float* w,
          size_t w_stride, const float* u, float* state, float* y)
{
    const size_t c = static_cast<size_t>(heads) * size;
    for (int t = 0; t < rows; ++t) {
        const size_t o = t * c;
        const float* wt = w + t * w_stride;
        for (int h = 0; h < heads; ++h) {
            float* a = state + static_cast<size_t>(h) * size * size;
            const size_t base = o + static_cast<size_t>(h) * size;
            const float* vh = v + base;
            float* yh = y + base;
            for (int j = 0; j < size; ++j)
                yh[j] = 0;
            for (int i = 0; i < size; ++i) {
                const size_t ch = static_cast<size_t>(h) * size + i;
                const float ri = r[base + i], ki = k[base + i], ui = u[ch], wi = wt[ch];
                float* ai = a + static_cast<size_t>(i) * size;
                for (int j = 0; j < size; ++j) {
                    const float kv = ki * vh[j];
                    yh[j] += ri * (ui * kv + ai[j]);
                    ai[j] = wi * ai[j] + kv;
                }
            }
        }
    }
}

void wkv7(int rows, int heads, int size, const float* r, const float* w, const float* k, const float* v,
          const float* kappa, const float* alpha, float* state, float* y)
{
    const size_t c = static_cast<size_t>(heads) * size;
    std::vector<float> b(size);
    for (int t = 0; t < rows; ++t) {
        for (int h = 0; h < heads; ++h) {
            const size_t base = t * c + static_cast<size_t>(h) * size;
            const float *rh = r + base, *wh = w + base, *kh = k + base, *vh = v + base;
            const float *kap = kappa + base, *al = alpha + base;
            float* yh = y + base;
            for (int j = 0; j < size; ++j)
                b[j] = kap[j] * al[j];
            float* a = state + static_cast<size_t>(h) * size * size;
            for (int i = 0; i < size; ++i) {
                float* ai = a + static_cast<size_t>(i) * size;
                float s = 0;
                for (int j = 0; j < size; ++j)
                    s -= ai[j] * kap[j];
                float acc = 0;
                const float vi = vh[i];
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

// The sequential recurrences of RWKV-5/6 and RWKV-7 over a chunk of tokens. Inputs
// are rows × C (C = heads × head_size); `state` holds one S×S matrix per head.
#pragma once

#include "kernel_table.h"

#include <cstddef>

namespace linnet {

// The largest head size the recurrences handle (real models use 64).
constexpr int kMaxHeadSize = 256;

// RWKV-5/6, state[h][i=key][j=value]:
//   y[j] = Σ_i r[i]·(u[i]·k[i]·v[j] + A[i][j]);   A[i][j] ← w[i]·A[i][j] + k[i]·v[j]
// `w` advances by `w_stride` floats per row (0: one decay for every token, RWKV-5).
inline void wkv5(int rows, int heads, int size, const float* r, const float* k, const float* v, const float* w,
                 size_t w_stride, const float* u, float* state, float* y)
{
    kernels::kernel_table().wkv5(rows, heads, size, r, k, v, w, w_stride, u, state, y);
}

// RWKV-7, state[h][i=value][j=key]:
//   s[i] = Σ_j A[i][j]·(−κ[j]);   A[i][j] ← A[i][j]·w[j] + v[i]·k[j] + s[i]·κ[j]·α[j];   y[i] = Σ_j A[i][j]·r[j]
inline void wkv7(int rows, int heads, int size, const float* r, const float* w, const float* k, const float* v,
                 const float* kappa, const float* alpha, float* state, float* y)
{
    kernels::kernel_table().wkv7(rows, heads, size, r, w, k, v, kappa, alpha, state, y);
}

} // namespace linnet

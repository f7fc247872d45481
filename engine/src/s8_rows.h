// One-row products of int8 weights kept as PyTorch stores them (out × in: each output's
// inputs contiguous), for the CPU levels where oneDNN keeps int8 weights in that plain
// order: there (AVX2 without VNNI) its one-row int8 product streamed ~1 GB/s, 10–50×
// slower than the weights can be read (docs/benchmarks.md). Prompts stay on oneDNN.
//   y[n] = (float(Σ_k w[n][k]·x[k]) · column_scales[n]) · row_scale
// The integer sum is exact and the two float products are oneDNN's (its int32 result
// times the per-column post-op, then the row's scale), in that order, so a one-row
// product here has the bits of oneDNN's product of the same weights.
#pragma once

#include <cstdint>

namespace linnet::s8 {

struct Product {
    const int8_t* w;             // n rows of k
    int k, n;
    const int8_t* x;             // k inputs, quantised to [-127, 127]
    const float* column_scales;  // n
    float row_scale;
    float* y;                    // n
};

void run_generic(const Product& p);
void run_avx2(const Product& p);
// The AVX2 kernel where the engine's CPU level has AVX2, else the generic one.
void run(const Product& p);

} // namespace linnet::s8

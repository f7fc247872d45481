// Matrix–vector products (one token: generation) computed directly on the blocked
// weight layout oneDNN chose for the matrix, so the same single copy of the weights
// serves oneDNN's matrix–matrix products (prompts) and these.
//
// Why not oneDNN for one row too: on the development machine oneDNN 2.6's M=1 brgemm
// kernels stream the weights 25–45 % below what a plain AVX-512 loop over the very same
// bytes reaches (measured side by side, see docs/benchmarks.md), and a token reads every
// weight once, so that loss is the generation speed. The products stay oneDNN's for
// M > 1, and for any layout not recognised here.
#pragma once

#include "weight_type.h"

#include <dnnl.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace linnet {

// oneDNN's "BA16a64b{pack}a" layout of a {K, N} weight matrix: blocks of 16 (K) × 64 (N)
// with `pack` consecutive K values interleaved per column (1 f32, 2 bf16, 4 s8); all K
// blocks of one 64-column group are contiguous. K and N are padded (with zeros).
struct BlockedLayout {
    int k = 0, n = 0;               // logical sizes
    int k_padded = 0, n_padded = 0; // multiples of the block (K: 16 or 64 for s8; N: 64)
    size_t group_stride = 0;        // elements from one 64-column group to the next
};

// The layout, if `desc` is the blocked layout the kernels below read; nullopt otherwise.
std::optional<BlockedLayout> blocked_layout(const dnnl::memory::desc& desc, WeightType type);

// True when this build has the AVX-512 kernels (BF16 and VNNI instructions).
bool gemv_available();

// y[0..n) = x · W over output columns [0, n) of one matrix part. `x` holds k_padded
// values, zero beyond k (bf16: rounded inputs; u8: the s8-quantised input plus 128).
// For u8 the result is (Σ x·w − 128·column_sums) · x_scale · column_scales.
// Work is split over the OpenMP threads of an enclosing parallel region (the caller
// forks once for all parts of a matrix).
void gemv_f32(const BlockedLayout& l, const float* w, const float* x, float* y);
void gemv_bf16(const BlockedLayout& l, const uint16_t* w, const uint16_t* x, float* y);
void gemv_u8s8(const BlockedLayout& l, const int8_t* w, const uint8_t* x, const int32_t* column_sums,
               float x_scale, const float* column_scales, float* y);

} // namespace linnet

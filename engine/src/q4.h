// 4-bit weights, group-wise: each output row's inputs are cut into groups of `group`
// values, and each group stores q ∈ [0, 15] per weight with one scale d and one minimum
// m (both fp16): w = d·q + m.
//
// Layout (chosen for the one-row kernels, which stream it once per token): rows come in
// blocks of 16 (the last block padded with zero rows); a block holds, group after group,
//   16 scales (fp16), 16 minimums (fp16), then group/8 chunks of 64 bytes;
// chunk c of group g covers inputs k0 = g·group + 8c … k0 + 7, and its bytes 4r…4r+3 are
// row r's: byte j holds q[r][k0 + j] in its low nibble and q[r][k0 + 4 + j] in its high one.
// So one 64-byte load gives 16 rows × 8 inputs, and the low (high) nibbles are exactly the
// operand of one VNNI dot product (16 lanes of 4 bytes) against 4 inputs broadcast.
//
// Products quantise their inputs per row to int8 (scale max|x|/127, as the int8 weights
// do) and add up exactly in integers per group:
//   y[t][r] = sx[t] · Σ_g ( d[r][g] · Σ_{k∈g} q[r][k]·xq[t][k]  +  m[r][g] · Σ_{k∈g} xq[t][k] )
// with the two float steps per group as fused multiply-adds in this order, so every ISA
// level and every row count gives the same bits.
#pragma once

#include <cstddef>
#include <cstdint>

namespace linnet::q4 {

constexpr int kBlockRows = 16;
constexpr int kChunkInputs = 8;

// The group size for rows of `k` inputs, the largest of `preferred`, preferred/2, … (down
// to 8) that divides k; 0 when none does (k not a multiple of 8: such a matrix cannot be
// stored in 4 bits).
int group_for(int k, int preferred);

// Bytes of one block of 16 rows, and of `rows` rows (whole blocks).
size_t block_bytes(int k, int group);
size_t bytes(int rows, int k, int group);

// Packs `rows` rows (a multiple of 16, or the matrix's last rows: missing rows of the
// block are zero) of `k` fp32 weights, starting at a block boundary, into `out`.
void pack_rows(const float* w, int rows, int k, int group, uint8_t* out);

// The same from rwkv.cpp's Q4_0 (`with_minimum` false: w = d·(q − 8)) or Q4_1 (w = d·q + m)
// blocks of 32, as stored: the packed weights are exactly the file's (group 32).
void pack_ggml_rows(const uint8_t* blocks, bool with_minimum, int rows, int k, uint8_t* out);

// The weight the packed form stands for (tests, and widening).
float dequantised(const uint8_t* packed, int k, int group, int row, int col);

// Inputs of a product: rows quantised to int8 (kernels::quantise_rows) and, per row
// and group, the sum of the quantised values (as float: exact below 2^24).
void group_sums(const int8_t* xq, int rows, int k, int group, float* sums);

struct Product {
    const uint8_t* packed; // the first block of the rows computed
    int k, group;
    int rows;              // output rows computed (from the first block on)
    const int8_t* xq;      // m × k
    const float* sums;     // m × (k / group)
    const float* sx;       // m row scales
    int m;
    float* y;              // m rows, `ld` floats apart
    int ld;
};

// The kernels, one per ISA level; run() takes the one the engine's CPU level allows
// (linnet/cpu.h: LINNET_CPU=avx2 forces the AVX2 kernel).
void run_generic(const Product& p);
void run_avx2(const Product& p);
void run_avx512(const Product& p);
void run(const Product& p);

// The level run() uses: "avx512", "avx2" or "generic".
const char* level();

} // namespace linnet::q4

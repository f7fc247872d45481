// 4-bit weights, group-wise with 8-bit scales: each output row's inputs are cut into groups
// of `group` values (32 unless the row's length needs fewer), eight groups make a
// super-group (the row's last one may have fewer), and
//   w = d_S·s_g·q + dm_S·m_g,   q ∈ [0, 15], s_g ∈ [0, 255], m_g ∈ [−127, 127],
// with one scale of the scales d_S and one scale of the minimums dm_S (fp16) per row and
// super-group, and one s_g and m_g (8 bits each) per row and group. At groups of 32 that is
// 128 + 16 + 4 bytes per 256 weights, 4.625 bits a weight (an fp16 scale and minimum per
// group would be 5): generation reads every weight once a token, so its time follows
// these bytes. The halves hold 256·d_S and 256·dm_S: real scales of the scales lie below
// fp16's smallest normal number (6.1e-5) and would lose digits there; the 2^-8 is exact.
//
// Layout (chosen for the one-row kernels, which stream it once per token): rows come in
// blocks of 16 (the last block padded with zero rows); a block holds, super-group after
// super-group, a header and then the super-group's nibbles. The header of a super-group of
// G groups: 16 halves 256·d_S, 16 halves 256·dm_S, then per group 16 s_g (uint8) and 16 m_g
// (int8), zero-padded to a multiple of 64 bytes. Then, group after group, group/8 chunks of
// 64 bytes: chunk c of group g covers inputs k0 = g·group + 8c … k0 + 7, and its bytes
// 4r…4r+3 are row r's: byte j holds q[r][k0 + j] in its low nibble and q[r][k0 + 4 + j] in
// its high one. So one 64-byte load gives 16 rows × 8 inputs, and the low (high) nibbles
// are exactly the operand of one VNNI dot product (16 lanes of 4 bytes) against 4 inputs
// broadcast.
//
// Products quantise their inputs per row to int8 (scale max|x|/127, as the int8 weights
// do). Per super-group S everything up to d_S and dm_S is an exact integer:
//   A[t][r] = Σ_{g∈S} s[r][g] · Σ_{k∈g} q[r][k]·xq[t][k]   (|A| < 8·255·group·15·127 < 2^31)
//   B[t][r] = Σ_{g∈S} m[r][g] · Σ_{k∈g} xq[t][k]           (|B| < 2^24: exact as a float)
// and then, super-group after super-group, two fused multiply-adds in this order:
//   acc = fma(float(A), d_S, acc);  acc = fma(dm_S, float(B), acc);   y[t][r] = acc · sx[t]
// float(A) rounds to nearest as every level converts, so every ISA level and every row
// and thread count gives the same bits.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace linnet::q4 {

constexpr int kBlockRows = 16;
constexpr int kChunkInputs = 8;
constexpr int kSuperGroup = 8;         // groups per super-group
constexpr float kScaleUnit = 1.0f / 256; // the stored halves are 256·d_S and 256·dm_S

// The group size for rows of `k` inputs, the largest of `preferred`, preferred/2, … (down
// to 8) that divides k; 0 when none does (k not a multiple of 8: such a matrix cannot be
// stored in 4 bits).
int group_for(int k, int preferred);

// Where a super-group's parts lie, relative to the block of 16 rows it belongs to.
struct SuperGroup {
    int first_group, groups; // the row's groups first_group … first_group + groups − 1
    size_t offset;           // of its header in the block
    size_t header;           // header bytes (the nibbles follow)

    // P: const uint8_t* to read a block, uint8_t* to write one.
    template <class P> P scales(P block) const { return block + offset; }              // 16 halves
    template <class P> P minimum_scales(P block) const { return block + offset + 32; } // 16 halves
    // Group i's (0 ≤ i < groups) 16 s_g, followed by its 16 m_g.
    template <class P> P indices(P block, int i) const { return block + offset + 64 + 32 * i; }
    template <class P> P nibbles(P block) const { return block + offset + header; }
};

inline size_t header_bytes(int groups)
{
    return (64 + 32 * static_cast<size_t>(groups) + 63) / 64 * 64;
}

inline size_t super_group_bytes(int groups, int group)
{
    return header_bytes(groups) + static_cast<size_t>(groups) * group * kBlockRows / 2;
}

inline int super_groups(int k, int group)
{
    return (k / group + kSuperGroup - 1) / kSuperGroup;
}

// Super-group `s` of rows of `groups` groups of `group` inputs: all but the last are full.
inline SuperGroup super_group_of(int groups, int group, int s)
{
    const int count = std::min(kSuperGroup, groups - s * kSuperGroup);
    return {s * kSuperGroup, count, static_cast<size_t>(s) * super_group_bytes(kSuperGroup, group), header_bytes(count)};
}

inline SuperGroup super_group(int k, int group, int s)
{
    return super_group_of(k / group, group, s);
}

// Bytes of one block of 16 rows, and of `rows` rows (whole blocks).
size_t block_bytes(int k, int group);
size_t bytes(int rows, int k, int group);

// Packs `rows` rows (a multiple of 16, or the matrix's last rows: missing rows of the
// block are zero) of `k` fp32 weights, starting at a block boundary, into `out`.
void pack_rows(const float* w, int rows, int k, int group, uint8_t* out);

// The same from rwkv.cpp's Q4_0 (`with_minimum` false: w = d·(q − 8)) or Q4_1 (w = d·q + m)
// blocks of 32 (group 32): each block's own d and m, rounded to its super-group's grids
// (the neighbouring steps that fit the file's values best), and the levels q nearest to
// the file's values for them (the file's q where the rounding did not move them).
void pack_ggml_rows(const uint8_t* blocks, bool with_minimum, int rows, int k, uint8_t* out);

// A group's scale d_S·s_g and minimum dm_S·m_g, and the weight the packed form stands for
// (tests, and widening).
struct Levels {
    float d, m;
};
Levels levels(const uint8_t* packed, int k, int group, int row, int col);
float dequantised(const uint8_t* packed, int k, int group, int row, int col);

// Inputs of a product: rows quantised to int8 (kernels::quantise_rows) and, per row
// and group, the sum of the quantised values (|sum| ≤ group·127: int16 for groups up to
// 256). A row's sums are sums_per_row apart, an even count (the last one zero when the
// groups are odd), so that the AVX-512 kernel reads two groups' sums as one 32-bit pair.
inline int sums_per_row(int k, int group)
{
    return (k / group + 1) / 2 * 2;
}
void group_sums(const int8_t* xq, int rows, int k, int group, int16_t* sums);

struct Product {
    const uint8_t* packed; // the first block of the rows computed
    int k, group;
    int rows;              // output rows computed (from the first block on)
    const int8_t* xq;      // m × k
    const int16_t* sums;   // m × sums_per_row(k, group)
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

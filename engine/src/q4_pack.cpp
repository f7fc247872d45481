#include "q4.h"

#include "dtype.h"
#include "parallel_rows.h"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace linnet::q4 {

namespace {

constexpr int kMaxScale = 255, kMaxMinimum = 127;
constexpr float kLargestHalf = 65504.0f;

// The fitting works on a group eight values at a time in AVX2, which every CPU the engine
// runs on has (linnet/cpu.h; Model::load refuses others before anything is packed), with
// the sums' order fixed. Written for single floats, the loops did not vectorise (their
// float sums must keep their order) and fitting took 40 ns a weight, against 11 in SSE2
// vectors and 7.6 in these (docs/benchmarks.md).
#define LINNET_AVX2 __attribute__((target("avx2,fma")))

using v8f = __m256;

LINNET_AVX2 v8f load8(const float* p) { return _mm256_loadu_ps(p); }

// The sum of the eight lanes, in a fixed order.
LINNET_AVX2 float sum8(v8f v)
{
    return ((v[0] + v[4]) + (v[2] + v[6])) + ((v[1] + v[5]) + (v[3] + v[7]));
}

// The nearest of the 16 levels, as floats: clamped first, then truncated (the same as
// rounding down there).
LINNET_AVX2 v8f levels8(v8f w, float m, float inv)
{
    const v8f t = _mm256_min_ps(_mm256_max_ps((w - m) * inv + 0.5f, _mm256_setzero_ps()), _mm256_set1_ps(15.0f));
    return _mm256_cvtepi32_ps(_mm256_cvttps_epi32(t));
}

float inverse(float d) { return d > 0 ? 1.0f / d : 0.0f; }

LINNET_AVX2 float squared_error(const float* w, int group, Levels l)
{
    const float inv = inverse(l.d);
    v8f e{};
    for (int i = 0; i < group; i += 8) {
        const v8f x = load8(w + i);
        const v8f diff = x - (l.d * levels8(x, l.m, inv) + l.m);
        e += diff * diff;
    }
    return sum8(e);
}

// The least-squares scale and minimum for the levels (w − m)/d rounds to: moves the 16
// levels onto where the group's values are dense instead of its two extremes. `sum`: the
// group's values added. The sums of levels are integers below 2^24: exact in floats.
LINNET_AVX2 Levels refit(const float* w, int group, Levels l, double sum)
{
    if (!(l.d > 0))
        return l;
    v8f sq{}, sqq{}, sqw{};
    const float inv = 1.0f / l.d;
    for (int i = 0; i < group; i += 8) {
        const v8f x = load8(w + i), q = levels8(x, l.m, inv);
        sq += q;
        sqq += q * q;
        sqw += q * x;
    }
    const double n = group, q = sum8(sq), qq = sum8(sqq), qw = sum8(sqw);
    const double det = n * qq - q * q;
    if (det <= 0)
        return l;
    const double fd = (n * qw - q * sum) / det, fm = (sum - fd * q) / n;
    if (!(fd > 0))
        return l;
    return {static_cast<float>(fd), static_cast<float>(fm)};
}

struct Extremes {
    float lo, hi;
};

LINNET_AVX2 Extremes extremes(const float* w, int group)
{
    v8f lo = load8(w), hi = lo;
    for (int i = 8; i < group; i += 8) {
        lo = _mm256_min_ps(lo, load8(w + i));
        hi = _mm256_max_ps(hi, load8(w + i));
    }
    Extremes e{lo[0], hi[0]};
    for (int j = 1; j < 8; ++j) {
        e.lo = std::min(e.lo, lo[j]);
        e.hi = std::max(e.hi, hi[j]);
    }
    return e;
}

// A group's levels in float: from its extremes, refitted while that lowers the error.
LINNET_AVX2 Levels fit_group(const float* w, int group)
{
    const Extremes x = extremes(w, group);
    v8f lanes{};
    for (int i = 0; i < group; i += 8)
        lanes += load8(w + i);
    const double sum = sum8(lanes);
    Levels best{(x.hi - x.lo) / 15.0f, x.lo};
    float error = squared_error(w, group, best);
    for (int step = 0; step < 3; ++step) {
        const Levels next = refit(w, group, best, sum);
        const float e = squared_error(w, group, next);
        if (!(e < error))
            break;
        best = next;
        error = e;
    }
    return best;
}

// A super-group's two scales: the halves hold 256·d_S and 256·dm_S (q4.h).
struct Scales {
    uint16_t d_half, m_half;
    float d, m; // d_S, dm_S

    Scales(float largest_d, float largest_m)
        : d_half(f32_to_f16(std::min(largest_d / kMaxScale / kScaleUnit, kLargestHalf))),
          m_half(f32_to_f16(std::min(largest_m / kMaxMinimum / kScaleUnit, kLargestHalf))),
          d(f16_to_f32(d_half) * kScaleUnit), m(f16_to_f32(m_half) * kScaleUnit)
    {
    }
};

struct Indices {
    uint8_t s;
    int8_t m;
};

// The levels the kernels use (both products exact in float: 11 × 8 bits).
Levels indexed(Indices i, const Scales& sc)
{
    return {sc.d * static_cast<float>(i.s), sc.m * static_cast<float>(i.m)};
}

// A group's indices. Its own scale and minimum lie between steps of the super-group's
// grids, which can be a large part of the group's own step when its spread is small beside
// the super-group's largest: the neighbours below and above of each (the scale from the
// group's fit and the one that spans its values from that minimum) are tried, and the one
// with the smallest error in the kernels' levels wins. Rounding each to the nearest made a
// group of a hundredth of its neighbours' spread 270 times worse than its own float levels.
LINNET_AVX2 Indices quantise_group(const float* w, int group, Levels fit, const Scales& sc)
{
    const float hi = extremes(w, group).hi;
    const int below = static_cast<int>(std::floor(fit.m * inverse(sc.m)));
    Indices best{};
    float error = INFINITY;
    for (int m = below; m <= below + 1; ++m) {
        const auto mi = static_cast<int8_t>(std::clamp(m, -kMaxMinimum, kMaxMinimum));
        const float minimum = sc.m * static_cast<float>(mi);
        int tried = -2; // the scale indices tried last (loading time: most groups give one pair)
        for (const float d : {fit.d, (hi - minimum) / 15.0f}) {
            const int s_below = static_cast<int>(std::floor(std::max(0.0f, d) * inverse(sc.d)));
            for (int s = s_below; s <= s_below + 1; ++s) {
                if (s == tried || s == tried + 1)
                    continue;
                const Indices ix{static_cast<uint8_t>(std::clamp(s, 0, kMaxScale)), mi};
                const float e = squared_error(w, group, indexed(ix, sc));
                if (e < error) {
                    best = ix;
                    error = e;
                }
            }
            tried = s_below;
        }
    }
    return best;
}

// Group i's levels of row r (q4.h: chunk c's bytes 4r…4r+3 hold inputs 8c…8c+3 in their
// low nibbles and 8c+4…8c+7 in their high ones).
LINNET_AVX2 void put_nibbles(uint8_t* nibbles, int r, const float* w, int group, Levels l)
{
    const float inv = inverse(l.d);
    for (int c = 0; c < group / kChunkInputs; ++c) {
        // Levels in 0…15 (NaN weights give INT_MIN: masked to 0); then inputs 0…3 in the
        // low nibbles, 4…7 in the high ones.
        const __m256i q = _mm256_and_si256(_mm256_cvttps_epi32(levels8(load8(w + kChunkInputs * c), l.m, inv)),
                                           _mm256_set1_epi32(15));
        const __m128i bytes = _mm_or_si128(_mm256_castsi256_si128(q), _mm_slli_epi32(_mm256_extracti128_si256(q, 1), 4));
        const __m128i packed = _mm_packus_epi16(_mm_packs_epi32(bytes, bytes), bytes);
        const uint32_t four = static_cast<uint32_t>(_mm_cvtsi128_si32(packed));
        std::memcpy(nibbles + c * 64 + r * 4, &four, 4);
    }
}

void put_scales(uint8_t* block, const SuperGroup& sg, int r, const Scales& sc)
{
    std::memcpy(sg.scales(block) + 2 * r, &sc.d_half, 2);
    std::memcpy(sg.minimum_scales(block) + 2 * r, &sc.m_half, 2);
}

void put_indices(uint8_t* block, const SuperGroup& sg, int i, int r, Indices ix)
{
    uint8_t* at = sg.indices(block, i);
    at[r] = ix.s;
    at[16 + r] = static_cast<uint8_t>(ix.m);
}

// Row r's values of one super-group (w: its first), and its groups' levels in float.
LINNET_AVX2 void pack_super_group(const float* w, const Levels* fits, int group, const SuperGroup& sg, int r, uint8_t* block)
{
    float largest_d = 0, largest_m = 0;
    for (int i = 0; i < sg.groups; ++i) {
        largest_d = std::max(largest_d, fits[i].d);
        largest_m = std::max(largest_m, std::abs(fits[i].m));
    }
    const Scales sc(largest_d, largest_m);
    put_scales(block, sg, r, sc);
    uint8_t* nibbles = sg.nibbles(block);
    for (int i = 0; i < sg.groups; ++i) {
        const float* v = w + i * group;
        const Indices ix = quantise_group(v, group, fits[i], sc);
        put_indices(block, sg, i, r, ix);
        put_nibbles(nibbles + static_cast<size_t>(i) * group * kBlockRows / 2, r, v, group, indexed(ix, sc));
    }
}

// `count` rows of one block; `fits`: their groups' levels in float (count × k/group), or
// null to fit them here.
LINNET_AVX2 void pack_block(const float* w, const Levels* fits, int count, int k, int group, uint8_t* block)
{
    std::memset(block, 0, block_bytes(k, group));
    const int groups = k / group;
    for (int s = 0; s < super_groups(k, group); ++s) {
        const SuperGroup sg = super_group(k, group, s);
        for (int r = 0; r < count; ++r) {
            const float* v = w + static_cast<size_t>(r) * k + sg.first_group * group;
            Levels own[kSuperGroup];
            for (int i = 0; !fits && i < sg.groups; ++i)
                own[i] = fit_group(v + i * group, group);
            pack_super_group(v, fits ? fits + r * groups + sg.first_group : own, group, sg, r, block);
        }
    }
}

// One ggml block of 32: its levels, and the nibble of value i. Q4_0's w = d·(q − 8) with
// d < 0 (ggml's d takes the sign of the block's largest magnitude) is |d|·q' − 7|d| with
// q' = 15 − q: the scales stay non-negative.
struct GgmlBlock {
    Levels l;
    bool flip;

    GgmlBlock(const uint8_t* b, bool with_minimum)
    {
        uint16_t bits;
        std::memcpy(&bits, b, 2);
        const float d = f16_to_f32(bits);
        float m = -8.0f * d;
        if (with_minimum) {
            std::memcpy(&bits, b + 2, 2);
            m = f16_to_f32(bits);
        }
        flip = !with_minimum && d < 0;
        l = flip ? Levels{-d, 7.0f * d} : Levels{d, m};
    }
    static int q(const uint8_t* qs, int i, bool flip)
    {
        const int v = i < 16 ? qs[i] & 15 : qs[i - 16] >> 4;
        return flip ? 15 - v : v;
    }
};

} // namespace

int group_for(int k, int preferred)
{
    for (int g = preferred; g >= kChunkInputs; g /= 2)
        if (k % g == 0)
            return g;
    return 0;
}

size_t block_bytes(int k, int group)
{
    const int count = super_groups(k, group);
    const SuperGroup last = super_group(k, group, count - 1);
    return last.offset + super_group_bytes(last.groups, group);
}

size_t bytes(int rows, int k, int group)
{
    return static_cast<size_t>((rows + kBlockRows - 1) / kBlockRows) * block_bytes(k, group);
}

void pack_rows(const float* w, int rows, int k, int group, uint8_t* out)
{
    for (int first = 0; first < rows; first += kBlockRows)
        pack_block(w + static_cast<size_t>(first) * k, nullptr, std::min(kBlockRows, rows - first), k, group,
                   out + static_cast<size_t>(first / kBlockRows) * block_bytes(k, group));
}

// The file's values, with each block's own levels as the fit: the super-group's indices
// are then chosen for the smallest error against the file's values. (Q4_0 fitted afresh
// from its values' extremes misses its levels: the tiny RWKV-5.2's logits moved 0.116
// from the file's fp32 ones, against 0.028 in int8.)
void pack_ggml_rows(const uint8_t* blocks, bool with_minimum, int rows, int k, uint8_t* out)
{
    constexpr int group = 32; // ggml's block
    const size_t block_size = with_minimum ? 20 : 18;
    const int groups = k / group;
    const size_t row_bytes = static_cast<size_t>(groups) * block_size;
    std::vector<float> w(static_cast<size_t>(kBlockRows) * k);
    std::vector<Levels> fits(static_cast<size_t>(kBlockRows) * groups);
    for (int first = 0; first < rows; first += kBlockRows) {
        const int count = std::min(kBlockRows, rows - first);
        for (int r = 0; r < count; ++r)
            for (int g = 0; g < groups; ++g) {
                const uint8_t* b = blocks + (first + r) * row_bytes + g * block_size;
                const GgmlBlock ggml(b, with_minimum);
                fits[r * groups + g] = ggml.l;
                const uint8_t* qs = b + (with_minimum ? 4 : 2);
                for (int j = 0; j < group; ++j)
                    w[static_cast<size_t>(r) * k + g * group + j] =
                        ggml.l.d * static_cast<float>(GgmlBlock::q(qs, j, ggml.flip)) + ggml.l.m;
            }
        pack_block(w.data(), fits.data(), count, k, group, out + static_cast<size_t>(first / kBlockRows) * block_bytes(k, group));
    }
}

Levels levels(const uint8_t* packed, int k, int group, int row, int col)
{
    const uint8_t* block = packed + static_cast<size_t>(row / kBlockRows) * block_bytes(k, group);
    const SuperGroup sg = super_group(k, group, col / group / kSuperGroup);
    const int r = row % kBlockRows;
    uint16_t d, m;
    std::memcpy(&d, sg.scales(block) + 2 * r, 2);
    std::memcpy(&m, sg.minimum_scales(block) + 2 * r, 2);
    const uint8_t* ix = sg.indices(block, col / group - sg.first_group);
    return {f16_to_f32(d) * kScaleUnit * static_cast<float>(ix[r]),
            f16_to_f32(m) * kScaleUnit * static_cast<float>(static_cast<int8_t>(ix[16 + r]))};
}

float dequantised(const uint8_t* packed, int k, int group, int row, int col)
{
    const uint8_t* block = packed + static_cast<size_t>(row / kBlockRows) * block_bytes(k, group);
    const SuperGroup sg = super_group(k, group, col / group / kSuperGroup);
    const int r = row % kBlockRows, i = col - sg.first_group * group, j = i % kChunkInputs;
    const uint8_t byte = sg.nibbles(block)[(i / kChunkInputs) * 64 + r * 4 + (j & 3)];
    const int q = j < 4 ? byte & 15 : byte >> 4;
    const Levels l = levels(packed, k, group, row, col);
    return l.d * static_cast<float>(q) + l.m;
}

void group_sums(const int8_t* xq, int rows, int k, int group, int16_t* sums)
{
    const int groups = k / group, stride = sums_per_row(k, group);
    // A prompt's chunk has its rows summed on every thread (the products wait for them).
    kernels::for_rows(rows, k, [&](int first, int end) {
        for (int t = first; t < end; ++t) {
            int16_t* row = sums + static_cast<size_t>(t) * stride;
            for (int g = 0; g < groups; ++g) {
                const int8_t* x = xq + static_cast<size_t>(t) * k + g * group;
                int s = 0;
                for (int i = 0; i < group; ++i)
                    s += x[i];
                row[g] = static_cast<int16_t>(s);
            }
            std::fill(row + groups, row + stride, int16_t(0));
        }
    });
}

} // namespace linnet::q4

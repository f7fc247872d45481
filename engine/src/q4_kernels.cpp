// The 4-bit products (layout and arithmetic in q4.h), one function per ISA level. Every
// level adds each super-group's products exactly in integers and then takes the same two
// fused multiply-adds per super-group, so all of them give the same bits.
#include "q4.h"

#include "dtype.h"
#include "linnet/cpu.h"
#include "stream_prefetch.h"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace linnet::q4 {

namespace {

float scale(const uint8_t* half)
{
    uint16_t h;
    std::memcpy(&h, half, 2);
    return f16_to_f32(h) * kScaleUnit;
}

int32_t load4(const int8_t* p)
{
    int32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

// Bytes of one group's nibbles (16 rows).
size_t group_nibbles(int group)
{
    return static_cast<size_t>(group) * kBlockRows / 2;
}

// Token t of one block of 16 rows.
void block_generic(const uint8_t* block, const Product& p, int t, int first_row)
{
    const int groups = p.k / p.group;
    const int8_t* x = p.xq + static_cast<size_t>(t) * p.k;
    const int16_t* sums = p.sums + static_cast<size_t>(t) * sums_per_row(p.k, p.group);
    float acc[kBlockRows] = {};
    const int count = (groups + kSuperGroup - 1) / kSuperGroup;
    for (int s = 0; s < count; ++s) {
        const SuperGroup sg = super_group_of(groups, p.group, s);
        int32_t a[kBlockRows] = {}, b[kBlockRows] = {};
        for (int i = 0; i < sg.groups; ++i) {
            const int g = sg.first_group + i;
            const uint8_t* chunks = sg.nibbles(block) + i * group_nibbles(p.group);
            const uint8_t* ix = sg.indices(block, i);
            int32_t sum[kBlockRows] = {};
            for (int c = 0; c < p.group / kChunkInputs; ++c) {
                const int8_t* xc = x + g * p.group + c * kChunkInputs;
                for (int r = 0; r < kBlockRows; ++r)
                    for (int j = 0; j < 4; ++j) {
                        const uint8_t byte = chunks[c * 64 + r * 4 + j];
                        sum[r] += (byte & 15) * xc[j] + (byte >> 4) * xc[4 + j];
                    }
            }
            const int32_t xs = sums[g];
            for (int r = 0; r < kBlockRows; ++r) {
                a[r] += ix[r] * sum[r];
                b[r] += static_cast<int8_t>(ix[16 + r]) * xs;
            }
        }
        for (int r = 0; r < kBlockRows; ++r) {
            acc[r] = std::fma(static_cast<float>(a[r]), scale(sg.scales(block) + 2 * r), acc[r]);
            acc[r] = std::fma(scale(sg.minimum_scales(block) + 2 * r), static_cast<float>(b[r]), acc[r]);
        }
    }
    const int rows = std::min(kBlockRows, p.rows - first_row);
    for (int r = 0; r < rows; ++r)
        p.y[static_cast<size_t>(t) * p.ld + first_row + r] = acc[r] * p.sx[t];
}

// Calls block(block_pointer, t0, first_row) for every block and tile of up to T tokens.
template <int T, class Block>
inline void for_tiles(const Product& p, Block&& block)
{
    const size_t stride = block_bytes(p.k, p.group);
    for (int first = 0; first < p.rows; first += kBlockRows) {
        const uint8_t* b = p.packed + static_cast<size_t>(first / kBlockRows) * stride;
        for (int t0 = 0; t0 < p.m; t0 += T)
            block(b, t0, first);
    }
}

#define LINNET_AVX512 __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni,f16c,fma")))
#define LINNET_AVX2 __attribute__((target("avx2,fma,f16c")))

// Each 64-byte line of nibbles is asked for ahead of its read (stream_prefetch.h): one
// token streams every weight from memory once; tiles of many tokens read each block again
// from cache, where the request into L2 cost 2 % of the kernel's speed.
template <int T>
inline void prefetch_ahead(const uint8_t* p)
{
    if constexpr (T == 1)
        prefetch_streamed(p);
    else
        prefetch_into_l1(p);
}

int32_t load_pair(const int16_t* p)
{
    int32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

// Chunk c of a group: its 64 bytes, asking for the nibbles ahead (T tokens).
template <int T>
LINNET_AVX512 inline __m512i chunk_avx512(const uint8_t* w, int c)
{
    __m512i v = _mm512_loadu_si512(w + c * 64);
    prefetch_ahead<T>(w + c * 64);
    // One load a chunk: the compiler would fold it into both nibble masks, and loads are
    // what a one-token group runs short of.
    asm("" : "+v"(v));
    return v;
}

// Few tokens (T < 4): one group's sums of q·xq for tokens t0 … t0 + T − 1 (16 rows
// each), two per token (low and high nibbles) so that the dot products form two chains.
// The high nibbles stay in place (16·q, at most 240 as an unsigned byte) and their sum is
// divided by 16 once per group, exactly: one shift fewer a chunk. C: chunks per group
// when known at compile time (groups of 32: the loops unroll), 0 otherwise.
template <int T, int C>
LINNET_AVX512 inline void group_avx512(const uint8_t* w, const int8_t* x, const Product& p, __m512i (&sum)[T])
{
    const __m512i low = _mm512_set1_epi8(0x0f);
    __m512i hi_sum[T];
    for (int t = 0; t < T; ++t)
        sum[t] = hi_sum[t] = _mm512_setzero_si512();
    const int chunks = C ? C : p.group / kChunkInputs;
#pragma GCC unroll 4
    for (int c = 0; c < chunks; ++c) {
        const __m512i v = chunk_avx512<T>(w, c);
        const __m512i lo = _mm512_and_si512(v, low), hi = _mm512_andnot_si512(low, v);
        for (int t = 0; t < T; ++t) {
            const int8_t* xc = x + static_cast<size_t>(t) * p.k + c * kChunkInputs;
            sum[t] = _mm512_dpbusd_epi32(sum[t], lo, _mm512_set1_epi32(load4(xc)));
            hi_sum[t] = _mm512_dpbusd_epi32(hi_sum[t], hi, _mm512_set1_epi32(load4(xc + 4)));
        }
    }
    for (int t = 0; t < T; ++t)
        sum[t] = _mm512_add_epi32(sum[t], _mm512_srai_epi32(hi_sum[t], 4));
}

// Many tokens (T ≥ 4): a[t] += s_g · (q·xq sums of one group), one chain per token. Every
// 16 inputs the sum so far, at most 16·15·127 = 30480 in magnitude, is an int16 in its
// lane's low half (the high half its sign), and `scale` holds s_g zero-extended: one
// VNNI word product (low·s_g + high·0) scales and adds it, where a 32-bit multiply is two
// instructions and an add a third.
template <int T, int C>
LINNET_AVX512 inline void scaled_group_avx512(const uint8_t* w, const int8_t* x, const Product& p, __m512i scale,
                                              __m512i (&a)[T])
{
    const __m512i low = _mm512_set1_epi8(0x0f);
    __m512i sum[T];
    for (int t = 0; t < T; ++t)
        sum[t] = _mm512_setzero_si512();
    const int chunks = C ? C : p.group / kChunkInputs;
#pragma GCC unroll 4
    for (int c = 0; c < chunks; ++c) {
        const __m512i v = chunk_avx512<T>(w, c);
        const __m512i lo = _mm512_and_si512(v, low), hi = _mm512_and_si512(_mm512_srli_epi16(v, 4), low);
        for (int t = 0; t < T; ++t) {
            const int8_t* xc = x + static_cast<size_t>(t) * p.k + c * kChunkInputs;
            sum[t] = _mm512_dpbusd_epi32(sum[t], lo, _mm512_set1_epi32(load4(xc)));
            sum[t] = _mm512_dpbusd_epi32(sum[t], hi, _mm512_set1_epi32(load4(xc + 4)));
        }
        if (c % 2 == 1 || c == chunks - 1)
            for (int t = 0; t < T; ++t) {
                a[t] = _mm512_dpwssd_epi32(a[t], sum[t], scale);
                sum[t] = _mm512_setzero_si512();
            }
    }
}

// Few tokens: the minimums' part Σ m_g·(the group's input sum) goes along with the
// nibbles; many: after them, two groups at a time (registers are short at 8 tokens).
template <int T>
constexpr bool kMinimumsAlong = T < 4;

// Group i of a super-group: a[t] += s_g·(q·xq sums) (and b[t] += m_g·Σxq, few tokens).
template <int T, int C>
LINNET_AVX512 inline void super_group_step(const uint8_t* block, const SuperGroup& sg, int i, const Product& p, int t0,
                                           __m512i (&a)[T], __m512i (&b)[T])
{
    const uint8_t* w = sg.nibbles(block) + i * group_nibbles(p.group);
    const int8_t* x = p.xq + static_cast<size_t>(t0) * p.k + (sg.first_group + i) * p.group;
    const uint8_t* ix = sg.indices(block, i);
    const __m512i sc = _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(ix)));
    if constexpr (!kMinimumsAlong<T>) {
        scaled_group_avx512<T, C>(w, x, p, sc, a);
    } else {
        __m512i sum[T];
        group_avx512<T, C>(w, x, p, sum);
        const __m512i mn = _mm512_cvtepi8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(ix + 16)));
        const int stride = sums_per_row(p.k, p.group);
        for (int t = 0; t < T; ++t) {
            a[t] = _mm512_add_epi32(a[t], _mm512_mullo_epi32(sum[t], sc));
            const int32_t xs = p.sums[static_cast<size_t>(t0 + t) * stride + sg.first_group + i];
            b[t] = _mm512_add_epi32(b[t], _mm512_mullo_epi32(mn, _mm512_set1_epi32(xs)));
        }
    }
}

// b[t] += Σ_g m_g·Σxq over a super-group, groups i and i + 1 in one VNNI word product:
// their minimums as int16 pairs, and their input sums as one 32-bit pair of int16. A
// super-group of an odd count reads one group further, inside its header's padding and
// the row's sums' zero padding (q4.h): zero times whatever the header holds there.
template <int T>
LINNET_AVX512 inline void minimums_avx512(const uint8_t* block, const SuperGroup& sg, const Product& p, int t0,
                                          __m512i (&b)[T])
{
    const int stride = sums_per_row(p.k, p.group);
    for (int i = 0; i < sg.groups; i += 2) {
        const __m128i m0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(sg.indices(block, i) + 16));
        const __m128i m1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(sg.indices(block, i + 1) + 16));
        const __m512i pairs = _mm512_cvtepi8_epi16(_mm256_set_m128i(_mm_unpackhi_epi8(m0, m1), _mm_unpacklo_epi8(m0, m1)));
        const int16_t* xs = p.sums + static_cast<size_t>(t0) * stride + sg.first_group + i;
        for (int t = 0; t < T; ++t)
            b[t] = _mm512_dpwssd_epi32(b[t], pairs, _mm512_set1_epi32(load_pair(xs + static_cast<size_t>(t) * stride)));
    }
}

template <int T, int C>
LINNET_AVX512 void block_avx512(const uint8_t* block, const Product& p, int t0, int first_row)
{
    const int groups = p.k / p.group;
    const __m512 unit = _mm512_set1_ps(kScaleUnit);
    constexpr bool along = kMinimumsAlong<T>;
    __m512 acc[T];
    for (int t = 0; t < T; ++t)
        acc[t] = _mm512_setzero_ps();
    const int count = (groups + kSuperGroup - 1) / kSuperGroup;
    for (int s = 0; s < count; ++s) {
        const SuperGroup sg = super_group_of(groups, p.group, s);
        __m512i a[T], b[T];
        for (int t = 0; t < T; ++t)
            a[t] = b[t] = _mm512_setzero_si512();
        // Unrolled for few tokens only: at 8 tokens the unrolled groups spill registers.
        if constexpr (along) {
            // Full super-groups (all but a row's last) with a count known at compile time.
            if (sg.groups == kSuperGroup) {
#pragma GCC unroll 8
                for (int i = 0; i < kSuperGroup; ++i)
                    super_group_step<T, C>(block, sg, i, p, t0, a, b);
            } else {
                for (int i = 0; i < sg.groups; ++i)
                    super_group_step<T, C>(block, sg, i, p, t0, a, b);
            }
        } else {
#pragma GCC unroll 1
            for (int i = 0; i < sg.groups; ++i)
                super_group_step<T, C>(block, sg, i, p, t0, a, b);
        }
        const __m512 d = _mm512_mul_ps(_mm512_cvtph_ps(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(sg.scales(block)))), unit);
        const __m512 dm = _mm512_mul_ps(
            _mm512_cvtph_ps(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(sg.minimum_scales(block)))), unit);
        for (int t = 0; t < T; ++t)
            acc[t] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(a[t]), d, acc[t]);
        if constexpr (!along)
            minimums_avx512<T>(block, sg, p, t0, b);
        for (int t = 0; t < T; ++t)
            acc[t] = _mm512_fmadd_ps(dm, _mm512_cvtepi32_ps(b[t]), acc[t]);
    }
    const __mmask16 keep = static_cast<__mmask16>((1u << std::min(kBlockRows, p.rows - first_row)) - 1);
    for (int t = 0; t < T; ++t)
        _mm512_mask_storeu_ps(p.y + static_cast<size_t>(t0 + t) * p.ld + first_row, keep,
                              _mm512_mul_ps(acc[t], _mm512_set1_ps(p.sx[t0 + t])));
}

// a[t][h] += s_g · (q·xq sums of one group) for tokens t0 … t0 + T − 1, rows 8h … 8h + 7.
// Each row's 32-bit lane gathers two 16-bit partial sums (u8·s8 pairs: at most 2·15·127
// per nibble half, 7620 a chunk), exact in 16 bits over up to 4 chunks (30480); then one
// word product against `scale` (s_g in both halves of its row's lane) scales and adds them.
template <int T, int C>
LINNET_AVX2 inline void scaled_group_avx2(const uint8_t* w, const int8_t* x, const Product& p, const __m256i (&scale)[2],
                                          __m256i (&a)[T][2])
{
    const __m256i low = _mm256_set1_epi8(0x0f);
    __m256i part[T][2];
    for (int t = 0; t < T; ++t)
        part[t][0] = part[t][1] = _mm256_setzero_si256();
    const int chunks = C ? C : p.group / kChunkInputs;
#pragma GCC unroll 4
    for (int c = 0; c < chunks; ++c) {
        for (int h = 0; h < 2; ++h) {
            __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + c * 64 + 32 * h));
            if (h == 0)
                prefetch_ahead<T>(w + c * 64);
            asm("" : "+x"(v)); // one load (as in chunk_avx512)
            const __m256i lo = _mm256_and_si256(v, low), hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), low);
            for (int t = 0; t < T; ++t) {
                const int8_t* xc = x + static_cast<size_t>(t) * p.k + c * kChunkInputs;
                const __m256i pairs = _mm256_add_epi16(_mm256_maddubs_epi16(lo, _mm256_set1_epi32(load4(xc))),
                                                       _mm256_maddubs_epi16(hi, _mm256_set1_epi32(load4(xc + 4))));
                part[t][h] = _mm256_add_epi16(part[t][h], pairs);
            }
        }
        if (c % 4 == 3 || c == chunks - 1)
            for (int t = 0; t < T; ++t)
                for (int h = 0; h < 2; ++h) {
                    a[t][h] = _mm256_add_epi32(a[t][h], _mm256_madd_epi16(part[t][h], scale[h]));
                    part[t][h] = _mm256_setzero_si256();
                }
    }
}

// b[t][h] += Σ_g m_g·Σxq over a super-group, two groups a word product (as
// minimums_avx512, whose notes on an odd count hold here too).
template <int T>
LINNET_AVX2 inline void minimums_avx2(const uint8_t* block, const SuperGroup& sg, const Product& p, int t0,
                                      __m256i (&b)[T][2])
{
    const int stride = sums_per_row(p.k, p.group);
    for (int i = 0; i < sg.groups; i += 2) {
        const __m128i m0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(sg.indices(block, i) + 16));
        const __m128i m1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(sg.indices(block, i + 1) + 16));
        const __m256i pairs[2] = {_mm256_cvtepi8_epi16(_mm_unpacklo_epi8(m0, m1)),
                                  _mm256_cvtepi8_epi16(_mm_unpackhi_epi8(m0, m1))};
        const int16_t* xs = p.sums + static_cast<size_t>(t0) * stride + sg.first_group + i;
        for (int t = 0; t < T; ++t) {
            const __m256i x = _mm256_set1_epi32(load_pair(xs + static_cast<size_t>(t) * stride));
            for (int h = 0; h < 2; ++h)
                b[t][h] = _mm256_add_epi32(b[t][h], _mm256_madd_epi16(pairs[h], x));
        }
    }
}

template <int T, int C>
LINNET_AVX2 void block_avx2(const uint8_t* block, const Product& p, int t0, int first_row)
{
    const int groups = p.k / p.group;
    const __m256 unit = _mm256_set1_ps(kScaleUnit);
    __m256 acc[T][2];
    for (int t = 0; t < T; ++t)
        acc[t][0] = acc[t][1] = _mm256_setzero_ps();
    const int count = (groups + kSuperGroup - 1) / kSuperGroup;
    for (int s = 0; s < count; ++s) {
        const SuperGroup sg = super_group_of(groups, p.group, s);
        __m256i a[T][2], b[T][2];
        for (int t = 0; t < T; ++t)
            a[t][0] = a[t][1] = b[t][0] = b[t][1] = _mm256_setzero_si256();
#pragma GCC unroll 8
        for (int i = 0; i < sg.groups; ++i) {
            const uint8_t* ix = sg.indices(block, i);
            __m256i scale[2];
            for (int h = 0; h < 2; ++h) {
                const __m256i sc = _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(ix + 8 * h)));
                scale[h] = _mm256_or_si256(sc, _mm256_slli_epi32(sc, 16));
            }
            scaled_group_avx2<T, C>(sg.nibbles(block) + i * group_nibbles(p.group),
                                    p.xq + static_cast<size_t>(t0) * p.k + (sg.first_group + i) * p.group, p, scale, a);
        }
        minimums_avx2<T>(block, sg, p, t0, b);
        for (int h = 0; h < 2; ++h) {
            const __m256 d = _mm256_mul_ps(_mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(sg.scales(block) + 16 * h))), unit);
            const __m256 dm = _mm256_mul_ps(
                _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(sg.minimum_scales(block) + 16 * h))), unit);
            for (int t = 0; t < T; ++t) {
                acc[t][h] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(a[t][h]), d, acc[t][h]);
                acc[t][h] = _mm256_fmadd_ps(dm, _mm256_cvtepi32_ps(b[t][h]), acc[t][h]);
            }
        }
    }
    const int rows = std::min(kBlockRows, p.rows - first_row);
    for (int t = 0; t < T; ++t) {
        alignas(32) float out[kBlockRows];
        const __m256 s = _mm256_set1_ps(p.sx[t0 + t]);
        _mm256_store_ps(out, _mm256_mul_ps(acc[t][0], s));
        _mm256_store_ps(out + 8, _mm256_mul_ps(acc[t][1], s));
        std::memcpy(p.y + static_cast<size_t>(t0 + t) * p.ld + first_row, out, sizeof(float) * rows);
    }
}

enum class Level { Generic, Avx2, Avx512 };

// The engine's one CPU level (linnet/cpu.h, LINNET_CPU included) decides; the AVX-512
// kernel also needs VNNI, which the plain AVX-512 level does not promise.
Level chosen()
{
    switch (cpu_level()) {
    case CpuLevel::Avx512Bf16: return Level::Avx512;
    case CpuLevel::Avx512: return __builtin_cpu_supports("avx512vnni") ? Level::Avx512 : Level::Avx2;
    case CpuLevel::Avx2: return Level::Avx2;
    default: return Level::Generic;
    }
}

// C: chunks per group at compile time for groups of 32 (the engine's), 0 otherwise.
template <int C>
void tiles_avx2(const Product& p)
{
    for_tiles<2>(p, [&](const uint8_t* b, int t0, int first) {
        if (p.m - t0 >= 2)
            block_avx2<2, C>(b, p, t0, first);
        else
            block_avx2<1, C>(b, p, t0, first);
    });
}

template <int C>
void tiles_avx512(const Product& p)
{
    for_tiles<8>(p, [&](const uint8_t* b, int t0, int first) {
        switch (std::min(8, p.m - t0)) {
        case 8: block_avx512<8, C>(b, p, t0, first); break;
        case 7: block_avx512<7, C>(b, p, t0, first); break;
        case 6: block_avx512<6, C>(b, p, t0, first); break;
        case 5: block_avx512<5, C>(b, p, t0, first); break;
        case 4: block_avx512<4, C>(b, p, t0, first); break;
        case 3: block_avx512<3, C>(b, p, t0, first); break;
        case 2: block_avx512<2, C>(b, p, t0, first); break;
        default: block_avx512<1, C>(b, p, t0, first); break;
        }
    });
}

} // namespace

void run_generic(const Product& p)
{
    for_tiles<1>(p, [&](const uint8_t* b, int t0, int first) { block_generic(b, p, t0, first); });
}

void run_avx2(const Product& p)
{
    if (p.group == 32)
        tiles_avx2<4>(p);
    else
        tiles_avx2<0>(p);
}

void run_avx512(const Product& p)
{
    if (p.group == 32)
        tiles_avx512<4>(p);
    else
        tiles_avx512<0>(p);
}

void run(const Product& p)
{
    switch (chosen()) {
    case Level::Avx512: run_avx512(p); break;
    case Level::Avx2: run_avx2(p); break;
    default: run_generic(p); break;
    }
}

const char* level()
{
    switch (chosen()) {
    case Level::Avx512: return "avx512";
    case Level::Avx2: return "avx2";
    default: return "generic";
    }
}

} // namespace linnet::q4

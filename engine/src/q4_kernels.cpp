// The 4-bit products (layout and arithmetic in q4.h), one function per ISA level. Every
// level adds each group's integer sum exactly and then takes the same two fused
// multiply-adds per group, so all of them give the same bits.
#include "q4.h"

#include "dtype.h"
#include "linnet/cpu.h"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace linnet::q4 {

namespace {

constexpr size_t kHeaderBytes = 2 * kBlockRows * sizeof(uint16_t);

size_t group_stride(int group)
{
    return kHeaderBytes + static_cast<size_t>(group) * kBlockRows / 2;
}

float f16(const uint8_t* p)
{
    uint16_t h;
    std::memcpy(&h, p, 2);
    return f16_to_f32(h);
}

int32_t load4(const int8_t* p)
{
    int32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

// Tokens [t0, t0 + T) of one block of 16 rows.
void block_generic(const uint8_t* block, const Product& p, int t0, int tokens, int first_row)
{
    const int groups = p.k / p.group;
    for (int t = t0; t < t0 + tokens; ++t) {
        float acc[kBlockRows] = {};
        const int8_t* x = p.xq + static_cast<size_t>(t) * p.k;
        for (int g = 0; g < groups; ++g) {
            const uint8_t* header = block + g * group_stride(p.group);
            const uint8_t* chunks = header + kHeaderBytes;
            int32_t sum[kBlockRows] = {};
            for (int c = 0; c < p.group / kChunkInputs; ++c) {
                const int8_t* xc = x + g * p.group + c * kChunkInputs;
                for (int r = 0; r < kBlockRows; ++r)
                    for (int j = 0; j < 4; ++j) {
                        const uint8_t byte = chunks[c * 64 + r * 4 + j];
                        sum[r] += (byte & 15) * xc[j] + (byte >> 4) * xc[4 + j];
                    }
            }
            const float s = p.sums[static_cast<size_t>(t) * groups + g];
            for (int r = 0; r < kBlockRows; ++r) {
                acc[r] = std::fma(static_cast<float>(sum[r]), f16(header + 2 * r), acc[r]);
                acc[r] = std::fma(f16(header + 2 * (kBlockRows + r)), s, acc[r]);
            }
        }
        const int rows = std::min(kBlockRows, p.rows - first_row);
        for (int r = 0; r < rows; ++r)
            p.y[static_cast<size_t>(t) * p.ld + first_row + r] = acc[r] * p.sx[t];
    }
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

template <int T>
LINNET_AVX512 void block_avx512(const uint8_t* block, const Product& p, int t0, int first_row)
{
    const int groups = p.k / p.group, chunks = p.group / kChunkInputs;
    const __m512i low = _mm512_set1_epi8(0x0f);
    __m512 acc[T];
    for (int t = 0; t < T; ++t)
        acc[t] = _mm512_setzero_ps();
    for (int g = 0; g < groups; ++g) {
        const uint8_t* header = block + g * group_stride(p.group);
        const uint8_t* w = header + kHeaderBytes;
        const int8_t* x = p.xq + static_cast<size_t>(t0) * p.k + g * p.group;
        // Few tokens: two sums per token (low and high nibbles), so the dot products form
        // two chains; many: one each (the tokens' chains are independent already, and
        // registers are short). Integer sums: the same bits either way.
        constexpr bool split = T < 4;
        __m512i lo_sum[T], hi_sum[T];
        for (int t = 0; t < T; ++t)
            lo_sum[t] = hi_sum[t] = _mm512_setzero_si512();
        for (int c = 0; c < chunks; ++c) {
            const __m512i v = _mm512_loadu_si512(w + c * 64);
            const __m512i lo = _mm512_and_si512(v, low), hi = _mm512_and_si512(_mm512_srli_epi16(v, 4), low);
            for (int t = 0; t < T; ++t) {
                const int8_t* xc = x + static_cast<size_t>(t) * p.k + c * kChunkInputs;
                lo_sum[t] = _mm512_dpbusd_epi32(lo_sum[t], lo, _mm512_set1_epi32(load4(xc)));
                __m512i& second = split ? hi_sum[t] : lo_sum[t];
                second = _mm512_dpbusd_epi32(second, hi, _mm512_set1_epi32(load4(xc + 4)));
            }
        }
        const __m512 d = _mm512_cvtph_ps(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(header)));
        const __m512 m = _mm512_cvtph_ps(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(header + 32)));
        for (int t = 0; t < T; ++t) {
            const __m512 sum = _mm512_cvtepi32_ps(_mm512_add_epi32(lo_sum[t], hi_sum[t]));
            acc[t] = _mm512_fmadd_ps(sum, d, acc[t]);
            acc[t] = _mm512_fmadd_ps(m, _mm512_set1_ps(p.sums[static_cast<size_t>(t0 + t) * groups + g]), acc[t]);
        }
    }
    const __mmask16 keep = static_cast<__mmask16>((1u << std::min(kBlockRows, p.rows - first_row)) - 1);
    for (int t = 0; t < T; ++t)
        _mm512_mask_storeu_ps(p.y + static_cast<size_t>(t0 + t) * p.ld + first_row, keep,
                              _mm512_mul_ps(acc[t], _mm512_set1_ps(p.sx[t0 + t])));
}

template <int T>
LINNET_AVX2 void block_avx2(const uint8_t* block, const Product& p, int t0, int first_row)
{
    const int groups = p.k / p.group, chunks = p.group / kChunkInputs;
    const __m256i low = _mm256_set1_epi8(0x0f), ones = _mm256_set1_epi16(1);
    __m256 acc[T][2];
    for (int t = 0; t < T; ++t)
        acc[t][0] = acc[t][1] = _mm256_setzero_ps();
    for (int g = 0; g < groups; ++g) {
        const uint8_t* header = block + g * group_stride(p.group);
        const uint8_t* w = header + kHeaderBytes;
        const int8_t* x = p.xq + static_cast<size_t>(t0) * p.k + g * p.group;
        __m256i sum[T][2];
        for (int t = 0; t < T; ++t)
            sum[t][0] = sum[t][1] = _mm256_setzero_si256();
        for (int c = 0; c < chunks; ++c)
            for (int h = 0; h < 2; ++h) { // rows 0-7, then 8-15
                const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + c * 64 + 32 * h));
                const __m256i lo = _mm256_and_si256(v, low), hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), low);
                for (int t = 0; t < T; ++t) {
                    const int8_t* xc = x + static_cast<size_t>(t) * p.k + c * kChunkInputs;
                    // u8·s8 pairs: at most 2·15·128 per 16-bit lane, twice: no saturation.
                    const __m256i pairs = _mm256_add_epi16(_mm256_maddubs_epi16(lo, _mm256_set1_epi32(load4(xc))),
                                                           _mm256_maddubs_epi16(hi, _mm256_set1_epi32(load4(xc + 4))));
                    sum[t][h] = _mm256_add_epi32(sum[t][h], _mm256_madd_epi16(pairs, ones));
                }
            }
        for (int h = 0; h < 2; ++h) {
            const __m256 d = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(header + 16 * h)));
            const __m256 m = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(header + 32 + 16 * h)));
            for (int t = 0; t < T; ++t) {
                acc[t][h] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(sum[t][h]), d, acc[t][h]);
                acc[t][h] = _mm256_fmadd_ps(m, _mm256_set1_ps(p.sums[static_cast<size_t>(t0 + t) * groups + g]), acc[t][h]);
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

} // namespace

void run_generic(const Product& p)
{
    for_tiles<1>(p, [&](const uint8_t* b, int t0, int first) { block_generic(b, p, t0, 1, first); });
}

void run_avx2(const Product& p)
{
    for_tiles<2>(p, [&](const uint8_t* b, int t0, int first) {
        if (p.m - t0 >= 2)
            block_avx2<2>(b, p, t0, first);
        else
            block_avx2<1>(b, p, t0, first);
    });
}

void run_avx512(const Product& p)
{
    for_tiles<8>(p, [&](const uint8_t* b, int t0, int first) {
        switch (std::min(8, p.m - t0)) {
        case 8: block_avx512<8>(b, p, t0, first); break;
        case 7: block_avx512<7>(b, p, t0, first); break;
        case 6: block_avx512<6>(b, p, t0, first); break;
        case 5: block_avx512<5>(b, p, t0, first); break;
        case 4: block_avx512<4>(b, p, t0, first); break;
        case 3: block_avx512<3>(b, p, t0, first); break;
        case 2: block_avx512<2>(b, p, t0, first); break;
        default: block_avx512<1>(b, p, t0, first); break;
        }
    });
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

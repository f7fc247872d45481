// The one-row int8 products (s8_rows.h), one function per ISA level; both add each
// output's integer sum exactly, so they give the same bits.
#include "s8_rows.h"

#include "linnet/cpu.h"

#include <immintrin.h>


namespace linnet::s8 {

namespace {

float finish(int32_t sum, const Product& p, int n)
{
    return static_cast<float>(sum) * p.column_scales[n] * p.row_scale;
}

int32_t dot_tail(const int8_t* w, const int8_t* x, int from, int k)
{
    int32_t sum = 0;
    for (int i = from; i < k; ++i)
        sum += int32_t(w[i]) * x[i];
    return sum;
}

#define LINNET_AVX2 __attribute__((target("avx2,fma")))

// Eight 32-bit lanes summed.
LINNET_AVX2 int32_t lanes_sum(__m256i v)
{
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, _MM_SHUFFLE(1, 0, 3, 2)));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, _MM_SHUFFLE(2, 3, 0, 1)));
    return _mm_cvtsi128_si32(s);
}

// Row n: 32 inputs a step, the input's sign moved onto the weights so that |x| is the
// unsigned operand of maddubs (pairs of at most 2·127·127: no saturation). One row at a
// time: the weights are then read as one sequential stream; several rows at once
// (sharing the input's loads) read several short streams and took 1.5× the roofline
// instead of 1.1–1.2 (docs/benchmarks.md).
LINNET_AVX2 float row_avx2(const Product& p, int n)
{
    const __m256i ones = _mm256_set1_epi16(1);
    const int8_t* row = p.w + static_cast<size_t>(n) * p.k;
    __m256i acc = _mm256_setzero_si256();
    const int steps = p.k / 32;
    for (int s = 0; s < steps; ++s) {
        const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p.x + 32 * s));
        const __m256i w = _mm256_sign_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(row + 32 * s)), x);
        acc = _mm256_add_epi32(acc, _mm256_madd_epi16(_mm256_maddubs_epi16(_mm256_abs_epi8(x), w), ones));
    }
    return finish(lanes_sum(acc) + dot_tail(row, p.x, 32 * steps, p.k), p, n);
}

} // namespace

void run_generic(const Product& p)
{
    for (int n = 0; n < p.n; ++n)
        p.y[n] = finish(dot_tail(p.w + static_cast<size_t>(n) * p.k, p.x, 0, p.k), p, n);
}

void run_avx2(const Product& p)
{
    for (int n = 0; n < p.n; ++n)
        p.y[n] = row_avx2(p, n);
}

void run(const Product& p)
{
    if (cpu_level() >= CpuLevel::Avx2)
        run_avx2(p);
    else
        run_generic(p);
}

} // namespace linnet::s8

#include "gemv.h"

#if defined(__AVX512F__) && defined(__AVX512BF16__) && defined(__AVX512VNNI__)
#define LINNET_GEMV_KERNELS 1
#include <immintrin.h>
#endif

#include <algorithm>

namespace linnet {

namespace {

constexpr int kGroup = 64; // columns per group (oneDNN's N block)

int pack_of(WeightType type)
{
    return type == WeightType::F32 ? 1 : type == WeightType::BF16 ? 2 : 4;
}

} // namespace

std::optional<BlockedLayout> blocked_layout(const dnnl::memory::desc& desc, WeightType type)
{
    const auto& d = desc.data;
    if (d.ndims != 2 || d.format_kind != dnnl_blocked || d.offset0 != 0)
        return std::nullopt;
    const auto& b = d.format_desc.blocking;
    const int pack = pack_of(type);
    // f32: 16a64b; bf16: 16a64b2a; s8: 16a64b4a (K blocks of 16·pack).
    const bool blocks = pack == 1 ? b.inner_nblks == 2 : b.inner_nblks == 3 && b.inner_blks[2] == pack && b.inner_idxs[2] == 0;
    if (!blocks || b.inner_blks[0] != 16 || b.inner_idxs[0] != 0 || b.inner_blks[1] != kGroup || b.inner_idxs[1] != 1)
        return std::nullopt;
    BlockedLayout l;
    l.k = static_cast<int>(d.dims[0]);
    l.n = static_cast<int>(d.dims[1]);
    l.k_padded = static_cast<int>(d.padded_dims[0]);
    l.n_padded = static_cast<int>(d.padded_dims[1]);
    l.group_stride = static_cast<size_t>(l.k_padded) * kGroup;
    const int64_t k_block = 16 * pack;
    if (l.k_padded % k_block || l.n_padded % kGroup || b.strides[0] != k_block * kGroup ||
        b.strides[1] != static_cast<int64_t>(l.group_stride))
        return std::nullopt;
    return l;
}

#ifdef LINNET_GEMV_KERNELS

// GCC 12's AVX-512 headers build some intrinsics from _mm512_undefined_*(), which its
// own -Wmaybe-uninitialized then reports.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

namespace {

// Stores the 64 values of a group, only the first `valid` of them.
inline void store_group(float* y, const __m512 v[4], int valid)
{
    for (int i = 0; i < 4; ++i) {
        const int left = valid - 16 * i;
        if (left >= 16)
            _mm512_storeu_ps(y + 16 * i, v[i]);
        else if (left > 0)
            _mm512_mask_storeu_ps(y + 16 * i, static_cast<__mmask16>((1u << left) - 1), v[i]);
    }
}

int groups(const BlockedLayout& l)
{
    return (l.n + kGroup - 1) / kGroup;
}

} // namespace

bool gemv_available() { return true; }

void gemv_f32(const BlockedLayout& l, const float* w, const float* x, float* y)
{
#pragma omp for schedule(static) nowait
    for (int g = 0; g < groups(l); ++g) {
        const float* p = w + g * l.group_stride;
        __m512 a[4], c[4];
        for (int i = 0; i < 4; ++i)
            a[i] = c[i] = _mm512_setzero_ps();
        // Two K rows per step into separate accumulators: more additions in flight.
        for (int k = 0; k < l.k_padded; k += 2, p += 2 * kGroup) {
            const __m512 x0 = _mm512_set1_ps(x[k]), x1 = _mm512_set1_ps(x[k + 1]);
            for (int i = 0; i < 4; ++i) {
                a[i] = _mm512_fmadd_ps(_mm512_load_ps(p + 16 * i), x0, a[i]);
                c[i] = _mm512_fmadd_ps(_mm512_load_ps(p + kGroup + 16 * i), x1, c[i]);
            }
        }
        for (int i = 0; i < 4; ++i)
            a[i] = _mm512_add_ps(a[i], c[i]);
        store_group(y + g * kGroup, a, l.n - g * kGroup);
    }
}

void gemv_bf16(const BlockedLayout& l, const uint16_t* w, const uint16_t* x, float* y)
{
    const auto* pairs = reinterpret_cast<const int32_t*>(x); // (x[2j], x[2j+1]) as one 32-bit value
#pragma omp for schedule(static) nowait
    for (int g = 0; g < groups(l); ++g) {
        const uint16_t* p = w + g * l.group_stride;
        __m512 a[4], c[4];
        for (int i = 0; i < 4; ++i)
            a[i] = c[i] = _mm512_setzero_ps();
        for (int j = 0; j < l.k_padded / 2; j += 2, p += 4 * kGroup) {
            const __m512bh x0 = (__m512bh)_mm512_set1_epi32(pairs[j]);
            const __m512bh x1 = (__m512bh)_mm512_set1_epi32(pairs[j + 1]);
            for (int i = 0; i < 4; ++i) {
                a[i] = _mm512_dpbf16_ps(a[i], (__m512bh)_mm512_load_si512(p + 32 * i), x0);
                c[i] = _mm512_dpbf16_ps(c[i], (__m512bh)_mm512_load_si512(p + 2 * kGroup + 32 * i), x1);
            }
        }
        for (int i = 0; i < 4; ++i)
            a[i] = _mm512_add_ps(a[i], c[i]);
        store_group(y + g * kGroup, a, l.n - g * kGroup);
    }
}

void gemv_u8s8(const BlockedLayout& l, const int8_t* w, const uint8_t* x, const int32_t* column_sums,
               float x_scale, const float* column_scales, float* y)
{
    const auto* quads = reinterpret_cast<const int32_t*>(x); // four inputs as one 32-bit value
#pragma omp for schedule(static) nowait
    for (int g = 0; g < groups(l); ++g) {
        const int8_t* p = w + g * l.group_stride;
        __m512i a[4], c[4];
        for (int i = 0; i < 4; ++i)
            a[i] = c[i] = _mm512_setzero_si512();
        for (int j = 0; j < l.k_padded / 4; j += 2, p += 8 * kGroup) {
            const __m512i x0 = _mm512_set1_epi32(quads[j]), x1 = _mm512_set1_epi32(quads[j + 1]);
            for (int i = 0; i < 4; ++i) {
                a[i] = _mm512_dpbusd_epi32(a[i], x0, _mm512_load_si512(p + 64 * i));
                c[i] = _mm512_dpbusd_epi32(c[i], x1, _mm512_load_si512(p + 4 * kGroup + 64 * i));
            }
        }
        const int valid = l.n - g * kGroup;
        const int first = g * kGroup;
        __m512 out[4];
        for (int i = 0; i < 4; ++i) {
            // Lanes past the matrix's last column read zero sums and scales.
            const __mmask16 m = valid >= 16 * (i + 1) ? 0xffff : valid > 16 * i ? (1u << (valid - 16 * i)) - 1 : 0;
            const __m512i sums = _mm512_maskz_loadu_epi32(m, column_sums + first + 16 * i);
            const __m512 scales = _mm512_maskz_loadu_ps(m, column_scales + first + 16 * i);
            // Σ (x+128)·w − 128·Σ w = Σ x·w, exactly, in int32.
            const __m512i dot = _mm512_sub_epi32(_mm512_add_epi32(a[i], c[i]), _mm512_slli_epi32(sums, 7));
            out[i] = _mm512_mul_ps(_mm512_cvtepi32_ps(dot), _mm512_mul_ps(scales, _mm512_set1_ps(x_scale)));
        }
        store_group(y + first, out, valid);
    }
}

#pragma GCC diagnostic pop

#else

bool gemv_available() { return false; }
void gemv_f32(const BlockedLayout&, const float*, const float*, float*) {}
void gemv_bf16(const BlockedLayout&, const uint16_t*, const uint16_t*, float*) {}
void gemv_u8s8(const BlockedLayout&, const int8_t*, const uint8_t*, const int32_t*, float, const float*, float*) {}

#endif

} // namespace linnet

#include "q4.h"

#include "dtype.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace linnet::q4 {

namespace {

// A group's header: 16 scales and 16 minimums in fp16.
constexpr size_t kHeaderBytes = 2 * kBlockRows * sizeof(uint16_t);

uint16_t to_f16(float v) { return f32_to_f16(v); }

float from_f16(uint16_t bits) { return f16_to_f32(bits); }

// The nearest of the 16 levels (floor inlines; lround is a call per weight, and loading
// 1.5B parameters made 30 s of it).
int level(float w, float m, float inv)
{
    return std::clamp(static_cast<int>(std::floor((w - m) * inv + 0.5f)), 0, 15);
}

size_t group_bytes(int group)
{
    return kHeaderBytes + static_cast<size_t>(group) * kBlockRows / 2;
}

struct Levels {
    uint16_t d, m; // fp16
};

float squared_error(const float* w, int group, Levels l)
{
    const float d = from_f16(l.d), m = from_f16(l.m), inv = d > 0 ? 1.0f / d : 0.0f;
    float e = 0;
#pragma omp simd reduction(+ : e)
    for (int i = 0; i < group; ++i) {
        const int q = level(w[i], m, inv);
        const float diff = w[i] - (d * static_cast<float>(q) + m);
        e += diff * diff;
    }
    return e;
}

// The least-squares scale and minimum for the levels (w − m)/d rounds to: moves the 16
// levels onto where the group's values are dense instead of its two extremes.
Levels refit(const float* w, int group, Levels l)
{
    const float d = from_f16(l.d), m = from_f16(l.m);
    if (!(d > 0))
        return l;
    double sq = 0, sqq = 0, sw = 0, sqw = 0;
    const float inv = 1.0f / d;
#pragma omp simd reduction(+ : sq, sqq, sw, sqw)
    for (int i = 0; i < group; ++i) {
        const double q = level(w[i], m, inv);
        sq += q;
        sqq += q * q;
        sw += w[i];
        sqw += q * w[i];
    }
    const double det = group * sqq - sq * sq;
    if (det <= 0)
        return l;
    const double fd = (group * sqw - sq * sw) / det, fm = (sw - fd * sq) / group;
    if (!(fd > 0))
        return l;
    return {to_f16(static_cast<float>(fd)), to_f16(static_cast<float>(fm))};
}

// One row's group: levels from its extremes, refitted while that lowers the error (in the
// fp16 scale and minimum the kernels use).
void pack_group(const float* w, int group, int row, uint8_t* header, uint8_t* chunks)
{
    float lo = w[0], hi = w[0];
    for (int i = 1; i < group; ++i) {
        lo = std::min(lo, w[i]);
        hi = std::max(hi, w[i]);
    }
    Levels best{to_f16((hi - lo) / 15.0f), to_f16(lo)};
    float error = squared_error(w, group, best);
    for (int step = 0; step < 3; ++step) {
        const Levels next = refit(w, group, best);
        const float e = squared_error(w, group, next);
        if (!(e < error))
            break;
        best = next;
        error = e;
    }
    std::memcpy(header + 2 * row, &best.d, 2);
    std::memcpy(header + 2 * (kBlockRows + row), &best.m, 2);
    const float d = from_f16(best.d), m = from_f16(best.m);
    const float inv = d > 0 ? 1.0f / d : 0.0f;
    for (int i = 0; i < group; ++i) {
        const int q = level(w[i], m, inv);
        const int j = i % kChunkInputs;
        uint8_t& byte = chunks[(i / kChunkInputs) * 64 + row * 4 + (j & 3)];
        byte |= static_cast<uint8_t>(j < 4 ? q : q << 4);
    }
}

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
    return static_cast<size_t>(k / group) * group_bytes(group);
}

size_t bytes(int rows, int k, int group)
{
    return static_cast<size_t>((rows + kBlockRows - 1) / kBlockRows) * block_bytes(k, group);
}

void pack_rows(const float* w, int rows, int k, int group, uint8_t* out)
{
    const int groups = k / group;
    for (int first = 0; first < rows; first += kBlockRows) {
        uint8_t* block = out + static_cast<size_t>(first / kBlockRows) * block_bytes(k, group);
        std::memset(block, 0, block_bytes(k, group));
        const int count = std::min(kBlockRows, rows - first);
        for (int g = 0; g < groups; ++g) {
            uint8_t* header = block + g * group_bytes(group);
            for (int r = 0; r < count; ++r)
                pack_group(w + static_cast<size_t>(first + r) * k + g * group, group, r, header, header + kHeaderBytes);
        }
    }
}

void pack_ggml_rows(const uint8_t* blocks, bool with_minimum, int rows, int k, uint8_t* out)
{
    constexpr int group = 32; // ggml's block
    const size_t block_size = with_minimum ? 20 : 18;
    const size_t row_bytes = static_cast<size_t>(k / group) * block_size;
    for (int first = 0; first < rows; first += kBlockRows) {
        uint8_t* block = out + static_cast<size_t>(first / kBlockRows) * block_bytes(k, group);
        std::memset(block, 0, block_bytes(k, group));
        const int count = std::min(kBlockRows, rows - first);
        for (int g = 0; g < k / group; ++g) {
            uint8_t* header = block + g * group_bytes(group);
            for (int r = 0; r < count; ++r) {
                const uint8_t* b = blocks + (first + r) * row_bytes + g * block_size;
                uint16_t d_bits, m_bits;
                std::memcpy(&d_bits, b, 2);
                // Q4_0 stores d·(q − 8): its minimum −8·d is exact in fp16 (a power of two).
                if (with_minimum)
                    std::memcpy(&m_bits, b + 2, 2);
                else
                    m_bits = to_f16(-8.0f * from_f16(d_bits));
                std::memcpy(header + 2 * r, &d_bits, 2);
                std::memcpy(header + 2 * (kBlockRows + r), &m_bits, 2);
                const uint8_t* qs = b + (with_minimum ? 4 : 2);
                uint8_t* chunks = header + kHeaderBytes;
                for (int i = 0; i < group; ++i) {
                    const int q = i < 16 ? qs[i] & 15 : qs[i - 16] >> 4;
                    const int j = i % kChunkInputs;
                    chunks[(i / kChunkInputs) * 64 + r * 4 + (j & 3)] |= static_cast<uint8_t>(j < 4 ? q : q << 4);
                }
            }
        }
    }
}

float dequantised(const uint8_t* packed, int k, int group, int row, int col)
{
    const uint8_t* header = packed + static_cast<size_t>(row / kBlockRows) * block_bytes(k, group) +
                            (col / group) * group_bytes(group);
    const int r = row % kBlockRows, i = col % group, j = i % kChunkInputs;
    uint16_t d, m;
    std::memcpy(&d, header + 2 * r, 2);
    std::memcpy(&m, header + 2 * (kBlockRows + r), 2);
    const uint8_t byte = header[kHeaderBytes + (i / kChunkInputs) * 64 + r * 4 + (j & 3)];
    const int q = j < 4 ? byte & 15 : byte >> 4;
    return from_f16(d) * static_cast<float>(q) + from_f16(m);
}

void group_sums(const int8_t* xq, int rows, int k, int group, float* sums)
{
    const int groups = k / group;
    for (int t = 0; t < rows; ++t)
        for (int g = 0; g < groups; ++g) {
            const int8_t* x = xq + static_cast<size_t>(t) * k + g * group;
            int s = 0;
            for (int i = 0; i < group; ++i)
                s += x[i];
            sums[t * groups + g] = static_cast<float>(s);
        }
}

} // namespace linnet::q4

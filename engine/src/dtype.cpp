#include "dtype.h"

#include "kernel_table.h"

#include <cmath>
#include <cstring>

namespace linnet {

namespace {

struct TypeTraits {
    const char* name;
    int block;
    int block_bytes;
};

constexpr TypeTraits kTraits[] = {
    {"F32", 1, 4},   {"F16", 1, 2},   {"BF16", 1, 2},  {"Q4_0", 32, 18},
    {"Q4_1", 32, 20}, {"Q5_0", 32, 22}, {"Q5_1", 32, 24}, {"Q8_0", 32, 34},
};

const TypeTraits& traits(DType t) { return kTraits[static_cast<int>(t)]; }

} // namespace

const char* dtype_name(DType type) { return traits(type).name; }
int dtype_block(DType type) { return traits(type).block; }

size_t dtype_bytes(DType type, uint64_t count)
{
    const auto& t = traits(type);
    return static_cast<size_t>(count / t.block * t.block_bytes);
}

uint16_t f32_to_f16(float f)
{
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    const auto sign = static_cast<uint16_t>((bits >> 16) & 0x8000);
    const uint32_t magnitude = bits & 0x7fffffff;
    if (magnitude > 0x7f800000)
        return sign | 0x7e00; // NaN stays NaN
    if (magnitude >= 0x477ff000) // 65520 and above round to infinity
        return sign | 0x7c00;
    if (magnitude < 0x38800000) { // below the smallest normal half: a multiple of 2^-24
        float a;
        std::memcpy(&a, &magnitude, 4);
        return sign | static_cast<uint16_t>(std::nearbyint(a * 16777216.0f));
    }
    const uint32_t rebased = magnitude - 0x38000000; // exponent bias 127 -> 15
    return sign | static_cast<uint16_t>((rebased + 0xfff + ((rebased >> 13) & 1)) >> 13);
}

float f16_to_f32(uint16_t h)
{
    const uint32_t sign = static_cast<uint32_t>(h & 0x8000) << 16;
    const uint32_t exponent = (h >> 10) & 0x1f;
    uint32_t mantissa = h & 0x3ff;
    uint32_t bits;
    if (exponent == 0x1f) {
        bits = sign | 0x7f800000 | (mantissa << 13);
    } else if (exponent != 0) {
        bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
    } else if (mantissa == 0) {
        bits = sign;
    } else {
        // Subnormal half: normalise it, since every half is a normal float.
        int e = 113;
        while (!(mantissa & 0x400)) {
            mantissa <<= 1;
            --e;
        }
        bits = sign | (static_cast<uint32_t>(e) << 23) | ((mantissa & 0x3ff) << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

void to_f32(DType type, const uint8_t* src, uint64_t count, float* dst)
{
    kernels::kernel_table().to_f32(type, src, count, dst);
}

} // namespace linnet

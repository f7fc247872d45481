#include "dtype.h"

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

uint16_t load_u16(const uint8_t* p)
{
    return static_cast<uint16_t>(p[0] | (p[1] << 8));
}

// The 4 low bits of element j of a ggml Q4/Q5 block: bytes hold j and j+16.
inline int low_nibble(const uint8_t* qs, int j)
{
    return j < 16 ? (qs[j] & 15) : (qs[j - 16] >> 4);
}

// Element j of a Q5 block: its low nibble plus bit j of `high` as the fifth bit.
inline int five_bits(const uint8_t* qs, uint32_t high, int j)
{
    return low_nibble(qs, j) | static_cast<int>(((high >> j) & 1u) << 4);
}

void decode_block(DType type, const uint8_t* b, float* out)
{
    const float d = f16_to_f32(load_u16(b));
    switch (type) {
    case DType::Q4_0:
        for (int j = 0; j < 32; ++j)
            out[j] = static_cast<float>(low_nibble(b + 2, j) - 8) * d;
        break;
    case DType::Q4_1: {
        const float m = f16_to_f32(load_u16(b + 2));
        for (int j = 0; j < 32; ++j)
            out[j] = std::fma(static_cast<float>(low_nibble(b + 4, j)), d, m);
        break;
    }
    case DType::Q5_0: {
        uint32_t h;
        std::memcpy(&h, b + 2, 4);
        for (int j = 0; j < 32; ++j)
            out[j] = static_cast<float>(five_bits(b + 6, h, j) - 16) * d;
        break;
    }
    case DType::Q5_1: {
        const float m = f16_to_f32(load_u16(b + 2));
        uint32_t h;
        std::memcpy(&h, b + 4, 4);
        for (int j = 0; j < 32; ++j)
            out[j] = std::fma(static_cast<float>(five_bits(b + 8, h, j)), d, m);
        break;
    }
    case DType::Q8_0:
        for (int j = 0; j < 32; ++j)
            out[j] = static_cast<float>(static_cast<int8_t>(b[2 + j])) * d;
        break;
    default:
        break;
    }
}

// Branch-free half → float, exact for every half (compilers vectorise it): the 15 low
// bits shifted into a float's place and scaled by 2^112 give normals and subnormals;
// infinities and NaNs get the top exponent back.
inline float f16_bits_to_f32(uint16_t h)
{
    const uint32_t magnitude = static_cast<uint32_t>(h & 0x7fff) << 13;
    float f;
    std::memcpy(&f, &magnitude, 4);
    f *= 0x1p112f;
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    if ((h & 0x7c00) == 0x7c00)
        bits = 0x7f800000u | magnitude;
    bits |= static_cast<uint32_t>(h & 0x8000) << 16;
    std::memcpy(&f, &bits, 4);
    return f;
}

} // namespace

const char* dtype_name(DType type) { return traits(type).name; }
int dtype_block(DType type) { return traits(type).block; }

size_t dtype_bytes(DType type, uint64_t count)
{
    const auto& t = traits(type);
    return static_cast<size_t>(count / t.block * t.block_bytes);
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
    if (count == 0)
        return; // src and dst may be null (an empty view); memcpy must not see them
    switch (type) {
    case DType::F32:
        std::memcpy(dst, src, count * 4);
        return;
    case DType::F16:
        for (uint64_t i = 0; i < count; ++i)
            dst[i] = f16_bits_to_f32(load_u16(src + 2 * i));
        return;
    case DType::BF16:
        for (uint64_t i = 0; i < count; ++i)
            dst[i] = bf16_to_f32(load_u16(src + 2 * i));
        return;
    default: {
        const int bytes = traits(type).block_bytes;
        for (uint64_t i = 0; i < count / 32; ++i)
            decode_block(type, src + i * bytes, dst + i * 32);
    }
    }
}

} // namespace linnet

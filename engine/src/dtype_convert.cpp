// Decoding model-file element types to fp32 (dtype.h's to_f32), compiled once per CPU
// level (kernel_table.h).
#include "kernel_table.h"

#include <cmath>
#include <cstring>

namespace linnet::kernels::LINNET_ISA {

namespace {

uint16_t load_u16(const uint8_t* p)
{
    return static_cast<uint16_t>(p[0] | (p[1] << 8));
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

// dtype.h's bf16_to_f32, again: an inline function shared with baseline code must not
// be compiled here (kernel_table.h).
inline float bf16_bits_to_f32(uint16_t b)
{
    const uint32_t bits = static_cast<uint32_t>(b) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
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
    const float d = f16_bits_to_f32(load_u16(b));
    switch (type) {
    case DType::Q4_0:
        for (int j = 0; j < 32; ++j)
            out[j] = static_cast<float>(low_nibble(b + 2, j) - 8) * d;
        break;
    case DType::Q4_1: {
        const float m = f16_bits_to_f32(load_u16(b + 2));
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
        const float m = f16_bits_to_f32(load_u16(b + 2));
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

} // namespace

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
            dst[i] = bf16_bits_to_f32(load_u16(src + 2 * i));
        return;
    default: {
        const int bytes = static_cast<int>(dtype_bytes(type, 32));
        for (uint64_t i = 0; i < count / 32; ++i)
            decode_block(type, src + i * bytes, dst + i * 32);
    }
    }
}

} // namespace linnet::kernels::LINNET_ISA

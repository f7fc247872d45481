// Element types found in model files, and their exact conversion to fp32.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace linnet {

enum class DType : uint8_t { F32, F16, BF16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0 };

const char* dtype_name(DType type);

// Elements per block (1 for plain types, 32 for the ggml quantised types).
int dtype_block(DType type);
// Bytes taken by `count` elements (a multiple of the block for quantised types).
size_t dtype_bytes(DType type, uint64_t count);

float f16_to_f32(uint16_t h);
// Rounds to the nearest half, ties to even; too large gives infinity.
uint16_t f32_to_f16(float f);
inline float bf16_to_f32(uint16_t b)
{
    const uint32_t bits = static_cast<uint32_t>(b) << 16;
    float f;
    __builtin_memcpy(&f, &bits, 4);
    return f;
}

// Converts `count` elements (a whole number of blocks) starting at `src` to fp32.
// Quantised blocks are decoded exactly as ggml defines them.
void to_f32(DType type, const uint8_t* src, uint64_t count, float* dst);

} // namespace linnet

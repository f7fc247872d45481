// The data transforms between checkpoint tensors and Linnet's internal tensors
// (rwkv-math.md §7.3): transposes and stacking keep the element type; value
// transforms (decays) are computed in double from the exact stored value and rounded
// once to float32, so an fp32 checkpoint gives exactly the rwkv.cpp .bin weights.
// Only plain element types (F32, F16, BF16) are accepted.
#pragma once

#include "tensor_set.h"

#include <cstdint>
#include <vector>

namespace linnet {

// (…, a, b) → (…, b, a), for tensors of 2 or more dimensions.
std::vector<uint8_t> transpose_last_two(const TensorView& t);

// The parts one after another (all of the same element type).
std::vector<uint8_t> concatenate(const std::vector<const TensorView*>& parts);

// f applied to every element of `bytes` (of type `type`), as float32.
std::vector<uint8_t> map_to_f32(DType type, std::span<const uint8_t> bytes, double (*f)(double));

} // namespace linnet

// How a matrix's weights are stored.
#pragma once

#include <cstdint>

namespace linnet {

// Matrix inputs are converted to match: fp32 stays, bf16 is rounded to nearest even,
// s8 is quantised per row (token) with the scale absmax/127; s8 weights carry one scale
// per output channel. Q4 weights (q4.h: 4 bits, a scale and a minimum per group of
// inputs) take their inputs quantised like s8's and run on kernels of our own.
enum class WeightType : uint8_t { F32, BF16, S8, Q4 };

} // namespace linnet

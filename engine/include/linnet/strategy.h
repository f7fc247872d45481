// Strategies: which precision each layer of a model runs in, written in the grammar of
// ChatRWKV's `rwkv` package:
//
//   STRATEGY = STAGE { "->" STAGE }
//   STAGE    = DEVICE PRECISION [ "*" N ]
//
// e.g. "cpu fp32", "cpu bf16", "cpu fp32i8", "cpu bf16i8 *20 -> cpu fp32". The output
// head counts as one more layer after the last block (layer n_layer+1 of n_layer+1).
// Stages with "*N" take N layers in order; stages without share the remaining layers
// (earlier stages get the smaller share); if nothing is left unsized, the last stage
// takes whatever the sized stages leave.
//
// Precisions (weights, matrix inputs; accumulation and the recurrent state stay fp32):
//   fp32    fp32 weights and activations
//   bf16    bf16 weights and matrix inputs
//   fp32i8  int8 weights (one scale per output channel; the low-rank matrices too),
//           matrix inputs quantised per token
//   bf16i8  as fp32i8, with the embedding table in bf16 (half its memory)
//   fp32i4  4-bit weights in groups of inputs, each with a scale and a minimum (q4.h),
//           matrix inputs quantised per token to int8
//   bf16i4  as fp32i4, with the embedding table in bf16
//           (in both the head stays int8: see head_precision in weight_reader.h)
// Vectors (norms, mixes, decays) are always fp32.
//
// Only the "cpu" device exists. GPU devices, streaming ("*N+") and other precisions
// (fp16, fp16i8) are refused with a message that says what is supported.
#pragma once

#include <string>
#include <vector>

namespace linnet {

enum class Precision { Fp32, Bf16, Fp32i8, Bf16i8, Fp32i4, Bf16i4 };

// "fp32", "bf16", "fp32i8", "bf16i8", "fp32i4", "bf16i4".
const char* precision_name(Precision precision);
// True for the precisions with a bf16 embedding table (bf16, bf16i8, bf16i4).
bool uses_bf16(Precision precision);
// True for the int8 precisions.
bool uses_int8(Precision precision);
// True for the 4-bit precisions.
bool uses_int4(Precision precision);

struct StrategyStage {
    Precision precision = Precision::Fp32;
    int first_layer = 0; // 0-based; the head is layer n_layer
    int layer_count = 0; // may be 0 when earlier stages took every layer
};

struct StrategyPlan {
    std::string text;                  // the strategy as written
    std::vector<StrategyStage> stages; // in order, covering layers 0..n_layer together
    std::vector<Precision> layers;     // n_layer + 1 entries: blocks 0..n_layer-1, then the head

    Precision head() const { return layers.back(); }
    // "bf16i8 for layers 1-20, fp32 for layers 21-24 and the head" (1-based, as users count).
    std::string describe() const;
};

// Parses `text` for a model of `n_layer` blocks. Throws linnet::Error(InvalidArgument)
// with a message naming the offending part of the strategy.
StrategyPlan parse_strategy(const std::string& text, int n_layer);

} // namespace linnet

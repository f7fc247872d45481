// What a model file holds, as detected from its tensors.
#pragma once

#include <cstdint>
#include <string>

namespace linnet {

enum class Arch { V4, V5_1, V5_2, V6, V7 };

// "4", "5.1", "5.2", "6", "7".
const char* arch_name(Arch arch);

struct ModelInfo {
    Arch arch = Arch::V4;
    int n_layer = 0;
    int n_embed = 0;
    int n_head = 0;      // 0 for RWKV-4, which has no heads
    int head_size = 0;   // 0 for RWKV-4
    int n_vocab = 0;
    int n_ffn = 0;
    int64_t parameters = 0;
    std::string format;        // "rwkv.cpp", "pth" or "safetensors"
    std::string file_type;     // the file's main data type: "FP32", "FP16", "Q5_0", "BF16", …
    // The element type of most weights as stored: "float32", "float16" or "bfloat16" for
    // .pth/safetensors checkpoints, the file type ("FP16", "Q5_1", …) for rwkv.cpp files.
    std::string source_dtype;
    // GroupNorm (ln_x) epsilon: 64e-5 for RWKV-6/7 and for RWKV-5 checkpoints (as
    // trained), 1e-5 for RWKV-5 rwkv.cpp files (as rwkv.cpp computes them).
    float group_norm_eps = 1e-5f;
    // Identifies the weights (not the file): a state is only restored into a model
    // with the same fingerprint.
    std::string fingerprint;

    // Floats in a state of this model (rwkv.cpp layout).
    int64_t state_floats() const;
};

} // namespace linnet

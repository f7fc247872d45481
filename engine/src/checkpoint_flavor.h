// Checkpoints come in naming "flavours". The official RWKV-LM names are the
// reference (rwkv-math.md §7.3); the others are renamed to them here, before the
// per-version mapping to the internal names.
#pragma once

#include "tensor_set.h"

#include <string>
#include <utility>
#include <vector>

namespace linnet {

enum class Flavor {
    Official,    // RWKV-LM / BlinkDL: blocks.N.att.time_decay, …
    HuggingFace, // transformers' convert scripts: rwkv.blocks.N.attention.…, rwkv.embeddings.weight, …
    WebRwkv,     // web-rwkv / ai00 / RWKV-Runner .st: time_first, time_mix_*, LoRA matrices already transposed
};

// Renames the tensors to the official names in place and returns the flavour found.
// For WebRwkv the LoRA matrices keep their (already internal) layout.
Flavor normalise_names(std::vector<std::pair<std::string, TensorView>>& tensors);

} // namespace linnet

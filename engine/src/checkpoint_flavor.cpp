// The renames are read from the converters (no such files were available to test
// against, rwkv-math.md §7.2): transformers' convert_rwkv_checkpoint_to_hf.py (and
// the RWKV-5/6 variants of the Hugging Face "RWKV/" repos), and web-rwkv's
// convert_safetensors.py, which also transposes the last two axes of every LoRA
// matrix (time_maa_w1/w2, time_decay_w1/w2, v7 w1…g2) and stores everything as F16.
#include "checkpoint_flavor.h"

namespace linnet {

namespace {

struct Rename {
    const char* from;
    const char* to;
};

// Applied in this order, each at most once per name.
constexpr Rename kHuggingFace[] = {
    {"rwkv.embeddings.", "emb."},
    {"rwkv.blocks.0.pre_ln.", "blocks.0.ln0."},
    {".attention.", ".att."},
    {".feed_forward.", ".ffn."},
    {".time_mix_key", ".time_mix_k"},
    {".time_mix_value", ".time_mix_v"},
    {".time_mix_receptance", ".time_mix_r"},
    {".time_mix_gate", ".time_mix_g"},
    {"rwkv.", ""}, // every other name but head.weight carries this prefix
};

// web-rwkv renames time_faaaa → time_first and time_maa → time_mix. Undone only for
// the versions where the official name differs (RWKV-4 and 5.1 have a real time_first
// and time_mix_*).
constexpr Rename kWebRwkvV6[] = {{"time_mix_", "time_maa_"}, {"time_first", "time_faaaa"}};
constexpr Rename kWebRwkvV52[] = {{"time_first", "time_faaaa"}};

using Tensors = std::vector<std::pair<std::string, TensorView>>;

template <size_t N>
void rename_all(Tensors& tensors, const Rename (&table)[N])
{
    for (auto& [name, view] : tensors)
        for (const Rename& r : table) {
            const auto at = name.find(r.from);
            if (at != std::string::npos)
                name.replace(at, std::char_traits<char>::length(r.from), r.to);
        }
}

const TensorView* find(const Tensors& tensors, const std::string& name)
{
    for (const auto& [n, v] : tensors)
        if (n == name)
            return &v;
    return nullptr;
}

bool starts_with(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// web-rwkv's RWKV-7 names are the official ones; only the LoRA layout tells them
// apart: official w1 is (C, D), web-rwkv's (D, C).
bool transposed_v7_lora(const Tensors& tensors)
{
    const TensorView* emb = find(tensors, "emb.weight");
    const TensorView* w1 = find(tensors, "blocks.0.att.w1");
    if (!emb || !w1 || emb->shape.size() != 2 || w1->shape.size() != 2)
        return false;
    const int64_t c = emb->shape[1];
    return w1->shape[1] == c && w1->shape[0] != c;
}

} // namespace

Flavor normalise_names(Tensors& tensors)
{
    for (const auto& [name, view] : tensors)
        if (starts_with(name, "rwkv.")) {
            rename_all(tensors, kHuggingFace);
            return Flavor::HuggingFace;
        }
    if (find(tensors, "blocks.0.att.time_mix_x")) {
        rename_all(tensors, kWebRwkvV6);
        return Flavor::WebRwkv;
    }
    if (find(tensors, "blocks.0.att.gate.weight") && find(tensors, "blocks.0.att.time_first") &&
        find(tensors, "blocks.0.att.ln_x.weight")) {
        rename_all(tensors, kWebRwkvV52);
        return Flavor::WebRwkv;
    }
    if (transposed_v7_lora(tensors))
        return Flavor::WebRwkv;
    return Flavor::Official;
}

} // namespace linnet

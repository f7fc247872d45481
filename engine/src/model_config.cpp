#include "model_config.h"

#include "linnet/error.h"

#include <cstdlib>

namespace linnet {

namespace {

const TensorView& need(const TensorSet& t, const std::string& name, const std::string& path)
{
    const TensorView* v = t.find(name);
    if (!v)
        throw Error(ErrorKind::MissingTensor, "The model file '" + path + "' lacks the tensor '" + name + "'");
    return *v;
}

[[noreturn]] void contradicts(const std::string& path, const std::string& what)
{
    throw Error(ErrorKind::ShapeMismatch, "The model file '" + path + "' is inconsistent: " + what);
}

Arch detect_arch(const TensorSet& t)
{
    if (t.has("blocks.0.att.r_k") || t.has("blocks.0.att.k_k"))
        return Arch::V7;
    if (t.has("blocks.0.att.time_maa_x"))
        return Arch::V6;
    if (t.has("blocks.0.att.ln_x.weight"))
        return t.has("blocks.0.att.gate.weight") ? Arch::V5_2 : Arch::V5_1;
    return Arch::V4;
}

// Number of consecutive blocks.N present, counted by their ln1 weights.
int count_layers(const TensorSet& t)
{
    int n = 0;
    while (t.has("blocks." + std::to_string(n) + ".ln1.weight"))
        ++n;
    return n;
}

// RWKV-6/7, and RWKV-5.2 since its August 2023 training code (ln_x(x / 8), which is
// eps 64e-5 on x), were trained with 64e-5; ChatRWKV uses 64e-5 for every RWKV-5.
// rwkv.cpp computes RWKV-5 with 1e-5, and its .bin files keep that for compatibility
// (rwkv-math.md §3, §7.5).
float default_group_norm_eps(Arch arch, const std::string& format)
{
    switch (arch) {
    case Arch::V4: return 1e-5f; // no GroupNorm
    case Arch::V5_1:
    case Arch::V5_2: return format == "rwkv.cpp" ? 1e-5f : 64e-5f;
    case Arch::V6:
    case Arch::V7: break;
    }
    return 64e-5f;
}

} // namespace

ModelInfo detect_model(const TensorSet& t, const std::string& path)
{
    ModelInfo info;
    info.format = t.format;
    info.file_type = t.file_type;
    info.source_dtype = t.source_dtype.empty() ? t.file_type : t.source_dtype;
    info.arch = detect_arch(t);

    const auto& emb = need(t, "emb.weight", path);
    if (emb.shape.size() != 2)
        contradicts(path, "'emb.weight' has shape " + shape_string(emb.shape) + ", expected (vocabulary, embedding)");
    info.n_vocab = static_cast<int>(emb.shape[0]);
    info.n_embed = static_cast<int>(emb.shape[1]);
    info.n_layer = count_layers(t);
    if (info.n_layer == 0)
        throw Error(ErrorKind::MissingTensor, "The model file '" + path + "' has no layers (no 'blocks.0.ln1.weight')");

    if (t.declared_vocab && t.declared_vocab != info.n_vocab)
        contradicts(path, "the header declares a vocabulary of " + std::to_string(t.declared_vocab) +
                              " tokens but 'emb.weight' has shape " + shape_string(emb.shape));
    if (t.declared_embed && t.declared_embed != info.n_embed)
        contradicts(path, "the header declares an embedding of " + std::to_string(t.declared_embed) +
                              " channels but 'emb.weight' has shape " + shape_string(emb.shape));
    if (t.declared_layers && t.declared_layers != info.n_layer) {
        if (t.declared_layers > info.n_layer)
            throw Error(ErrorKind::MissingTensor, "The model file '" + path + "' declares " +
                                                      std::to_string(t.declared_layers) + " layers but has tensors for " +
                                                      std::to_string(info.n_layer));
        contradicts(path, "the header declares " + std::to_string(t.declared_layers) + " layers but the file has " +
                              std::to_string(info.n_layer));
    }

    const auto& ffn_key = need(t, "blocks.0.ffn.key.weight", path);
    if (ffn_key.shape.size() != 2)
        contradicts(path, "'blocks.0.ffn.key.weight' has shape " + shape_string(ffn_key.shape));
    info.n_ffn = static_cast<int>(ffn_key.shape[0]);

    // Heads come from the first tensor whose leading dimension is the head count.
    switch (info.arch) {
    case Arch::V4:
        break;
    case Arch::V5_1:
        info.n_head = static_cast<int>(need(t, "blocks.0.att.time_decay", path).shape[0]);
        break;
    case Arch::V5_2:
    case Arch::V6:
        info.n_head = static_cast<int>(need(t, "blocks.0.att.time_faaaa", path).shape[0]);
        break;
    case Arch::V7: {
        const auto& r_k = need(t, "blocks.0.att.r_k", path);
        info.n_head = r_k.shape.size() == 2 ? static_cast<int>(r_k.shape[0]) : 1;
        break;
    }
    }
    if (info.arch != Arch::V4) {
        if (info.n_head <= 0 || info.n_embed % info.n_head != 0)
            contradicts(path, std::to_string(info.n_head) + " heads do not divide the embedding of " +
                                  std::to_string(info.n_embed) + " channels");
        info.head_size = info.n_embed / info.n_head;
    }
    info.group_norm_eps = default_group_norm_eps(info.arch, t.format);

    for (const auto& [name, view] : t.all())
        info.parameters += static_cast<int64_t>(view.numel());
    return info;
}

} // namespace linnet

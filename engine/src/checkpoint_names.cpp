// Official RWKV-LM checkpoint tensors → Linnet's internal tensors (rwkv.cpp's names,
// in PyTorch shape order). One table per version lists every tensor that changes on
// the way, with its layout change and its value transform; all other tensors
// (embedding, layer norms, projection matrices, …) keep name, shape and values.
// The tables transcribe rwkv-math.md §7.3, which was verified on the tiny models:
// their fp32 checkpoints give exactly the FP32 .bin weights.
#include "checkpoint.h"
#include "checkpoint_flavor.h"
#include "linnet/error.h"
#include "linnet/model_info.h"
#include "tensor_transforms.h"

#include <cmath>
#include <map>
#include <set>

namespace linnet {

namespace {

enum class Layout : uint8_t {
    Same,        // unchanged
    Squeeze,     // (1,1,C) → (C)
    HeadScalars, // (H) → (H,1,1)
    HeadMatrix,  // (H,S) or (1,1,C) → (H,S,1)
    Transpose,   // (a,b) → (b,a): LoRA matrices (web-rwkv files store them transposed already)
    SwapLastTwo, // (n,a,b) → (n,b,a): the same for v6's stacked time_maa_w2
    Stack,       // the (1,1,C) parts, in the listed order → (parts,1,C)
};

enum class Values : uint8_t {
    Same,
    NegExp,    // w → −exp(w)
    ExpNegExp, // w → exp(−exp(w))
    Exp,       // u → exp(u)
};

double neg_exp(double w) { return -std::exp(w); }
double exp_neg_exp(double w) { return std::exp(-std::exp(w)); }
double plain_exp(double u) { return std::exp(u); }

struct Rule {
    const char* name; // under blocks.N.: the internal name, and the official one except for Stack
    Layout layout;
    Values values = Values::Same;
    const char* parts = nullptr; // Stack: the official names, space-separated, in stacking order
};

// RWKV-4 (RWKV-LM RWKV-v4neo).
constexpr Rule kV4[] = {
    {"att.time_decay", Layout::Same, Values::NegExp}, // raw w → −exp(w), (C)
    {"att.time_mix_k", Layout::Squeeze},
    {"att.time_mix_v", Layout::Squeeze},
    {"att.time_mix_r", Layout::Squeeze},
    {"ffn.time_mix_k", Layout::Squeeze},
    {"ffn.time_mix_r", Layout::Squeeze},
};

// RWKV-5.1 in rwkv.cpp's naming (ChatRWKV "5.0"): one decay and bonus per head.
constexpr Rule kV5_1[] = {
    {"att.time_mix_k", Layout::Squeeze},
    {"att.time_mix_v", Layout::Squeeze},
    {"att.time_mix_r", Layout::Squeeze},
    {"att.time_decay", Layout::HeadScalars, Values::ExpNegExp}, // (H) → exp(−exp(w)), (H,1,1)
    {"att.time_first", Layout::HeadScalars, Values::Exp},       // (H) → exp(u), (H,1,1)
    {"ffn.time_mix_k", Layout::Squeeze},
    {"ffn.time_mix_r", Layout::Squeeze},
};

// RWKV-5.2 (RWKV-5 World).
constexpr Rule kV5_2[] = {
    {"att.time_mix_k", Layout::Squeeze},
    {"att.time_mix_v", Layout::Squeeze},
    {"att.time_mix_r", Layout::Squeeze},
    {"att.time_mix_g", Layout::Squeeze},
    {"att.time_decay", Layout::HeadMatrix, Values::ExpNegExp}, // (H,S) → exp(−exp(w)), (H,S,1)
    {"att.time_faaaa", Layout::HeadMatrix},                    // (H,S) → (H,S,1), values as stored
    {"ffn.time_mix_k", Layout::Squeeze},
    {"ffn.time_mix_r", Layout::Squeeze},
};

// RWKV-6.0.
constexpr Rule kV6[] = {
    {"att.time_maa_x", Layout::Squeeze},
    {"att.time_maa_w", Layout::Squeeze},
    {"att.time_maa_k", Layout::Squeeze},
    {"att.time_maa_v", Layout::Squeeze},
    {"att.time_maa_r", Layout::Squeeze},
    {"att.time_maa_g", Layout::Squeeze},
    {"att.time_maa_w1", Layout::Transpose},    // (C, 5·Dm) → (5·Dm, C)
    {"att.time_maa_w2", Layout::SwapLastTwo},  // (5, Dm, C) → (5, C, Dm)
    {"att.time_decay", Layout::HeadMatrix},    // (1,1,C) = raw w, kept raw → (H,S,1)
    {"att.time_decay_w1", Layout::Transpose},  // (C, Dw) → (Dw, C)
    {"att.time_decay_w2", Layout::Transpose},  // (Dw, C) → (C, Dw)
    {"att.time_faaaa", Layout::HeadMatrix},    // (H,S) → (H,S,1)
    {"ffn.time_maa_k", Layout::Squeeze},
    {"ffn.time_maa_r", Layout::Squeeze},
};

// RWKV-7.0. w0, a0, v0, k_k, k_a and ffn.x_k stay (1,1,C), r_k stays (H,S). Block 0
// may or may not carry v0/v1/v2 (unused there).
constexpr Rule kV7[] = {
    {"att.x_rwkvag", Layout::Stack, Values::Same, "att.x_r att.x_w att.x_k att.x_v att.x_a att.x_g"},
    {"att.w1", Layout::Transpose}, // (C, D) → (D, C)
    {"att.a1", Layout::Transpose},
    {"att.v1", Layout::Transpose},
    {"att.g1", Layout::Transpose},
    {"att.w2", Layout::Transpose}, // (D, C) → (C, D)
    {"att.a2", Layout::Transpose},
    {"att.v2", Layout::Transpose},
    {"att.g2", Layout::Transpose},
};

struct VersionTable {
    Arch arch;
    std::span<const Rule> rules;
};
constexpr VersionTable kTables[] = {
    {Arch::V4, kV4}, {Arch::V5_1, kV5_1}, {Arch::V5_2, kV5_2}, {Arch::V6, kV6}, {Arch::V7, kV7},
};

// ChatRWKV's convert_model.py adds these to a state_dict it has rescaled and cast.
constexpr const char* kChatRwkvKeys[] = {"_strategy", "_version", "_rescale_layer"};

std::vector<std::string> split_parts(const char* parts)
{
    std::vector<std::string> out;
    std::string current;
    for (const char* p = parts; *p; ++p) {
        if (*p == ' ') {
            out.push_back(current);
            current.clear();
        } else {
            current.push_back(*p);
        }
    }
    out.push_back(current);
    return out;
}

struct Dimensions {
    Arch arch = Arch::V4;
    int64_t heads = 0, head_size = 0;
};

class Mapper {
public:
    Mapper(Checkpoint& c, Contents contents) : c_(c), contents_(contents)
    {
        refuse_other_entries();
        refuse_state_file();
        flavor_ = normalise_names(c_.tensors);
        for (const auto& [name, view] : c_.tensors)
            if (!index_.emplace(name, &view).second)
                malformed("the tensor '" + name + "' appears twice");
        dims_ = detect();
        for (const auto& t : kTables)
            if (t.arch == dims_.arch)
                rules_ = t.rules;
        for (const Rule& r : rules_) {
            if (r.layout != Layout::Stack) {
                rule_of_.emplace(r.name, &r);
                continue;
            }
            for (const auto& part : split_parts(r.parts))
                rule_of_.emplace(part, &r);
        }
    }

    TensorSet run()
    {
        TensorSet set;
        set.format = c_.format;
        std::set<std::string> done;
        for (const auto& [name, view] : c_.tensors) {
            if (done.count(name))
                continue;
            const auto [layer, suffix] = split_block(name);
            auto rule = layer.empty() ? rule_of_.end() : rule_of_.find(suffix);
            if (rule == rule_of_.end()) {
                set.add(name, view);
                continue;
            }
            for (auto& used : apply(*rule->second, layer, set))
                done.insert(used);
        }
        set.keep_alive(c_.file);
        return set;
    }

private:
    // "blocks.3.att.key.weight" → ("blocks.3.", "att.key.weight"); other names → ("", "").
    static std::pair<std::string, std::string> split_block(const std::string& name)
    {
        if (name.rfind("blocks.", 0) != 0)
            return {};
        const auto dot = name.find('.', 7);
        if (dot == std::string::npos || dot == 7)
            return {};
        return {name.substr(0, dot + 1), name.substr(dot + 1)};
    }

    const TensorView* find(const std::string& name) const
    {
        auto it = index_.find(name);
        return it == index_.end() ? nullptr : it->second;
    }
    const TensorView& need(const std::string& name) const
    {
        const TensorView* t = find(name);
        if (!t)
            throw Error(ErrorKind::MissingTensor, "The model file '" + c_.path + "' lacks the tensor '" + name + "'");
        return *t;
    }

    void refuse_other_entries() const
    {
        for (const auto& [name, kind] : c_.other_entries)
            for (const char* key : kChatRwkvKeys)
                if (name == key)
                    throw Error(ErrorKind::UnsupportedVersion,
                                "'" + c_.path + "' was converted by ChatRWKV's convert_model.py (it has the entry '" +
                                    name + "'): its weights were rescaled and cast for one ChatRWKV strategy. Linnet "
                                    "needs the original checkpoint as released (the .pth file from Hugging Face).");
        if (!c_.other_entries.empty())
            malformed("its entry '" + c_.other_entries.front().first + "' is " + c_.other_entries.front().second +
                      ", not a tensor");
    }

    void refuse_state_file() const
    {
        const std::string suffix = ".att.time_state";
        for (const auto& [name, view] : c_.tensors)
            if (name.size() < suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
                return;
        if (!c_.tensors.empty())
            throw Error(ErrorKind::BadMagic, "'" + c_.path + "' is a state-tuning file (it holds only "
                                             "blocks.N.att.time_state), not a model: load its base model and use this "
                                             "file as the initial state");
    }

    // rwkv-math.md §7.3, "Detection".
    Dimensions detect() const
    {
        const TensorView& emb = need("emb.weight");
        if (emb.shape.size() != 2)
            shape_error("emb.weight", emb, "(vocabulary, embedding)");
        const int64_t c = emb.shape[1];
        Dimensions d;
        auto heads_from = [&](const std::string& name) {
            const TensorView& t = need(name);
            if (t.shape.size() != 2 || t.shape[0] <= 0 || t.shape[0] * t.shape[1] != c)
                shape_error(name, t, "(heads, head size) covering " + std::to_string(c) + " channels");
            d.heads = t.shape[0];
            d.head_size = t.shape[1];
        };
        if (find("blocks.0.att.r_k") || find("blocks.0.att.k_k")) {
            d.arch = Arch::V7;
            heads_from("blocks.0.att.r_k");
        } else if (find("blocks.0.att.time_maa_x")) {
            d.arch = Arch::V6;
            heads_from("blocks.0.att.time_faaaa");
        } else if (find("blocks.0.att.ln_x.weight")) {
            const TensorView& decay = need("blocks.0.att.time_decay");
            if (find("blocks.0.att.gate.weight")) {
                if (decay.shape.size() != 2 || decay.shape[1] <= 1)
                    throw Error(ErrorKind::UnsupportedVersion,
                                "'" + c_.path + "' is an RWKV-5 model with a gate and one decay per head "
                                "(blocks.0.att.time_decay " + shape_string(decay.shape) + "): ChatRWKV's early "
                                "\"5.1\" variant, which neither rwkv.cpp nor Linnet runs. Use an RWKV-5.2 (World v2) "
                                "or later checkpoint.");
                d.arch = Arch::V5_2;
                heads_from("blocks.0.att.time_faaaa");
            } else {
                d.arch = Arch::V5_1;
                if (decay.shape.size() != 1 || decay.shape[0] <= 0 || c % decay.shape[0] != 0)
                    shape_error("blocks.0.att.time_decay", decay, "(heads), one value per head");
                d.heads = decay.shape[0];
                d.head_size = c / d.heads;
            }
        }
        return d;
    }

    // Applies one rule to one block; returns the official names it consumed.
    std::vector<std::string> apply(const Rule& rule, const std::string& block, TensorSet& set)
    {
        std::vector<std::string> names;
        if (rule.layout == Layout::Stack)
            for (const auto& part : split_parts(rule.parts))
                names.push_back(block + part);
        else
            names.push_back(block + rule.name);
        std::vector<const TensorView*> parts;
        for (const auto& n : names)
            parts.push_back(&need(n));
        const TensorView& src = *parts.front();
        const std::string internal = block + rule.name;

        Layout layout = rule.layout;
        if (flavor_ == Flavor::WebRwkv && (layout == Layout::Transpose || layout == Layout::SwapLastTwo))
            layout = Layout::Same; // stored in the internal layout already
        const std::vector<int64_t> shape = target_shape(layout, names, parts);
        for (const TensorView* p : parts)
            if (p->dtype != src.dtype)
                malformed("the tensors stacked into '" + internal + "' have different element types");

        const bool moves_data = layout == Layout::Transpose || layout == Layout::SwapLastTwo || layout == Layout::Stack;
        if (!moves_data && rule.values == Values::Same) {
            set.add(internal, TensorView{src.dtype, shape, src.bytes}); // a view, no copy
            return names;
        }
        const DType type = rule.values == Values::Same ? src.dtype : DType::F32;
        if (contents_ == Contents::Shapes) {
            set.add(internal, TensorView{type, shape, {}});
            return names;
        }
        std::vector<uint8_t> bytes;
        if (layout == Layout::Stack)
            bytes = concatenate(parts);
        else if (moves_data)
            bytes = transpose_last_two(src);
        if (rule.values != Values::Same) {
            const auto from = bytes.empty() ? src.bytes : std::span<const uint8_t>(bytes);
            bytes = map_to_f32(src.dtype, from, value_function(rule.values));
        }
        set.add_owned(internal, type, shape, std::move(bytes));
        // The file's copy is not needed any more: its pages would otherwise stay in this
        // process until the whole model is loaded.
        for (const TensorView* p : parts)
            c_.file->release_pages(p->bytes);
        return names;
    }

    static double (*value_function(Values v))(double)
    {
        switch (v) {
        case Values::NegExp: return neg_exp;
        case Values::ExpNegExp: return exp_neg_exp;
        case Values::Exp: return plain_exp;
        case Values::Same: break;
        }
        return nullptr;
    }

    std::vector<int64_t> target_shape(Layout layout, const std::vector<std::string>& names,
                                      const std::vector<const TensorView*>& parts) const
    {
        const TensorView& t = *parts.front();
        const std::string& name = names.front();
        const int64_t n = static_cast<int64_t>(t.numel());
        switch (layout) {
        case Layout::Same:
            return t.shape;
        case Layout::Squeeze:
            return squeezed(t.shape);
        case Layout::HeadScalars:
            if (squeezed(t.shape) != squeezed({dims_.heads}))
                shape_error(name, t, "one value per head (" + std::to_string(dims_.heads) + ")");
            return {dims_.heads, 1, 1};
        case Layout::HeadMatrix: // (H, S), or (1, 1, C) for RWKV-6's decay
            if (squeezed(t.shape) != squeezed({dims_.heads, dims_.head_size}) && squeezed(t.shape) != squeezed({n}))
                shape_error(name, t, "(" + std::to_string(dims_.heads) + ", " + std::to_string(dims_.head_size) + ")");
            if (n != dims_.heads * dims_.head_size)
                shape_error(name, t, "(" + std::to_string(dims_.heads) + ", " + std::to_string(dims_.head_size) + ")");
            return {dims_.heads, dims_.head_size, 1};
        case Layout::Transpose:
            if (t.shape.size() != 2)
                shape_error(name, t, "a matrix");
            return {t.shape[1], t.shape[0]};
        case Layout::SwapLastTwo:
            if (t.shape.size() != 3)
                shape_error(name, t, "a stack of matrices (3 dimensions)");
            return {t.shape[0], t.shape[2], t.shape[1]};
        case Layout::Stack:
            for (size_t i = 0; i < parts.size(); ++i)
                if (static_cast<int64_t>(parts[i]->numel()) != n)
                    shape_error(names[i], *parts[i], "the size of '" + name + "'");
            return {static_cast<int64_t>(parts.size()), 1, n};
        }
        return t.shape;
    }

    // The shape without its size-1 dimensions ((1) for a single value).
    static std::vector<int64_t> squeezed(const std::vector<int64_t>& shape)
    {
        std::vector<int64_t> s;
        for (int64_t d : shape)
            if (d != 1)
                s.push_back(d);
        return s.empty() ? std::vector<int64_t>{1} : s;
    }

    [[noreturn]] void shape_error(const std::string& name, const TensorView& t, const std::string& want) const
    {
        throw Error(ErrorKind::ShapeMismatch, "The tensor '" + name + "' in '" + c_.path + "' has shape " +
                                                  shape_string(t.shape) + ", but the model needs " + want);
    }
    [[noreturn]] void malformed(const std::string& what) const
    {
        throw Error(ErrorKind::Malformed, "The model file '" + c_.path + "' is not a usable RWKV checkpoint: " + what);
    }

    Checkpoint& c_;
    Contents contents_;
    Flavor flavor_ = Flavor::Official;
    std::map<std::string, const TensorView*> index_;
    Dimensions dims_;
    std::span<const Rule> rules_;
    std::map<std::string, const Rule*> rule_of_;
};

} // namespace

DTypeNames dtype_names(DType type)
{
    switch (type) {
    case DType::F16: return {"FP16", "float16"};
    case DType::BF16: return {"BF16", "bfloat16"};
    default: return {"FP32", "float32"};
    }
}

TensorSet map_checkpoint(Checkpoint checkpoint, Contents contents)
{
    TensorSet set = Mapper(checkpoint, contents).run();
    // The file's type is that of most of its bytes (norms and decays are often fp32
    // in an otherwise bf16 file).
    std::map<DType, uint64_t> elements;
    for (const auto& [name, view] : checkpoint.tensors)
        elements[view.dtype] += view.numel();
    DType main = DType::F32;
    for (const auto& [type, n] : elements)
        if (n > elements[main])
            main = type;
    set.file_type = dtype_names(main).file_type;
    set.source_dtype = dtype_names(main).source_dtype;
    return set;
}

} // namespace linnet

#include "bench_model_layout.h"

#include <cmath>

namespace linnet::bench {

namespace {

constexpr int kHeadSize = 64;

// RWKV-7's LoRA ranks: max(32, round(factor · C^power / 32) · 32), as in RWKV-LM.
uint32_t lora_rank(int c, double factor, double power)
{
    const long r = std::lround(factor * std::pow(c, power) / 32.0) * 32;
    return static_cast<uint32_t>(std::max(32L, r));
}

struct Builder {
    std::vector<TensorSpec> out;
    TensorSpec& add(const std::string& name, std::vector<uint32_t> ne, float lo, float hi)
    {
        out.push_back({name, std::move(ne), lo, hi, false});
        return out.back();
    }
    // A PyTorch (out, in) matrix with unit-variance outputs for unit-variance inputs.
    void matrix(const std::string& name, uint32_t in, uint32_t out_features, float gain = 1.0f)
    {
        const float a = gain * std::sqrt(3.0f / static_cast<float>(in));
        add(name, {in, out_features}, -a, a);
    }
    void layer_norm(const std::string& prefix, uint32_t c)
    {
        add(prefix + ".weight", {c}, 0.8f, 1.2f);
        add(prefix + ".bias", {c}, -0.1f, 0.1f);
    }
};

void block_v7(Builder& b, const std::string& p, int layer, uint32_t c, uint32_t f)
{
    const uint32_t h = c / kHeadSize;
    const uint32_t dw = lora_rank(c, 1.8, 0.5), da = dw, dv = lora_rank(c, 1.3, 0.5), dg = lora_rank(c, 0.6, 0.8);
    b.add(p + "att.x_rwkvag", {c, 1, 6}, 0.0f, 1.0f);
    b.matrix(p + "att.w1", c, dw);
    b.matrix(p + "att.w2", dw, c, 0.5f);
    b.add(p + "att.w0", {c, 1, 1}, -3.0f, 0.0f);
    b.matrix(p + "att.a1", c, da);
    b.matrix(p + "att.a2", da, c, 0.5f);
    b.add(p + "att.a0", {c, 1, 1}, -0.5f, 0.5f);
    if (layer > 0) {
        b.matrix(p + "att.v1", c, dv);
        b.matrix(p + "att.v2", dv, c, 0.5f);
        b.add(p + "att.v0", {c, 1, 1}, -0.5f, 0.5f);
    }
    b.matrix(p + "att.g1", c, dg);
    b.matrix(p + "att.g2", dg, c);
    b.add(p + "att.k_k", {c, 1, 1}, 0.5f, 1.5f);
    b.add(p + "att.k_a", {c, 1, 1}, 0.5f, 1.5f);
    b.add(p + "att.r_k", {kHeadSize, h}, -0.3f, 0.3f);
    for (const char* m : {"receptance", "key", "value"})
        b.matrix(p + "att." + m + ".weight", c, c);
    b.matrix(p + "att.output.weight", c, c, 0.5f);
    b.layer_norm(p + "att.ln_x", c);
    b.add(p + "ffn.x_k", {c, 1, 1}, 0.0f, 1.0f);
    b.matrix(p + "ffn.key.weight", c, f);
    b.matrix(p + "ffn.value.weight", f, c, 0.5f);
}

void block_v6(Builder& b, const std::string& p, uint32_t c, uint32_t f)
{
    const uint32_t h = c / kHeadSize, dm = c >= 4096 ? 64 : 32, dw = c >= 4096 ? 128 : 64;
    for (const char* m : {"x", "w", "k", "v", "r", "g"})
        b.add(p + "att.time_maa_" + m, {c}, 0.0f, 1.0f);
    b.matrix(p + "att.time_maa_w1", c, 5 * dm);
    b.add(p + "att.time_maa_w2", {dm, c, 5}, -0.1f, 0.1f);
    b.add(p + "att.time_decay", {1, kHeadSize, h}, -6.0f, -1.0f); // raw w: exp(−exp(w)) in (0.69, 0.998)
    b.matrix(p + "att.time_decay_w1", c, dw);
    b.add(p + "att.time_decay_w2", {dw, c}, -0.1f, 0.1f);
    b.add(p + "att.time_faaaa", {1, kHeadSize, h}, -0.5f, 0.5f);
    for (const char* m : {"receptance", "key", "value", "gate"})
        b.matrix(p + "att." + m + ".weight", c, c);
    b.matrix(p + "att.output.weight", c, c, 0.5f);
    b.layer_norm(p + "att.ln_x", c);
    b.add(p + "ffn.time_maa_k", {c}, 0.0f, 1.0f);
    b.add(p + "ffn.time_maa_r", {c}, 0.0f, 1.0f);
    b.matrix(p + "ffn.key.weight", c, f);
    b.matrix(p + "ffn.receptance.weight", c, c);
    b.matrix(p + "ffn.value.weight", f, c, 0.5f);
}

void block_v5_2(Builder& b, const std::string& p, uint32_t c, uint32_t f)
{
    const uint32_t h = c / kHeadSize;
    b.add(p + "att.time_decay", {1, kHeadSize, h}, 0.5f, 0.999f); // stored as exp(−exp(w))
    b.add(p + "att.time_faaaa", {1, kHeadSize, h}, -0.5f, 0.5f);
    for (const char* m : {"k", "v", "r", "g"})
        b.add(p + "att.time_mix_" + m, {c}, 0.0f, 1.0f);
    b.layer_norm(p + "att.ln_x", c);
    for (const char* m : {"key", "value", "receptance", "gate"})
        b.matrix(p + "att." + m + ".weight", c, c);
    b.matrix(p + "att.output.weight", c, c, 0.5f);
    b.add(p + "ffn.time_mix_k", {c}, 0.0f, 1.0f);
    b.add(p + "ffn.time_mix_r", {c}, 0.0f, 1.0f);
    b.matrix(p + "ffn.key.weight", c, f);
    b.matrix(p + "ffn.value.weight", f, c, 0.5f);
    b.matrix(p + "ffn.receptance.weight", c, c);
}

} // namespace

const std::vector<Preset>& presets()
{
    static const std::vector<Preset> list = {
        {"v7-0.1b", {"7", 12, 768}},  {"v7-0.4b", {"7", 24, 1024}},   {"v7-1.5b", {"7", 24, 2048}},
        {"v6-1.6b", {"6", 24, 2048}}, {"v5.2-1.5b", {"5.2", 24, 2048}},
    };
    return list;
}

const Preset* find_preset(const std::string& name)
{
    for (const auto& p : presets())
        if (name == p.name)
            return &p;
    return nullptr;
}

std::vector<TensorSpec> layout(const ModelShape& s)
{
    if (s.arch != "7" && s.arch != "6" && s.arch != "5.2")
        return {};
    const uint32_t c = s.embed, v = s.vocab;
    // FFN width: 4·C for RWKV-7, 3.5·C (a multiple of 32) before.
    const uint32_t f = s.arch == "7" ? 4 * c : (c * 7 / 2) / 32 * 32;
    Builder b;
    b.add("emb.weight", {c, v}, -1.0f, 1.0f);
    for (int l = 0; l < s.layers; ++l) {
        const std::string p = "blocks." + std::to_string(l) + ".";
        b.layer_norm(p + "ln1", c);
        b.layer_norm(p + "ln2", c);
        if (l == 0)
            b.layer_norm(p + "ln0", c);
        if (s.arch == "7")
            block_v7(b, p, l, c, f);
        else if (s.arch == "6")
            block_v6(b, p, c, f);
        else
            block_v5_2(b, p, c, f);
    }
    b.layer_norm("ln_out", c);
    b.matrix("head.weight", c, v);
    return b.out;
}

bool stored_as_f16(const TensorSpec& t)
{
    if (t.ne.size() < 2)
        return false;
    for (const char* keep : {".time_", ".k_k", ".k_a", ".r_k", ".x_rwkvag", ".x_k", ".w0", ".a0", ".v0"})
        if (t.name.find(keep) != std::string::npos)
            return false;
    return true;
}

} // namespace linnet::bench

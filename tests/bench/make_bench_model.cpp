// Writes an RWKV model with random weights and real shapes as an rwkv.cpp .bin file
// (FP32 or FP16) or as an official bf16 .pth checkpoint, for benchmarks: speed depends on the shapes, not on what the weights
// learned. Magnitudes follow the trained models' ranges (unit-variance projections,
// decays inside (0, 1)), so activations stay finite over long prompts.
//
//   make_bench_model --preset v7-1.5b --type FP16 --out /work/bench-models/v7-1.5b-FP16.bin
//   make_bench_model --preset v7-1.5b --type BF16 --out /work/bench-models/v7-1.5b-BF16.pth
//   make_bench_model --arch 7 --layers 12 --embed 768 --vocab 65536 --type FP32 --out m.bin
//
// Generated files are gigabytes: write them outside the repository.
#include "bench_model_layout.h"
#include "pth_writer.h"

#include <QFloat16>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

using namespace linnet::bench;

namespace {

// IEEE half precision, rounded to nearest (Qt's conversion; the bench tool links Qt
// through the tests' checkpoint writer anyway).
uint16_t to_f16(float f)
{
    const qfloat16 h(f);
    uint16_t bits;
    std::memcpy(&bits, &h, 2);
    return bits;
}

// splitmix64: a fast deterministic stream per tensor.
struct Random {
    uint64_t s;
    uint64_t next()
    {
        uint64_t z = (s += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    float uniform(float lo, float hi) { return lo + (hi - lo) * static_cast<float>(next() >> 40) * (1.0f / 16777216.0f); }
};

uint64_t hash_name(const std::string& name, uint64_t seed)
{
    uint64_t h = 1469598103934665603ull ^ seed;
    for (unsigned char c : name)
        h = (h ^ c) * 1099511628211ull;
    return h;
}

void put_u32(FILE* f, uint32_t v)
{
    std::fwrite(&v, 4, 1, f);
}

uint16_t to_bf16(float f)
{
    uint32_t x;
    std::memcpy(&x, &f, 4);
    x += 0x7fffu + ((x >> 16) & 1u); // round to nearest even (no NaNs here)
    return static_cast<uint16_t>(x >> 16);
}

// Calls `sink(values, count)` with the tensor's values in blocks, in storage order.
template <typename Sink>
void generate(const TensorSpec& t, uint64_t seed, Sink&& sink)
{
    uint64_t n = 1;
    for (uint32_t d : t.ne)
        n *= d;
    Random rng{hash_name(t.name, seed)};
    std::vector<float> block(1 << 20);
    for (uint64_t done = 0; done < n;) {
        const size_t count = static_cast<size_t>(std::min<uint64_t>(block.size(), n - done));
        for (size_t i = 0; i < count; ++i)
            block[i] = t.constant ? t.lo : rng.uniform(t.lo, t.hi);
        sink(block.data(), count);
        done += count;
    }
}

void write_bin_tensor(FILE* f, const TensorSpec& t, bool f16, uint64_t seed)
{
    put_u32(f, static_cast<uint32_t>(t.ne.size()));
    put_u32(f, static_cast<uint32_t>(t.name.size()));
    put_u32(f, f16 ? 1 : 0);
    for (uint32_t d : t.ne)
        put_u32(f, d);
    std::fwrite(t.name.data(), 1, t.name.size(), f);
    std::vector<uint16_t> half;
    generate(t, seed, [&](const float* v, size_t count) {
        if (!f16) {
            std::fwrite(v, 4, count, f);
            return;
        }
        half.resize(count);
        for (size_t i = 0; i < count; ++i)
            half[i] = to_f16(v[i]);
        std::fwrite(half.data(), 2, count, f);
    });
}

void write_bin(const std::string& out, const ModelShape& shape, const std::vector<TensorSpec>& tensors, bool fp16,
               uint64_t seed)
{
    FILE* f = std::fopen(out.c_str(), "wb");
    if (!f)
        throw std::runtime_error("cannot write " + out);
    // Header: magic "fmgg", version 101, vocab, embed, layers, file type.
    for (uint32_t v : {0x67676d66u, 101u, static_cast<uint32_t>(shape.vocab), static_cast<uint32_t>(shape.embed),
                       static_cast<uint32_t>(shape.layers), fp16 ? 1u : 0u})
        put_u32(f, v);
    for (const auto& t : tensors)
        write_bin_tensor(f, t, fp16 && stored_as_f16(t), seed);
    if (std::fclose(f) != 0)
        throw std::runtime_error("cannot write " + out + " (disk full?)");
}

bool ends_with(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// How a .bin tensor is stored in an official RWKV-LM checkpoint (engine/src/
// checkpoint_names.cpp maps the other way): the PyTorch shape, and for RWKV-5.2's decay
// the raw w behind the stored exp(−exp(w)). Values are random, so a transposed shape
// needs no transposed copy.
struct Official {
    std::vector<int64_t> shape;
    bool decay_to_raw = false;
};

Official official(const TensorSpec& t, const std::string& arch)
{
    const auto& ne = t.ne;
    const auto n = [&](size_t i) { return static_cast<int64_t>(ne[i]); };
    Official o{std::vector<int64_t>(ne.rbegin(), ne.rend())}; // PyTorch order
    const auto any_suffix = [&](std::initializer_list<const char*> list) {
        for (const char* suffix : list)
            if (ends_with(t.name, suffix))
                return true;
        return false;
    };
    const bool vector = ne.size() == 1 && !any_suffix({".weight", ".bias"});
    if (vector) // time_mix_* / time_maa_*: (C) → (1,1,C)
        o.shape = {1, 1, n(0)};
    if (arch == "7" && any_suffix({".w1", ".w2", ".a1", ".a2", ".v1", ".v2", ".g1", ".g2"}))
        o.shape.assign(ne.begin(), ne.end()); // LoRA matrices are stored transposed
    if (arch == "6") {
        if (any_suffix({".time_maa_w1", ".time_decay_w1", ".time_decay_w2"}))
            o.shape.assign(ne.begin(), ne.end());
        else if (ends_with(t.name, ".time_maa_w2")) // (5, C, Dm) → (5, Dm, C)
            o.shape = {n(2), n(0), n(1)};
        else if (ends_with(t.name, ".time_decay")) // (H,S,1) → (1,1,C), raw w in both
            o.shape = {1, 1, n(1) * n(2)};
    }
    if (arch != "7" && ends_with(t.name, ".time_faaaa")) // (H,S,1) → (H,S)
        o.shape = {n(2), n(1)};
    if (arch == "5.2" && ends_with(t.name, ".time_decay")) {
        o.shape = {n(2), n(1)};
        o.decay_to_raw = true;
    }
    return o;
}

// An official bf16 RWKV-LM checkpoint (what BlinkDL publishes) of the layout; RWKV-7's
// stacked token-shift mixes become its six (1,1,C) tensors.
void write_pth(const std::string& out, const std::string& arch, const std::vector<TensorSpec>& tensors, uint64_t seed)
{
    PthWriter pth(out);
    std::vector<uint16_t> bf16;
    auto put_values = [&](const TensorSpec& t, bool decay_to_raw) {
        generate(t, seed, [&](const float* v, size_t count) {
            bf16.resize(count);
            for (size_t i = 0; i < count; ++i)
                bf16[i] = to_bf16(decay_to_raw ? std::log(-std::log(v[i])) : v[i]);
            pth.write(bf16.data(), count);
        });
    };
    for (const auto& t : tensors) {
        if (ends_with(t.name, ".x_rwkvag")) {
            const std::string prefix = t.name.substr(0, t.name.size() - std::string("x_rwkvag").size());
            for (char m : std::string("rwkvag")) {
                TensorSpec part = t;
                part.name = prefix + "x_" + m;
                part.ne = {t.ne[0]};
                pth.begin_tensor(part.name, {1, 1, static_cast<int64_t>(t.ne[0])});
                put_values(part, false);
            }
            continue;
        }
        const Official o = official(t, arch);
        pth.begin_tensor(t.name, o.shape);
        put_values(t, o.decay_to_raw);
    }
    pth.finish();
}

[[noreturn]] void usage(const char* message)
{
    std::fprintf(stderr, "make_bench_model: %s\n\nUsage: make_bench_model (--preset NAME | --arch 5.2|6|7 --layers N "
                         "--embed C [--vocab V]) --type FP32|FP16|BF16 --out PATH [--seed S]\n(BF16: an official PyTorch .pth checkpoint)\nPresets:",
                 message);
    for (const auto& p : presets())
        std::fprintf(stderr, " %s", p.name);
    std::fputc('\n', stderr);
    std::exit(2);
}

} // namespace

int main(int argc, char** argv)
{
    ModelShape shape;
    std::string type, out;
    uint64_t seed = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            usage(("missing value after " + arg).c_str());
        const std::string value = argv[++i];
        if (arg == "--preset") {
            const Preset* p = find_preset(value);
            if (!p)
                usage(("unknown preset " + value).c_str());
            shape = p->shape;
        } else if (arg == "--arch") {
            shape.arch = value;
        } else if (arg == "--layers") {
            shape.layers = std::atoi(value.c_str());
        } else if (arg == "--embed") {
            shape.embed = std::atoi(value.c_str());
        } else if (arg == "--vocab") {
            shape.vocab = std::atoi(value.c_str());
        } else if (arg == "--type") {
            type = value;
        } else if (arg == "--out") {
            out = value;
        } else if (arg == "--seed") {
            seed = std::strtoull(value.c_str(), nullptr, 10);
        } else {
            usage(("unknown option " + arg).c_str());
        }
    }
    if (type != "FP32" && type != "FP16" && type != "BF16")
        usage("--type must be FP32, FP16 or BF16");
    if (out.empty() || shape.layers < 1 || shape.embed < 64 || shape.embed % 64 || shape.vocab < 1)
        usage("give --out and a shape (embed a multiple of 64)");
    const auto tensors = layout(shape);
    if (tensors.empty())
        usage("--arch must be 5.2, 6 or 7");
    uint64_t params = 0;
    for (const auto& t : tensors) {
        uint64_t n = 1;
        for (uint32_t d : t.ne)
            n *= d;
        params += n;
    }
    try {
        if (type == "BF16")
            write_pth(out, shape.arch, tensors, seed);
        else
            write_bin(out, shape, tensors, type == "FP16", seed);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "make_bench_model: %s\n", e.what());
        return 1;
    }
    std::printf("{\"file\":\"%s\",\"arch\":\"%s\",\"layers\":%d,\"embed\":%d,\"vocab\":%d,\"type\":\"%s\",\"parameters\":%llu}\n",
                out.c_str(), shape.arch.c_str(), shape.layers, shape.embed, shape.vocab, type.c_str(),
                static_cast<unsigned long long>(params));
    return 0;
}

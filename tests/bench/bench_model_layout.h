// The tensors of an rwkv.cpp .bin model of a given version and size (names, shapes in
// file order, value ranges), as RWKV-LM's trainers lay them out.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace linnet::bench {

struct ModelShape {
    std::string arch = "7"; // "5.2", "6" or "7"
    int layers = 0;
    int embed = 0;
    int vocab = 65536;
};

struct Preset {
    const char* name;
    ModelShape shape;
};

const std::vector<Preset>& presets();
const Preset* find_preset(const std::string& name);

struct TensorSpec {
    std::string name;
    std::vector<uint32_t> ne; // ggml order: ne[0] is contiguous (PyTorch shape reversed)
    float lo = 0, hi = 0;     // uniform range of the values
    bool constant = false;    // every value is `lo`
};

// Empty for an unknown architecture.
std::vector<TensorSpec> layout(const ModelShape& shape);

// rwkv.cpp's FP16 rule: matrices are FP16, vectors and the decay/mix parameters FP32.
bool stored_as_f16(const TensorSpec& t);

} // namespace linnet::bench

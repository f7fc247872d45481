// rwkv-math.md §7.4: time_state[h][value][key] for every version. rwkv.cpp's state
// (§5) holds A_h[key][value] for RWKV-5/6 and A_h[value][key] for RWKV-7.
#include "linnet/tuned_state.h"

#include "checkpoint.h"
#include "linnet/error.h"

#include <map>
#include <vector>

namespace linnet {

namespace {

constexpr const char* kSuffix = ".att.time_state";

// "blocks.<n>.att.time_state" → n; -1 for any other name.
int layer_of(const std::string& name)
{
    const std::string prefix = "blocks.";
    if (name.rfind(prefix, 0) != 0 || name.size() <= prefix.size() + std::char_traits<char>::length(kSuffix) ||
        name.compare(name.size() - std::char_traits<char>::length(kSuffix), std::string::npos, kSuffix) != 0)
        return -1;
    const std::string digits =
        name.substr(prefix.size(), name.size() - prefix.size() - std::char_traits<char>::length(kSuffix));
    if (digits.empty() || digits.size() > 6 || (digits.size() > 1 && digits[0] == '0'))
        return -1;
    int n = 0;
    for (char ch : digits) {
        if (ch < '0' || ch > '9')
            return -1;
        n = n * 10 + (ch - '0');
    }
    return n;
}

[[noreturn]] void mismatch(const std::string& path, const std::string& why)
{
    throw Error(ErrorKind::StateMismatch, "The state file '" + path + "' does not fit the loaded model: " + why);
}

} // namespace

State load_tuned_state(const std::string& path, const Model& model)
{
    const ModelInfo& info = model.info();
    if (info.arch == Arch::V4)
        mismatch(path, "RWKV-4 models have no matrix state to tune");
    const Checkpoint c = read_checkpoint(path);
    if (!c.other_entries.empty())
        mismatch(path, "its entry '" + c.other_entries.front().first + "' is not a tensor");

    std::map<int, const TensorView*> layers;
    for (const auto& [name, view] : c.tensors) {
        const int layer = layer_of(name);
        if (layer < 0)
            mismatch(path, "it holds '" + name + "', which is not a state-tuning tensor (blocks.N.att.time_state)");
        if (layer >= info.n_layer)
            mismatch(path, "it holds '" + name + "', but the model has " + std::to_string(info.n_layer) + " layers");
        if (!layers.emplace(layer, &view).second)
            mismatch(path, "it holds '" + name + "' twice");
    }
    if (static_cast<int>(layers.size()) != info.n_layer)
        mismatch(path, "it holds states for " + std::to_string(layers.size()) + " layers, the model has " +
                           std::to_string(info.n_layer));

    const int64_t h = info.n_head, s = info.head_size, c_ = info.n_embed;
    const std::vector<int64_t> shape = {h, s, s};
    State state = model.initial_state();
    const int64_t per_layer = info.state_floats() / info.n_layer;
    std::vector<float> values(static_cast<size_t>(h * s * s));
    for (const auto& [layer, view] : layers) {
        if (view->shape != shape)
            mismatch(path, "'blocks." + std::to_string(layer) + kSuffix + "' has shape " + shape_string(view->shape) +
                               ", the model's state needs " + shape_string(shape));
        to_f32(view->dtype, view->bytes.data(), view->numel(), values.data());
        float* wkv = state.values().data() + layer * per_layer + 2 * c_;
        for (int64_t head = 0; head < h; ++head)
            for (int64_t i = 0; i < s; ++i)
                for (int64_t j = 0; j < s; ++j) {
                    const float v = values[(head * s + i) * s + j]; // time_state[head][value i][key j]
                    if (info.arch == Arch::V7)
                        wkv[(head * s + i) * s + j] = v; // A[value][key]
                    else
                        wkv[(head * s + j) * s + i] = v; // A[key][value]
                }
    }
    return state;
}

} // namespace linnet

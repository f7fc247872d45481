// The two halves of an RWKV block, one implementation per architecture. Each works on
// a chunk of `rows` tokens at once: matrix products over the whole chunk, recurrences
// token by token, reading and updating its slice of the state.
#pragma once

#include "linnet/model_info.h"
#include "matmul.h"

#include <memory>
#include <vector>

namespace linnet {

class WeightReader;

struct LayerNormWeights {
    std::vector<float> weight, bias;
    void apply(const float* x, float* y, int rows, float eps = 1e-5f) const;
    static LayerNormWeights read(WeightReader& reader, const std::string& prefix, int n);
};

// Row buffers shared by every layer: slot i holds max_rows × width floats.
class Scratch {
public:
    explicit Scratch(int max_rows) : max_rows_(max_rows) {}
    float* get(int slot, size_t width);

private:
    int max_rows_;
    std::vector<std::vector<float>> slots_;
};

struct LayerContext {
    Scratch& scratch;
    int rows;         // tokens in this chunk
    int layer;
    float* state;     // this layer's part of the state
    float* v_first;   // RWKV-7: layer 0's values for this chunk (rows × C)
};

class TimeMix {
public:
    virtual ~TimeMix() = default;
    // x += TimeMix(a), where a = ln1(x).
    virtual void apply(const float* a, float* x, LayerContext& cx) const = 0;
};

class ChannelMix {
public:
    virtual ~ChannelMix() = default;
    // x += ChannelMix(b), where b = ln2(x).
    virtual void apply(const float* b, float* x, LayerContext& cx) const = 0;
};

// State floats per layer: [0,C) ffn shift, [C,2C) att shift, then the WKV part.
int64_t state_floats_per_layer(const ModelInfo& info);

std::unique_ptr<TimeMix> read_time_mix(WeightReader& reader, const ModelInfo& info, int layer);
std::unique_ptr<ChannelMix> read_channel_mix(WeightReader& reader, const ModelInfo& info, int layer);

// Per-architecture readers (one file each).
std::unique_ptr<TimeMix> read_time_mix_v4(WeightReader& reader, const ModelInfo& info, int layer);
std::unique_ptr<TimeMix> read_time_mix_v5(WeightReader& reader, const ModelInfo& info, int layer);
std::unique_ptr<TimeMix> read_time_mix_v6(WeightReader& reader, const ModelInfo& info, int layer);
std::unique_ptr<TimeMix> read_time_mix_v7(WeightReader& reader, const ModelInfo& info, int layer);

// Converts a lerp weight μ (x·μ + prev·(1−μ), RWKV-4/5) into the shift form
// m = 1 − μ (x + (prev − x)·m) that every version then shares.
std::vector<float> lerp_to_shift(std::vector<float> mu);

} // namespace linnet

#include "state_embedding.h"

#include <cmath>

namespace linnet::app {

std::vector<float> stateEmbedding(const linnet::State& state)
{
    // rwkv.cpp's layout: per layer, the channel-mix shift comes first.
    const auto values = state.values();
    const size_t per_layer = values.size() / size_t(state.n_layer());
    const auto shift = values.subspan(per_layer * size_t(state.n_layer() - 1), size_t(state.n_embed()));
    std::vector<float> v(shift.begin(), shift.end());
    double norm = 0;
    for (float x : v)
        norm += double(x) * x;
    const float scale = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
    for (float& x : v)
        x *= scale;
    return v;
}

} // namespace linnet::app

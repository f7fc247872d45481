// The sampler's settings as the app keeps them: in chat settings, in generation
// requests, in the window's settings panel. The engine's SamplingParams holds the same
// values; this type keeps the engine's header out of everything that includes it.
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace linnet {
struct SamplingParams;
}

namespace linnet::app {

struct SamplingSettings {
    float temperature = 1.0f;       // 0: greedy
    float top_p = 1.0f;             // 1: off
    int top_k = 0;                  // 0: off
    float top_a = 0.0f;             // 0: off
    float top_p_x = 0.0f;           // with top-p, also keep every token above this (0: off)
    float presence_penalty = 0.0f;
    float frequency_penalty = 0.0f;
    float penalty_decay = 1.0f;
    std::vector<int32_t> banned;    // never sampled
    uint64_t seed = 0;

    linnet::SamplingParams engineParams() const;
    // Empty when valid, otherwise what is wrong, in words for the user.
    QString validate() const;
};

} // namespace linnet::app

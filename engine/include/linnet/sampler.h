// Picks the next token from the logits, in the order of ChatRWKV's pipeline:
// penalties and bans on the logits; softmax; top-p (or top-p-x) cut; top-a cut;
// top-k; temperature applied to the probabilities; renormalise; draw.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace linnet {

struct SamplingParams {
    float temperature = 1.0f;       // 0: greedy (argmax, lowest id on ties)
    float top_p = 1.0f;             // keep the most likely tokens whose mass reaches top_p (1: off)
    int top_k = 0;                  // keep the k most likely tokens (0: off)
    float top_a = 0.0f;             // drop tokens with p < top_a · p_max² (0: off)
    float top_p_x = 0.0f;           // with top-p, also keep every token with p > top_p_x (0: off)
    float presence_penalty = 0.0f;  // subtracted once from every token already generated
    float frequency_penalty = 0.0f; // subtracted per (decayed) occurrence
    float penalty_decay = 1.0f;     // occurrences are multiplied by this after each step
    std::vector<int32_t> banned;    // never sampled
    uint64_t seed = 0;

    // Empty when valid, otherwise what is wrong, in words for the user.
    std::string validate() const;
};

class Sampler {
public:
    explicit Sampler(SamplingParams params);

    const SamplingParams& params() const { return params_; }

    // Chooses a token. `logits` is not modified.
    int32_t sample(std::span<const float> logits);
    // Records a generated token for the presence/frequency penalties (`weight` 0 for
    // tokens that should count as present without adding frequency, e.g. whitespace).
    void accept(int32_t token, float weight = 1.0f);

    // The distribution sample() draws from for these logits (for tests and display).
    std::vector<float> distribution(std::span<const float> logits) const;

    void reseed(uint64_t seed);

private:
    double uniform();

    SamplingParams params_;
    uint64_t rng_;
    std::unordered_map<int32_t, float> occurrences_;
};

// The index of the largest value (lowest index on ties).
int32_t argmax(std::span<const float> values);

} // namespace linnet

#include "linnet/sampler.h"

#include "linnet/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace linnet {

namespace {

// The probability at which the most likely tokens first reach `mass`: tokens with
// p ≥ cutoff are kept. Only the tokens above a falling threshold are sorted, which is
// exact because the kept prefix lies entirely above any threshold whose mass ≥ `mass`.
float top_p_cutoff(const std::vector<float>& p, float mass)
{
    const float p_max = *std::max_element(p.begin(), p.end());
    std::vector<float> above;
    for (float threshold = p_max / 256;; threshold /= 256) {
        above.clear();
        double sum = 0;
        for (float x : p)
            if (x >= threshold) {
                above.push_back(x);
                sum += x;
            }
        if (sum >= mass || threshold == 0.0f || threshold < 1e-30f) {
            std::sort(above.begin(), above.end(), std::greater<float>());
            double cumulative = 0;
            for (float x : above) {
                cumulative += x;
                if (cumulative >= mass)
                    return x;
            }
            return above.empty() ? 0.0f : above.back();
        }
    }
}

} // namespace

std::string SamplingParams::validate() const
{
    if (!(temperature >= 0 && temperature <= 5))
        return "Temperature must be between 0 and 5";
    if (!(top_p > 0 && top_p <= 1))
        return "Top-p must be greater than 0 and at most 1";
    if (top_k < 0)
        return "Top-k must be 0 (off) or a positive number of tokens";
    if (!(top_a >= 0 && top_a <= 1))
        return "Top-a must be between 0 and 1";
    if (!(top_p_x >= 0 && top_p_x <= 1))
        return "Top-p-x must be between 0 and 1";
    if (!(std::abs(presence_penalty) <= 10) || !(std::abs(frequency_penalty) <= 10))
        return "Penalties must be between -10 and 10";
    if (!(penalty_decay > 0 && penalty_decay <= 1))
        return "Penalty decay must be greater than 0 and at most 1";
    return {};
}

int32_t argmax(std::span<const float> values)
{
    return static_cast<int32_t>(std::max_element(values.begin(), values.end()) - values.begin());
}

Sampler::Sampler(SamplingParams params) : params_(std::move(params))
{
    if (auto problem = params_.validate(); !problem.empty())
        throw Error(ErrorKind::InvalidArgument, problem);
    reseed(params_.seed);
}

void Sampler::reseed(uint64_t seed)
{
    rng_ = seed ^ 0x853c49e6748fea9bull;
}

double Sampler::uniform()
{
    // splitmix64: a tiny, well-mixed generator whose sequence is the same everywhere.
    uint64_t z = (rng_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) * 0x1.0p-53;
}

void Sampler::accept(int32_t token, float weight)
{
    for (auto& [id, count] : occurrences_)
        count *= params_.penalty_decay;
    occurrences_[token] += weight;
}

std::vector<float> Sampler::distribution(std::span<const float> logits) const
{
    const size_t n = logits.size();
    std::vector<float> z(logits.begin(), logits.end());
    for (int32_t id : params_.banned)
        if (id >= 0 && static_cast<size_t>(id) < n)
            z[id] = -INFINITY;
    for (const auto& [id, count] : occurrences_)
        if (id >= 0 && static_cast<size_t>(id) < n)
            z[id] -= params_.presence_penalty + count * params_.frequency_penalty;

    std::vector<float> p(n, 0.0f);
    if (params_.temperature == 0) {
        p[argmax(z)] = 1.0f;
        return p;
    }
    const float z_max = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (size_t i = 0; i < n; ++i)
        sum += p[i] = std::exp(z[i] - z_max);
    for (float& x : p)
        x = static_cast<float>(x / sum);

    if (params_.top_p < 1.0f) {
        const float cutoff = top_p_cutoff(p, params_.top_p);
        const float keep_above = params_.top_p_x > 0 ? params_.top_p_x : 2.0f;
        for (float& x : p)
            if (x < cutoff && !(x > keep_above))
                x = 0;
    }
    if (params_.top_a > 0) {
        const float p_max = *std::max_element(p.begin(), p.end());
        const float limit = params_.top_a * p_max * p_max;
        for (float& x : p)
            if (x < limit)
                x = 0;
    }
    if (params_.top_k > 0 && static_cast<size_t>(params_.top_k) < n) {
        std::vector<int32_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        // A strict order (lower id first among equal probabilities) keeps the cut deterministic.
        auto before = [&](int32_t a, int32_t b) { return p[a] > p[b] || (p[a] == p[b] && a < b); };
        std::nth_element(order.begin(), order.begin() + params_.top_k, order.end(), before);
        for (size_t i = params_.top_k; i < n; ++i)
            p[order[i]] = 0;
    }
    if (params_.temperature != 1.0f) {
        const float inv = 1.0f / params_.temperature;
        for (float& x : p)
            if (x > 0)
                x = std::pow(x, inv);
    }
    sum = std::accumulate(p.begin(), p.end(), 0.0);
    if (!(sum > 0)) {
        // Everything was cut (or underflowed): fall back to the most likely token.
        std::fill(p.begin(), p.end(), 0.0f);
        p[argmax(z)] = 1.0f;
        return p;
    }
    for (float& x : p)
        x = static_cast<float>(x / sum);
    return p;
}

int32_t Sampler::sample(std::span<const float> logits)
{
    const auto p = distribution(logits);
    const double u = uniform();
    double cumulative = 0;
    int32_t last_nonzero = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] <= 0)
            continue;
        cumulative += p[i];
        last_nonzero = static_cast<int32_t>(i);
        if (u < cumulative)
            return last_nonzero;
    }
    return last_nonzero;
}

} // namespace linnet

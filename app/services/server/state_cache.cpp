#include "state_cache.h"

#include <algorithm>

namespace linnet::app {

int64_t StateCache::sizeOf(const Entry& e)
{
    // Entries sharing one state (two keys for one reply) count it twice: the budget
    // errs on the safe side.
    const auto& s = *e.state;
    return int64_t(s.values().size_bytes() + s.logits().size_bytes() + e.tokens.size() * sizeof(int32_t));
}

StateCache::Hit StateCache::longestPrefix(const std::string& fingerprint, std::span<const int32_t> tokens)
{
    auto best = entries_.end();
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        const Entry& e = *it;
        if (e.fingerprint != fingerprint || e.tokens.size() > tokens.size())
            continue;
        if (e.tokens.size() == tokens.size() && e.state->logits().empty())
            continue;
        if (best != entries_.end() && best->tokens.size() >= e.tokens.size())
            continue;
        if (std::equal(e.tokens.begin(), e.tokens.end(), tokens.begin()))
            best = it;
    }
    if (best == entries_.end())
        return {};
    entries_.splice(entries_.begin(), entries_, best);
    return {best->state, best->tokens.size()};
}

void StateCache::put(const std::string& fingerprint, std::vector<int32_t> tokens,
                     std::shared_ptr<const linnet::State> state)
{
    for (auto it = entries_.begin(); it != entries_.end(); ++it)
        if (it->fingerprint == fingerprint && it->tokens == tokens) {
            bytes_ -= it->bytes;
            entries_.erase(it);
            break;
        }
    Entry e{fingerprint, std::move(tokens), std::move(state), 0};
    e.bytes = sizeOf(e);
    if (e.bytes > budget_)
        return;
    evictOver(budget_ - e.bytes);
    bytes_ += e.bytes;
    entries_.push_front(std::move(e));
}

void StateCache::evictOver(int64_t budget)
{
    while (bytes_ > budget && !entries_.empty()) {
        bytes_ -= entries_.back().bytes;
        entries_.pop_back();
    }
}

} // namespace linnet::app

// States kept in memory by the tokens they summarise, so a request whose prompt
// begins with a cached token sequence reads only the rest. Per model fingerprint
// (a state is only ever resumed by the weights that made it), within a byte budget,
// the least recently used entry going first. One thread uses it: the engine's.
#pragma once

#include "linnet/state.h"

#include <cstdint>
#include <list>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace linnet::app {

class StateCache {
public:
    explicit StateCache(int64_t budget_bytes) : budget_(budget_bytes) {}

    struct Hit {
        std::shared_ptr<const linnet::State> state; // null when nothing matched
        size_t tokens = 0;                          // how many of the prompt's tokens it has read
    };
    // The longest cached prefix of `tokens`. An entry covering all of them counts only
    // when it kept its logits (a reply can be sampled from it without reading anything).
    Hit longestPrefix(const std::string& fingerprint, std::span<const int32_t> tokens);

    // Replaces an entry with the same tokens; an entry larger than the budget is not kept.
    void put(const std::string& fingerprint, std::vector<int32_t> tokens, std::shared_ptr<const linnet::State> state);

    int64_t bytes() const { return bytes_; }
    size_t size() const { return entries_.size(); }
    int64_t budget() const { return budget_; }

private:
    struct Entry {
        std::string fingerprint;
        std::vector<int32_t> tokens;
        std::shared_ptr<const linnet::State> state;
        int64_t bytes = 0;
    };
    static int64_t sizeOf(const Entry& e);
    void evictOver(int64_t budget);

    int64_t budget_;
    int64_t bytes_ = 0;
    std::list<Entry> entries_; // most recently used first
};

} // namespace linnet::app

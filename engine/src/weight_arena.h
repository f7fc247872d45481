// Memory for converted weights: large anonymous mappings advised for transparent huge
// pages (fewer page faults at load, fewer TLB misses while streaming the weights every
// token). Allocations are carved from 64 MB blocks; larger ones get a mapping of their
// own, whose rounded-up end serves later small ones. Nothing is freed before the arena.
#pragma once

#include <cstddef>
#include <vector>

namespace linnet {

class WeightArena {
public:
    WeightArena() = default;
    ~WeightArena();
    WeightArena(const WeightArena&) = delete;
    WeightArena& operator=(const WeightArena&) = delete;

    // `bytes` of zero-filled memory aligned to 64 bytes.
    void* allocate(size_t bytes);

    size_t bytes_allocated() const { return used_; }

private:
    struct Mapping {
        void* base;
        size_t size;
    };
    static constexpr size_t kBlock = size_t(64) << 20;

    Mapping map(size_t bytes);

    struct Range {
        char* cursor;
        size_t left;
    };

    std::vector<Mapping> mappings_;
    std::vector<Range> free_; // unused ends of the mappings
    size_t used_ = 0;
};

} // namespace linnet

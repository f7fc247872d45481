// Memory for converted weights: anonymous mappings advised for transparent huge pages
// (fewer page faults at load, fewer TLB misses while streaming the weights every token).
// Allocations are handed out one after another from a chunk, so consecutive matrices
// share their boundary pages and no huge page is left half used between two of them;
// a chunk's unused end is never touched, so it costs address space, not memory.
// Chunks start at 2 MB boundaries and double from 64 MB up to 1 GB. Nothing is freed
// before the arena.
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
        char* base;
        size_t size;
    };

    void add_chunk(size_t at_least);

    std::vector<Mapping> mappings_;
    char* cursor_ = nullptr; // the next free byte of the newest chunk
    size_t left_ = 0;        // bytes after cursor_ in it
    size_t next_chunk_ = size_t(64) << 20;
    size_t used_ = 0;
};

} // namespace linnet

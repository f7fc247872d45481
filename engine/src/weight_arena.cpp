#include "weight_arena.h"

#include <algorithm>
#include <new>
#include <sys/mman.h>

namespace linnet {

namespace {

constexpr size_t kHugePage = size_t(2) << 20;

size_t round_up(size_t n, size_t to)
{
    return (n + to - 1) / to * to;
}

} // namespace

WeightArena::~WeightArena()
{
    for (const auto& m : mappings_)
        ::munmap(m.base, m.size);
}

WeightArena::Mapping WeightArena::map(size_t bytes)
{
    const size_t size = round_up(bytes, kHugePage);
    void* p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    // Only a hint: without THP the memory works the same, with 4 KiB pages.
    ::madvise(p, size, MADV_HUGEPAGE);
    mappings_.push_back({p, size});
    return mappings_.back();
}

void* WeightArena::allocate(size_t bytes)
{
    bytes = round_up(std::max<size_t>(bytes, 1), 64);
    used_ += bytes;
    // The smallest free range that fits. Ranges are the ends of blocks and of large
    // allocations' own mappings: with huge pages the unused end of a touched 2 MB page
    // is resident anyway, so it must be used: a mapping of its own per large matrix
    // would leave up to a huge page unused but resident after each (docs/benchmarks.md,
    // "Memory: why the loader is as it is").
    Range* best = nullptr;
    for (Range& r : free_)
        if (r.left >= bytes && (!best || r.left < best->left))
            best = &r;
    if (!best) {
        const size_t size = bytes > kBlock / 4 ? round_up(bytes, kHugePage) : kBlock;
        free_.push_back({static_cast<char*>(map(size).base), size});
        best = &free_.back();
    }
    void* p = best->cursor;
    best->cursor += bytes;
    best->left -= bytes;
    if (best->left < 64)
        free_.erase(free_.begin() + (best - free_.data()));
    return p;
}

} // namespace linnet

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
    if (bytes > kBlock / 4)
        return map(bytes).base;
    if (bytes > left_) {
        cursor_ = static_cast<char*>(map(kBlock).base);
        left_ = kBlock;
    }
    void* p = cursor_;
    cursor_ += bytes;
    left_ -= bytes;
    return p;
}

} // namespace linnet

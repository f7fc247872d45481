#include "weight_arena.h"

#include <algorithm>
#include <cstdint>
#include <new>
#include <sys/mman.h>

namespace linnet {

namespace {

constexpr size_t kHugePage = size_t(2) << 20;
constexpr size_t kLargestChunk = size_t(1) << 30;

size_t round_up(size_t n, size_t to)
{
    return (n + to - 1) / to * to;
}

// `size` bytes (a multiple of the huge page) starting at a huge-page boundary: the
// kernel only backs aligned 2 MB ranges with huge pages, and mmap aligns to 4 KB.
char* map_aligned(size_t size)
{
    void* p = ::mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                     -1, 0);
    if (p == MAP_FAILED)
        return nullptr;
    char* raw = static_cast<char*>(p);
    char* base = reinterpret_cast<char*>(round_up(reinterpret_cast<uintptr_t>(raw), kHugePage));
    if (base > raw)
        ::munmap(raw, base - raw);
    ::munmap(base + size, raw + size + kHugePage - base - size);
    // Only a hint: without THP the memory works the same, with 4 KiB pages.
    ::madvise(base, size, MADV_HUGEPAGE);
    return base;
}

} // namespace

WeightArena::~WeightArena()
{
    for (const auto& m : mappings_)
        ::munmap(m.base, m.size);
}

void WeightArena::add_chunk(size_t at_least)
{
    const size_t need = round_up(at_least, kHugePage);
    size_t size = std::max(need, next_chunk_);
    char* base = map_aligned(size);
    // Where memory is committed strictly, a growing chunk may not fit where the
    // allocation itself would.
    if (!base && size > need)
        base = map_aligned(size = need);
    if (!base)
        throw std::bad_alloc();
    mappings_.push_back({base, size});
    cursor_ = base;
    left_ = size;
    next_chunk_ = std::min(next_chunk_ * 2, kLargestChunk);
}

void* WeightArena::allocate(size_t bytes)
{
    bytes = round_up(std::max<size_t>(bytes, 1), 64);
    if (bytes > left_)
        add_chunk(bytes);
    void* p = cursor_;
    cursor_ += bytes;
    left_ -= bytes;
    used_ += bytes;
    return p;
}

} // namespace linnet

// Asking for data a kernel streams from memory before it reads it. The hardware's
// prefetchers alone leave a core waiting for most lines of a one-token product; asking for
// each 64-byte line twice, from memory into L2 8 kB ahead and from there into L1 2 kB
// ahead, made a 4-bit token 9–13 % faster at the 1.5B and 7.2B shapes, where either
// request alone was slower (docs/benchmarks.md).
#pragma once

#include <immintrin.h>

#include <cstddef>

namespace linnet {

constexpr size_t kPrefetchL1Bytes = 2048;
constexpr size_t kPrefetchL2Bytes = 8192;

// The line 2 kB past p, into L1: for data read again from cache soon after.
inline void prefetch_into_l1(const void* p)
{
    _mm_prefetch(static_cast<const char*>(p) + kPrefetchL1Bytes, _MM_HINT_T0);
}

// The lines 8 kB (into L2) and 2 kB (into L1) past p: for data read once from memory.
inline void prefetch_streamed(const void* p)
{
    _mm_prefetch(static_cast<const char*>(p) + kPrefetchL2Bytes, _MM_HINT_T1);
    prefetch_into_l1(p);
}

} // namespace linnet

// A fast non-cryptographic 64-bit hash, for checksums and weight fingerprints.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace linnet {

inline uint64_t hash_mix(uint64_t h, uint64_t word)
{
    h ^= word + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 33);
}

inline uint64_t hash_bytes(uint64_t h, const void* data, size_t n)
{
    const auto* p = static_cast<const uint8_t*>(data);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        h = hash_mix(h, w);
    }
    uint64_t tail = 0;
    std::memcpy(&tail, p + i, n - i);
    return hash_mix(h, tail ^ (static_cast<uint64_t>(n) << 56));
}

} // namespace linnet

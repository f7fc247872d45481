// The CRC-32 of zip entries (IEEE, as zip and torch's reader check it).
#pragma once

#include <cstddef>
#include <cstdint>

namespace linnet {

// `crc` after `size` more bytes; start from 0.
uint32_t crc32_update(uint32_t crc, const uint8_t* data, size_t size);

} // namespace linnet

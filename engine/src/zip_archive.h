// The directory of a zip archive (the container of PyTorch `.pth` files), read in
// place from a memory map. Only what torch writes is supported: stored (uncompressed)
// entries, with ZIP64 records for archives and entries above 4 GB. Every offset and
// size is checked against the file: the archive is untrusted input.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace linnet {

struct ZipEntry {
    std::string name;
    uint64_t data_offset = 0; // where the entry's bytes start in the file
    uint64_t size = 0;        // bytes as stored
    uint16_t method = 0;      // 0: stored
    uint16_t flags = 0;
};

class ZipArchive {
public:
    // Reads the central directory and every local header. Throws Error(Truncated) when
    // the directory is missing or runs past the end, Error(Malformed) for anything else
    // that does not fit together. `path` names the file in messages.
    ZipArchive(std::span<const uint8_t> file, const std::string& path);

    const std::vector<ZipEntry>& entries() const { return entries_; }
    const ZipEntry* find(const std::string& name) const;

    // The bytes of a stored entry; throws Error(UnsupportedType) for a compressed or
    // encrypted one.
    std::span<const uint8_t> data(const ZipEntry& entry) const;

private:
    struct Directory {
        uint64_t offset = 0, size = 0, count = 0;
    };
    Directory find_directory() const;
    void read_directory(const Directory& dir);
    uint64_t local_data_offset(uint64_t header_offset, const std::string& name) const;
    [[noreturn]] void damaged(const std::string& what) const;

    std::span<const uint8_t> file_;
    std::string path_;
    std::vector<ZipEntry> entries_;
    std::unordered_map<std::string, size_t> index_;
};

} // namespace linnet

// A read-only memory map of a whole file: model weights are read in place, never
// copied into memory first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace linnet {

class MappedFile {
public:
    explicit MappedFile(const std::string& path); // throws Error(Io)
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::span<const uint8_t> bytes() const { return {data_, size_}; }
    size_t size() const { return size_; }
    const std::string& path() const { return path_; }

    // Tells the kernel the pages are no longer needed (after weights were converted).
    void release_pages();
    // The same for the whole pages inside `range` (a part of bytes(); anything else is
    // ignored). They stay in the page cache but stop counting against this process.
    void release_pages(std::span<const uint8_t> range);

private:
    std::string path_;
    const uint8_t* data_ = nullptr;
    size_t size_ = 0;
};

} // namespace linnet

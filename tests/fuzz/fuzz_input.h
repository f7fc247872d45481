// Helpers for the libFuzzer targets: give the fuzzer's bytes a file name (the readers
// take paths and map files), and run a parser so that only its refusals count as
// normal. Any other exception, a crash or a sanitizer report is a finding.
#pragma once

#include "linnet/error.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include <sys/mman.h>
#include <unistd.h>

namespace linnet::fuzz {

// The bytes in an anonymous in-memory file, reachable as /proc/self/fd/N.
class MemoryFile {
public:
    MemoryFile(const uint8_t* data, size_t size)
    {
        fd_ = ::memfd_create("linnet-fuzz", MFD_CLOEXEC);
        if (fd_ < 0)
            __builtin_trap();
        for (size_t done = 0; done < size;) {
            const ssize_t n = ::write(fd_, data + done, size - done);
            if (n <= 0)
                __builtin_trap();
            done += size_t(n);
        }
        path_ = "/proc/self/fd/" + std::to_string(fd_);
    }
    ~MemoryFile() { ::close(fd_); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    const std::string& path() const { return path_; }

private:
    int fd_ = -1;
    std::string path_;
};

// Runs `parse`; linnet::Error is the parser saying no, which is what it should do.
template <class F>
void refusals_allowed(F&& parse)
{
    try {
        parse();
    } catch (const linnet::Error&) {
    }
}

} // namespace linnet::fuzz

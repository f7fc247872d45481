#include "mapped_file.h"

#include "linnet/error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace linnet {

MappedFile::MappedFile(const std::string& path) : path_(path)
{
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever (it is then
    // refused below as not a regular file); it changes nothing for a regular file.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        throw Error(ErrorKind::Io, "Cannot open '" + path + "': " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw Error(ErrorKind::Io, "'" + path + "' is not a regular file");
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ > 0) {
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            throw Error(ErrorKind::Io, "Cannot map '" + path + "' into memory: " + std::strerror(err));
        }
        data_ = static_cast<const uint8_t*>(p);
        // Weights are read front to back once while converting.
        ::madvise(p, size_, MADV_SEQUENTIAL);
    }
    ::close(fd);
}

MappedFile::~MappedFile()
{
    if (data_)
        ::munmap(const_cast<uint8_t*>(data_), size_);
}

void MappedFile::release_pages()
{
    if (data_)
        ::madvise(const_cast<uint8_t*>(data_), size_, MADV_DONTNEED);
}

void MappedFile::release_pages(std::span<const uint8_t> range)
{
    const auto begin = reinterpret_cast<uintptr_t>(range.data());
    const auto end = begin + range.size();
    const auto base = reinterpret_cast<uintptr_t>(data_);
    if (!data_ || begin < base || end > base + size_ || end < begin)
        return;
    static const uintptr_t page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const uintptr_t first = (begin + page - 1) / page * page;
    const uintptr_t last = end / page * page;
    if (last > first)
        ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

} // namespace linnet

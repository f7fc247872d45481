#include "pth_writer.h"

#include "crc32.h"

#include <array>
#include <stdexcept>

namespace linnet::bench {

// The CRC-32 of zip entries: torch's reader checks it (the tests' writer leaves 0).
using linnet::crc32_update;

namespace {

constexpr uint64_t kZipLimit = 0xffffffffull;

} // namespace

PthWriter::PthWriter(const std::string& path) : path_(path)
{
    file_ = std::fopen(path.c_str(), "wb");
    if (!file_)
        throw std::runtime_error("cannot write " + path);
}

PthWriter::~PthWriter()
{
    if (file_)
        std::fclose(file_);
}

void PthWriter::put(const void* data, size_t size)
{
    if (std::fwrite(data, 1, size, file_) != size)
        throw std::runtime_error("cannot write " + path_ + " (disk full?)");
}

uint64_t PthWriter::position() const
{
    return static_cast<uint64_t>(std::ftell(file_));
}

void PthWriter::begin_entry(const QByteArray& name, uint64_t size)
{
    end_entry();
    Entry e{"archive/" + name, position(), size};
    if (e.offset + size > kZipLimit)
        throw std::runtime_error(path_ + " would exceed 4 GiB, which needs zip64 (not written by this tool)");
    const QByteArray header = test::zip_local_header(e.name, size, e.offset, false);
    put(header.data(), header.size());
    entries_.push_back(e);
    open_entry_ = true;
}

// The CRC is known only now: patched into the local header.
void PthWriter::end_entry()
{
    if (!open_entry_)
        return;
    open_entry_ = false;
    const Entry& e = entries_.back();
    if (e.written != e.size)
        throw std::runtime_error("internal: entry " + e.name.toStdString() + " got " + std::to_string(e.written) +
                                 " of its " + std::to_string(e.size) + " bytes");
    const long end = std::ftell(file_);
    std::fseek(file_, static_cast<long>(e.offset + 14), SEEK_SET);
    put(&e.crc, 4);
    std::fseek(file_, end, SEEK_SET);
}

void PthWriter::add_entry(const QByteArray& name, const QByteArray& bytes)
{
    begin_entry(name, bytes.size());
    Entry& e = entries_.back();
    put(bytes.data(), bytes.size());
    e.written = bytes.size();
    e.crc = crc32_update(0, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    end_entry();
}

void PthWriter::begin_tensor(const std::string& name, const std::vector<int64_t>& shape)
{
    int64_t numel = 1;
    for (int64_t d : shape)
        numel *= d;
    begin_entry("data/" + QByteArray::number(qulonglong(tensors_.size())), uint64_t(numel) * 2);
    tensors_.push_back({QByteArray::fromStdString(name), "BFloat16Storage", shape, {}, numel});
}

void PthWriter::write(const uint16_t* bf16, size_t count)
{
    Entry& e = entries_.back();
    put(bf16, count * 2);
    e.written += count * 2;
    e.crc = crc32_update(e.crc, reinterpret_cast<const uint8_t*>(bf16), count * 2);
}

void PthWriter::finish()
{
    add_entry("data.pkl", test::state_dict_pickle(tensors_));
    add_entry("byteorder", "little");
    add_entry("version", "3\n");
    QByteArray directory;
    for (const auto& e : entries_)
        directory += test::zip_directory_entry(e.name, e.size, e.offset, false, e.crc);
    const uint64_t directory_offset = position();
    if (directory_offset + directory.size() > kZipLimit || entries_.size() > 0xffff)
        throw std::runtime_error(path_ + " would exceed the limits of a zip without zip64");
    directory += test::zip_end(entries_.size(), directory.size(), directory_offset, false);
    put(directory.data(), directory.size());
    const bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    if (!closed)
        throw std::runtime_error("cannot write " + path_);
}

} // namespace linnet::bench

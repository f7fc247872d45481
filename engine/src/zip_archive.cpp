// Zip layout (APPNOTE 6.3): local header + data per entry, then the central
// directory, then the end-of-central-directory record (EOCD), preceded by a ZIP64
// EOCD record and locator when a value does not fit 32 bits (torch always writes
// them). Sizes and offsets are taken from the central directory: torch's local
// headers hold zeros there (the real values follow the data in a descriptor).
#include "zip_archive.h"

#include "linnet/error.h"

#include <cstring>
#include <optional>

namespace linnet {

namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kEndRecord = 0x06054b50;
constexpr uint32_t kZip64EndRecord = 0x06064b50;
constexpr uint32_t kZip64Locator = 0x07064b50;
constexpr uint16_t kZip64Extra = 0x0001;

constexpr size_t kEndRecordSize = 22;
constexpr size_t kZip64LocatorSize = 20;
constexpr size_t kZip64EndRecordSize = 56;
constexpr size_t kCentralHeaderSize = 46;
constexpr size_t kLocalHeaderSize = 30;
constexpr size_t kMaxComment = 0xffff;

template <class T>
T load(std::span<const uint8_t> bytes, uint64_t at)
{
    T v;
    std::memcpy(&v, bytes.data() + at, sizeof v);
    return v;
}

bool fits(uint64_t offset, uint64_t length, uint64_t size)
{
    return offset <= size && length <= size - offset;
}

} // namespace

ZipArchive::ZipArchive(std::span<const uint8_t> file, const std::string& path) : file_(file), path_(path)
{
    read_directory(find_directory());
}

void ZipArchive::damaged(const std::string& what) const
{
    throw Error(ErrorKind::Malformed, "The .pth file '" + path_ + "' is damaged: " + what);
}

ZipArchive::Directory ZipArchive::find_directory() const
{
    const uint64_t size = file_.size();
    // The EOCD is the last thing in the file, followed only by a comment.
    std::optional<uint64_t> end;
    if (size >= kEndRecordSize) {
        const uint64_t lowest = size - kEndRecordSize > kMaxComment ? size - kEndRecordSize - kMaxComment : 0;
        for (uint64_t at = size - kEndRecordSize + 1; at-- > lowest;) {
            if (load<uint32_t>(file_, at) == kEndRecord &&
                at + kEndRecordSize + load<uint16_t>(file_, at + 20) <= size) {
                end = at;
                break;
            }
        }
    }
    if (!end)
        throw Error(ErrorKind::Truncated, "The .pth file '" + path_ +
                                              "' is truncated or damaged: the zip directory at its end is missing. "
                                              "The download may be incomplete.");
    Directory dir;
    dir.count = load<uint16_t>(file_, *end + 10);
    dir.size = load<uint32_t>(file_, *end + 12);
    dir.offset = load<uint32_t>(file_, *end + 16);
    if (load<uint16_t>(file_, *end + 4) != 0 || load<uint16_t>(file_, *end + 6) != 0)
        damaged("it is one part of a multi-part zip archive");

    const bool has_locator = *end >= kZip64LocatorSize && load<uint32_t>(file_, *end - kZip64LocatorSize) == kZip64Locator;
    if (has_locator) {
        const uint64_t record = load<uint64_t>(file_, *end - kZip64LocatorSize + 8);
        if (!fits(record, kZip64EndRecordSize, *end - kZip64LocatorSize) ||
            load<uint32_t>(file_, record) != kZip64EndRecord)
            damaged("its ZIP64 directory record is missing or out of place");
        dir.count = load<uint64_t>(file_, record + 32);
        dir.size = load<uint64_t>(file_, record + 40);
        dir.offset = load<uint64_t>(file_, record + 48);
    } else if (dir.count == 0xffff || dir.size == 0xffffffffu || dir.offset == 0xffffffffu) {
        damaged("its directory needs ZIP64 records, which are missing");
    }
    if (!fits(dir.offset, dir.size, size))
        throw Error(ErrorKind::Truncated, "The .pth file '" + path_ + "' is truncated: its zip directory lies beyond the end "
                                              "of the file. The download may be incomplete.");
    if (dir.count > dir.size / kCentralHeaderSize)
        damaged("its zip directory claims " + std::to_string(dir.count) + " entries but is only " +
                std::to_string(dir.size) + " bytes long");
    return dir;
}

void ZipArchive::read_directory(const Directory& dir)
{
    const auto cd = file_.subspan(dir.offset, dir.size);
    uint64_t at = 0;
    entries_.reserve(dir.count);
    for (uint64_t i = 0; i < dir.count; ++i) {
        if (!fits(at, kCentralHeaderSize, cd.size()) || load<uint32_t>(cd, at) != kCentralHeader)
            damaged("zip directory entry " + std::to_string(i) + " is malformed");
        const uint16_t name_length = load<uint16_t>(cd, at + 28);
        const uint16_t extra_length = load<uint16_t>(cd, at + 30);
        const uint16_t comment_length = load<uint16_t>(cd, at + 32);
        const uint64_t total = kCentralHeaderSize + uint64_t(name_length) + extra_length + comment_length;
        if (!fits(at, total, cd.size()))
            damaged("zip directory entry " + std::to_string(i) + " runs past the directory");

        ZipEntry e;
        e.flags = load<uint16_t>(cd, at + 8);
        e.method = load<uint16_t>(cd, at + 10);
        uint64_t packed = load<uint32_t>(cd, at + 20);
        uint64_t unpacked = load<uint32_t>(cd, at + 24);
        uint64_t header = load<uint32_t>(cd, at + 42);
        e.name.assign(reinterpret_cast<const char*>(cd.data() + at + kCentralHeaderSize), name_length);

        // A ZIP64 extra field holds, in this order, each value whose 32-bit field is all ones.
        const auto extra = cd.subspan(at + kCentralHeaderSize + name_length, extra_length);
        for (uint64_t x = 0; x + 4 <= extra.size();) {
            const uint16_t id = load<uint16_t>(extra, x);
            const uint16_t length = load<uint16_t>(extra, x + 2);
            if (!fits(x + 4, length, extra.size()))
                damaged("the extra field of '" + e.name + "' in the zip directory is malformed");
            if (id == kZip64Extra) {
                uint64_t y = x + 4;
                for (uint64_t* value : {&unpacked, &packed, &header}) {
                    if (*value != 0xffffffffu)
                        continue;
                    if (y + 8 > x + 4 + length)
                        damaged("the ZIP64 field of '" + e.name + "' is too short");
                    *value = load<uint64_t>(extra, y);
                    y += 8;
                }
            }
            x += 4 + uint64_t(length);
        }
        if (e.method == 0 && packed != unpacked)
            damaged("the stored entry '" + e.name + "' has different packed and unpacked sizes");
        e.size = packed;
        e.data_offset = local_data_offset(header, e.name);
        if (!fits(e.data_offset, e.size, file_.size()))
            throw Error(ErrorKind::Truncated, "The .pth file '" + path_ + "' is truncated: the entry '" + e.name +
                                                  "' ends beyond the end of the file. The download may be incomplete.");
        if (!index_.emplace(e.name, entries_.size()).second)
            damaged("the entry '" + e.name + "' appears twice");
        entries_.push_back(std::move(e));
        at += total;
    }
}

// Data follows the local header, whose name and extra lengths may differ from the
// central directory's (torch pads the local extra field to align the data).
uint64_t ZipArchive::local_data_offset(uint64_t header, const std::string& name) const
{
    if (!fits(header, kLocalHeaderSize, file_.size()))
        throw Error(ErrorKind::Truncated, "The .pth file '" + path_ + "' is truncated: the entry '" + name +
                                              "' starts beyond the end of the file. The download may be incomplete.");
    if (load<uint32_t>(file_, header) != kLocalHeader)
        damaged("the entry '" + name + "' does not start where the zip directory says");
    const uint16_t name_length = load<uint16_t>(file_, header + 26);
    const uint16_t extra_length = load<uint16_t>(file_, header + 28);
    const uint64_t data = header + kLocalHeaderSize + name_length + extra_length;
    if (!fits(header + kLocalHeaderSize, uint64_t(name_length) + extra_length, file_.size()))
        throw Error(ErrorKind::Truncated, "The .pth file '" + path_ + "' is truncated inside the header of '" + name +
                                              "'. The download may be incomplete.");
    if (name_length != name.size() ||
        std::memcmp(file_.data() + header + kLocalHeaderSize, name.data(), name.size()) != 0)
        damaged("the entry '" + name + "' has a different name in its local header");
    return data;
}

const ZipEntry* ZipArchive::find(const std::string& name) const
{
    auto it = index_.find(name);
    return it == index_.end() ? nullptr : &entries_[it->second];
}

std::span<const uint8_t> ZipArchive::data(const ZipEntry& entry) const
{
    if (entry.flags & 1)
        throw Error(ErrorKind::UnsupportedType, "The entry '" + entry.name + "' in '" + path_ + "' is encrypted");
    if (entry.method != 0)
        throw Error(ErrorKind::UnsupportedType,
                    "The entry '" + entry.name + "' in '" + path_ + "' is compressed (zip method " +
                        std::to_string(entry.method) + "); PyTorch never compresses its files, so this file was "
                        "repacked by another tool. Save it again with torch.save.");
    return file_.subspan(entry.data_offset, entry.size);
}

} // namespace linnet

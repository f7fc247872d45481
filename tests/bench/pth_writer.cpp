#include "pth_writer.h"

#include <array>
#include <cstring>
#include <stdexcept>

namespace linnet::bench {

namespace {

constexpr const char* kArchive = "bench/";
constexpr uint64_t kZipLimit = 0xffffffffull;

uint32_t crc32_update(uint32_t crc, const uint8_t* data, size_t size)
{
    static const auto table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (size_t i = 0; i < size; ++i)
        crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
    return ~crc;
}

void append_le(std::string& out, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

// Pickle protocol 2 opcodes, as torch.save emits them.
void pickle_int(std::string& out, int64_t v)
{
    if (v >= 0 && v < 256) {
        out += 'K';
        append_le(out, static_cast<uint64_t>(v), 1);
    } else if (v >= 0 && v < 65536) {
        out += 'M';
        append_le(out, static_cast<uint64_t>(v), 2);
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
        out += 'J';
        append_le(out, static_cast<uint32_t>(static_cast<int32_t>(v)), 4);
    } else {
        out += "\x8a\x08";
        append_le(out, static_cast<uint64_t>(v), 8);
    }
}

void pickle_str(std::string& out, const std::string& s)
{
    out += 'X';
    append_le(out, s.size(), 4);
    out += s;
}

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

// A local header whose extra field pads the data to 64 bytes, as torch aligns it; the
// CRC and sizes are patched in end_entry().
void PthWriter::begin_entry(const std::string& name)
{
    Entry e;
    e.name = kArchive + name;
    e.offset = static_cast<uint64_t>(std::ftell(file_));
    const uint64_t data_start = e.offset + 30 + e.name.size() + 4;
    const size_t pad = (64 - data_start % 64) % 64;
    std::string h;
    append_le(h, 0x04034b50u, 4);
    append_le(h, 20, 2); // version needed
    append_le(h, 0, 2);  // flags
    append_le(h, 0, 2);  // stored
    append_le(h, 0, 2);  // time
    append_le(h, 0x21, 2); // 1980-01-01
    append_le(h, 0, 4);  // crc, patched
    append_le(h, 0, 4);  // sizes, patched
    append_le(h, 0, 4);
    append_le(h, e.name.size(), 2);
    append_le(h, 4 + pad, 2);
    h += e.name;
    append_le(h, 0x4246, 2); // "FB", torch's padding record
    append_le(h, pad, 2);
    h.append(pad, 'Z');
    put(h.data(), h.size());
    entries_.push_back(e);
    open_entry_ = true;
}

void PthWriter::end_entry()
{
    if (!open_entry_)
        return;
    open_entry_ = false;
    Entry& e = entries_.back();
    const long end = std::ftell(file_);
    if (static_cast<uint64_t>(end) > kZipLimit)
        throw std::runtime_error(path_ + " would exceed 4 GiB, which needs zip64 (not written by this tool)");
    std::string patch;
    append_le(patch, e.crc, 4);
    append_le(patch, e.size, 4);
    append_le(patch, e.size, 4);
    std::fseek(file_, static_cast<long>(e.offset + 14), SEEK_SET);
    put(patch.data(), patch.size());
    std::fseek(file_, end, SEEK_SET);
}

void PthWriter::add_entry(const std::string& name, const std::string& bytes)
{
    end_entry();
    begin_entry(name);
    Entry& e = entries_.back();
    put(bytes.data(), bytes.size());
    e.size = bytes.size();
    e.crc = crc32_update(0, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    end_entry();
}

void PthWriter::begin_tensor(const std::string& name, const std::vector<int64_t>& shape)
{
    end_entry();
    begin_entry("data/" + std::to_string(tensors_.size()));
    tensors_.push_back({name, shape});
}

void PthWriter::write(const uint16_t* bf16, size_t count)
{
    Entry& e = entries_.back();
    put(bf16, count * 2);
    e.size += count * 2;
    e.crc = crc32_update(e.crc, reinterpret_cast<const uint8_t*>(bf16), count * 2);
}

void PthWriter::finish()
{
    std::string p = "\x80\x02" "ccollections\nOrderedDict\n)R(";
    for (size_t key = 0; key < tensors_.size(); ++key) {
        const auto& t = tensors_[key];
        int64_t numel = 1;
        for (int64_t d : t.shape)
            numel *= d;
        std::vector<int64_t> stride(t.shape.size());
        int64_t s = 1;
        for (size_t i = t.shape.size(); i-- > 0;) {
            stride[i] = s;
            s *= t.shape[i];
        }
        pickle_str(p, t.name);
        p += "ctorch._utils\n_rebuild_tensor_v2\n((";
        pickle_str(p, "storage");
        p += "ctorch\nBFloat16Storage\n";
        pickle_str(p, std::to_string(key));
        pickle_str(p, "cpu");
        pickle_int(p, numel);
        p += "tQ";
        pickle_int(p, 0);
        p += '(';
        for (int64_t d : t.shape)
            pickle_int(p, d);
        p += "t(";
        for (int64_t d : stride)
            pickle_int(p, d);
        p += "t\x89" "ccollections\nOrderedDict\n)RtR";
    }
    p += "u.";
    add_entry("data.pkl", p);
    add_entry("byteorder", "little");
    add_entry("version", "3\n");

    const uint64_t directory = static_cast<uint64_t>(std::ftell(file_));
    std::string d;
    for (const auto& e : entries_) {
        append_le(d, 0x02014b50u, 4);
        append_le(d, 20, 2); // made by
        append_le(d, 20, 2); // needed
        append_le(d, 0, 2);
        append_le(d, 0, 2);
        append_le(d, 0, 2);
        append_le(d, 0x21, 2);
        append_le(d, e.crc, 4);
        append_le(d, e.size, 4);
        append_le(d, e.size, 4);
        append_le(d, e.name.size(), 2);
        append_le(d, 0, 2); // extra
        append_le(d, 0, 2); // comment
        append_le(d, 0, 2); // disk
        append_le(d, 0, 2); // internal attributes
        append_le(d, 0, 4); // external attributes
        append_le(d, e.offset, 4);
        d += e.name;
    }
    append_le(d, 0x06054b50u, 4);
    append_le(d, 0, 2);
    append_le(d, 0, 2);
    append_le(d, entries_.size(), 2);
    append_le(d, entries_.size(), 2);
    append_le(d, d.size() - 0, 4); // replaced below
    append_le(d, directory, 4);
    append_le(d, 0, 2);
    // The directory's size excludes the 22-byte end record.
    const uint64_t directory_size = d.size() - 22;
    std::string size_le;
    append_le(size_le, directory_size, 4);
    d.replace(d.size() - 22 + 12, 4, size_le);
    if (directory + d.size() > kZipLimit || entries_.size() > 0xffff)
        throw std::runtime_error(path_ + " would exceed the limits of a zip without zip64");
    put(d.data(), d.size());
    if (std::fclose(file_) != 0) {
        file_ = nullptr;
        throw std::runtime_error("cannot write " + path_);
    }
    file_ = nullptr;
}

} // namespace linnet::bench

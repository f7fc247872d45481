#include "packed_cache.h"

#include "hash.h"
#include "linnet/model.h"

#include <cinttypes>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

namespace linnet {

namespace fs = std::filesystem;

namespace {

// Header: magic, format version, the key's hash. Then per matrix and part: its size, its
// hash, its bytes. The version changes with the 4-bit layout (q4.h).
constexpr char kMagic[8] = {'L', 'N', 'Q', '4', 'P', 'A', 'C', 'K'};
constexpr uint64_t kVersion = 1;
constexpr const char* kExtension = ".q4w";

uint64_t text_hash(const std::string& text)
{
    return hash_bytes(0x243f6a8885a308d3ull, text.data(), text.size());
}

std::string hex(uint64_t v)
{
    char s[17];
    std::snprintf(s, sizeof s, "%016" PRIx64, v);
    return s;
}

// Files of one model are named after its canonical path: a moved model is another one.
std::string path_prefix(const std::string& model_path)
{
    std::error_code error;
    fs::path p = fs::weakly_canonical(model_path, error);
    if (error)
        p = fs::absolute(model_path, error);
    return hex(text_hash(p.string())) + "-";
}

// What identifies the file's contents besides the key: its size and modification time.
std::string file_identity(const std::string& model_path)
{
    std::error_code error;
    const auto size = fs::file_size(model_path, error);
    const auto time = fs::last_write_time(model_path, error).time_since_epoch().count();
    return std::to_string(size) + "/" + std::to_string(time);
}

// The model's files named by `prefix`, and a .part left by a load that did not end.
std::vector<fs::path> files_with_prefix(const std::string& dir, const std::string& prefix)
{
    std::error_code error;
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(prefix) && name.find(kExtension) != std::string::npos)
            found.push_back(entry.path());
    }
    return found;
}

void remove_with_prefix(const std::string& dir, const std::string& prefix, const fs::path& keep = {})
{
    std::error_code error;
    for (const fs::path& p : files_with_prefix(dir, prefix))
        if (p != keep)
            fs::remove(p, error);
}

bool read_u64(std::FILE* f, uint64_t& v) { return std::fread(&v, 8, 1, f) == 1; }
bool write_u64(std::FILE* f, uint64_t v) { return std::fwrite(&v, 8, 1, f) == 1; }

} // namespace

PackedCache::PackedCache(std::string dir, const std::string& model_path, const std::string& key)
    : dir_(std::move(dir)), prefix_(path_prefix(model_path)),
      key_(text_hash(key + "\n" + file_identity(model_path) + "\n" + std::to_string(kVersion)))
{
    final_path_ = (fs::path(dir_) / (prefix_ + hex(key_) + kExtension)).string();
    part_path_ = final_path_ + ".part";
}

PackedCache::~PackedCache()
{
    if (file_)
        std::fclose(file_);
    if (mode_ == Mode::Writing) {
        std::error_code error;
        fs::remove(part_path_, error);
    }
}

void PackedCache::open()
{
    if (std::FILE* f = std::fopen(final_path_.c_str(), "rb")) {
        char magic[8];
        uint64_t version = 0, key = 0;
        if (std::fread(magic, 8, 1, f) == 1 && std::memcmp(magic, kMagic, 8) == 0 && read_u64(f, version) &&
            version == kVersion && read_u64(f, key) && key == key_) {
            file_ = f;
            mode_ = Mode::Reading;
            return;
        }
        std::fclose(f);
    }
    std::error_code error;
    fs::create_directories(dir_, error);
    file_ = std::fopen(part_path_.c_str(), "wb");
    mode_ = file_ ? Mode::Writing : Mode::Off;
    if (file_ && !(std::fwrite(kMagic, 8, 1, file_) == 1 && write_u64(file_, kVersion) && write_u64(file_, key_)))
        stop();
}

// No more use of the file this load: a damaged cache is removed (the next load writes a
// new one), a half-written one too.
void PackedCache::stop()
{
    if (file_)
        std::fclose(file_);
    file_ = nullptr;
    std::error_code error;
    fs::remove(mode_ == Mode::Reading ? final_path_ : part_path_, error);
    mode_ = Mode::Off;
}

bool PackedCache::read(std::span<const std::span<uint8_t>> parts)
{
    if (mode_ == Mode::Unopened)
        open();
    if (mode_ != Mode::Reading)
        return false;
    for (const std::span<uint8_t> part : parts) {
        uint64_t size = 0, hash = 0;
        if (!read_u64(file_, size) || size != part.size() || !read_u64(file_, hash) ||
            std::fread(part.data(), 1, part.size(), file_) != part.size() ||
            hash_bytes(0, part.data(), part.size()) != hash) {
            stop();
            return false;
        }
    }
    ++matrices_;
    return true;
}

void PackedCache::write(std::span<const std::span<uint8_t>> parts)
{
    if (mode_ == Mode::Unopened)
        open();
    if (mode_ != Mode::Writing)
        return;
    for (const std::span<uint8_t> part : parts)
        if (!write_u64(file_, part.size()) || !write_u64(file_, hash_bytes(0, part.data(), part.size())) ||
            std::fwrite(part.data(), 1, part.size(), file_) != part.size()) {
            stop();
            return;
        }
    ++matrices_;
}

void PackedCache::commit()
{
    if (mode_ == Mode::Reading) {
        // Bytes after the last matrix: not this load's file after all; written anew next time.
        if (std::fgetc(file_) != EOF)
            stop();
        return;
    }
    if (mode_ != Mode::Writing)
        return;
    const bool written = std::fflush(file_) == 0 && std::fclose(file_) == 0;
    file_ = nullptr;
    std::error_code error;
    if (!written) {
        fs::remove(part_path_, error);
        mode_ = Mode::Off;
        return;
    }
    fs::rename(part_path_, final_path_, error);
    if (error)
        fs::remove(part_path_, error);
    else
        remove_with_prefix(dir_, prefix_, final_path_); // older copies of this model, keyed otherwise
    mode_ = Mode::Off;
}

void remove_packed_weights(const std::string& dir, const std::string& model_path)
{
    remove_with_prefix(dir, path_prefix(model_path));
}

uint64_t packed_weights_bytes(const std::string& dir, const std::string& model_path)
{
    uint64_t total = 0;
    for (const fs::path& p : files_with_prefix(dir, path_prefix(model_path))) {
        std::error_code error;
        const auto size = fs::file_size(p, error);
        if (!error)
            total += size;
    }
    return total;
}

} // namespace linnet

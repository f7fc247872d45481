// 4-bit weights kept once packed (LoadOptions::packed_cache_dir). Packing takes most of a
// 4-bit load (a 7.2B model: 36 s against 21 s in int8, docs/benchmarks.md); later loads
// of the same model file with the same strategy read the packed matrices back instead.
//
// One file per model file, named after its path, holding the matrices in load order,
// each with its size and a hash. The file is untrusted: the first matrix whose size or
// hash does not match, or a short read, ends its use; that matrix and the rest are
// packed from the model file, and the next load writes the cache anew. A failure to
// write (a full disk, a read-only folder) only means there is no cache. A new cache
// replaces the model's older ones; remove_packed_weights (linnet/model.h) removes all.
#pragma once

#include <cstdint>
#include <cstdio>
#include <span>
#include <string>

namespace linnet {

class PackedCache {
public:
    // The cache of `model_path` in `dir` for loads described by `key` (the strategy and
    // whatever else changes the packed bytes); nothing is opened until first use.
    PackedCache(std::string dir, const std::string& model_path, const std::string& key);
    ~PackedCache();
    PackedCache(const PackedCache&) = delete;
    PackedCache& operator=(const PackedCache&) = delete;

    // Fills the next matrix's parts from the cache; false when there is none or it does
    // not match (the caller packs them, then calls write()).
    bool read(std::span<const std::span<uint8_t>> parts);
    // Appends a matrix packed from the model file (when the cache is being written).
    void write(std::span<const std::span<uint8_t>> parts);
    // The load has ended well: a new cache takes its name and replaces older ones of
    // the same model file.
    void commit();

    // Whether every matrix so far came from the cache (and at least one did).
    bool used() const { return mode_ == Mode::Reading && matrices_ > 0; }

private:
    enum class Mode { Unopened, Reading, Writing, Off };
    void open();
    void stop();

    std::string dir_, prefix_, final_path_, part_path_;
    uint64_t key_ = 0;
    Mode mode_ = Mode::Unopened;
    std::FILE* file_ = nullptr;
    int matrices_ = 0;
};

} // namespace linnet

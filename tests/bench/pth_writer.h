// Writes a PyTorch zip checkpoint (what torch.save produces): one stored zip entry per
// storage, `data.pkl` describing an OrderedDict of tensors, `byteorder` and `version`.
// For benchmark models only; no zip64, so the file must stay below 4 GiB.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace linnet::bench {

class PthWriter {
public:
    // Throws std::runtime_error when the file cannot be written.
    explicit PthWriter(const std::string& path);
    ~PthWriter();
    PthWriter(const PthWriter&) = delete;
    PthWriter& operator=(const PthWriter&) = delete;

    // Starts the bf16 storage of tensor `name` (PyTorch shape, contiguous); its
    // elements follow through write() before the next begin_tensor() or finish().
    void begin_tensor(const std::string& name, const std::vector<int64_t>& shape);
    void write(const uint16_t* bf16, size_t count);
    // Writes the pickle and the zip directory and closes the file.
    void finish();

private:
    struct Entry {
        std::string name;
        uint64_t offset = 0, size = 0;
        uint32_t crc = 0;
    };
    struct Tensor {
        std::string name;
        std::vector<int64_t> shape;
    };
    void end_entry();
    void begin_entry(const std::string& name);
    void add_entry(const std::string& name, const std::string& bytes);
    void put(const void* data, size_t size);

    FILE* file_ = nullptr;
    std::string path_;
    std::vector<Entry> entries_;
    std::vector<Tensor> tensors_;
    bool open_entry_ = false;
};

} // namespace linnet::bench

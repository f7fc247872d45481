// Writes a PyTorch zip checkpoint (what torch.save produces) straight to a file, for
// benchmark models of gigabytes: the zip pieces and the pickle come from the tests'
// checkpoint writer (tests/common/checkpoint_writer.h), only the data is streamed.
// No zip64, so the file must stay below 4 GiB.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "checkpoint_writer.h"

namespace linnet::bench {

class PthWriter {
public:
    // Throws std::runtime_error when the file cannot be written.
    explicit PthWriter(const std::string& path);
    ~PthWriter();
    PthWriter(const PthWriter&) = delete;
    PthWriter& operator=(const PthWriter&) = delete;

    // Starts the bf16 storage of tensor `name` (PyTorch shape, contiguous); all its
    // elements follow through write() before the next begin_tensor() or finish().
    void begin_tensor(const std::string& name, const std::vector<int64_t>& shape);
    void write(const uint16_t* bf16, size_t count);
    // Writes the pickle and the zip directory and closes the file.
    void finish();

private:
    struct Entry {
        QByteArray name;
        uint64_t offset = 0, size = 0, written = 0;
        uint32_t crc = 0;
    };
    void begin_entry(const QByteArray& name, uint64_t size);
    void end_entry();
    void add_entry(const QByteArray& name, const QByteArray& bytes);
    void put(const void* data, size_t size);
    uint64_t position() const;

    FILE* file_ = nullptr;
    std::string path_;
    std::vector<Entry> entries_;
    std::vector<test::PthTensor> tensors_; // names and shapes, for the pickle
    bool open_entry_ = false;
};

} // namespace linnet::bench

// Writers for PyTorch .pth and safetensors files, to build test checkpoints: renamed,
// re-packed (ZIP64), damaged or hostile ones. Independent of the engine's readers.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace linnet::test {

// ---- zip (stored entries only, as torch writes them) ----
struct ZipRecord {
    QByteArray name;
    QByteArray data;
};
// zip64: every size and offset moves to ZIP64 extra fields and records, as torch
// does for files above 4 GB. Data starts at a multiple of 64 bytes (torch's padding).
QByteArray write_zip(const std::vector<ZipRecord>& records, bool zip64 = false);
// The pieces of such an archive, for writers that stream gigabytes of data to a file
// (tests/bench/pth_writer.h): a local header whose padding depends on its `offset` in
// the file, a central directory entry, and the end records after the directory.
QByteArray zip_local_header(const QByteArray& name, uint64_t size, uint64_t offset, bool zip64, uint32_t crc = 0);
QByteArray zip_directory_entry(const QByteArray& name, uint64_t size, uint64_t offset, bool zip64, uint32_t crc = 0);
QByteArray zip_end(uint64_t count, uint64_t directory_size, uint64_t directory_offset, bool zip64);
// The entries of a well-formed, non-ZIP64 archive (qFatal on anything else).
std::vector<ZipRecord> read_zip(const QByteArray& zip);

// ---- pickle (protocol 2, the opcodes torch.save uses) ----
class PickleWriter {
public:
    PickleWriter();
    PickleWriter& raw(const QByteArray& bytes);
    PickleWriter& global(const char* module, const char* name);
    PickleWriter& string(const QByteArray& s);
    PickleWriter& integer(int64_t v);
    PickleWriter& mark() { return op('('); }
    PickleWriter& op(uint8_t code);
    QByteArray finish(); // appends STOP

private:
    QByteArray out_;
};

struct PthTensor {
    QByteArray name;
    QByteArray storage; // "FloatStorage", "HalfStorage", "BFloat16Storage"
    std::vector<int64_t> shape;
    QByteArray data;             // the storage's bytes (written as data/<index>)
    int64_t storage_numel = -1;  // -1: data.size() / element size
    std::vector<int64_t> stride; // empty: contiguous
    bool parameter = false;      // wrapped in torch._utils._rebuild_parameter, as nn.Parameter
};
// A state_dict as torch.save writes it: an OrderedDict of _rebuild_tensor_v2 calls,
// plus string-valued entries (e.g. ChatRWKV's "_strategy").
QByteArray state_dict_pickle(const std::vector<PthTensor>& tensors,
                             const std::vector<std::pair<QByteArray, QByteArray>>& strings = {});
QByteArray write_pth(const std::vector<PthTensor>& tensors, const std::vector<std::pair<QByteArray, QByteArray>>& strings = {},
                     bool zip64 = false);

// ---- safetensors ----
struct StTensor {
    QByteArray name;
    QByteArray dtype; // "F32", "F16", "BF16", …
    std::vector<int64_t> shape;
    QByteArray data;
};
QByteArray write_safetensors(const std::vector<StTensor>& tensors);
// The tensors of a well-formed safetensors file, sorted by name (qFatal otherwise).
std::vector<StTensor> read_safetensors(const QByteArray& file);

} // namespace linnet::test

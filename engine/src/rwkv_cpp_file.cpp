// rwkv.cpp's ggml-based `.bin` format: a 24-byte header, then tensor records with
// no padding. See ../shared/docs/rwkv-math.md §1. Every field is bounds-checked:
// the file is untrusted input.
#include "tensor_set.h"
#include "input_limits.h"

#include "linnet/error.h"

#include <cstring>
#include <optional>

namespace linnet {

namespace {

constexpr uint32_t kMagic = 0x67676d66;
constexpr uint32_t kMaxNameLength = limits::kMaxTensorNameBytes;
constexpr uint64_t kMaxElements = limits::kMaxTensorElements;

struct FileType {
    uint32_t id;
    DType dtype;
};

// ggml type ids Linnet decodes. 4–6 are formats rwkv.cpp itself removed.
constexpr FileType kTypes[] = {
    {0, DType::F32}, {1, DType::F16}, {2, DType::Q4_0}, {3, DType::Q4_1},
    {7, DType::Q5_0}, {8, DType::Q5_1}, {9, DType::Q8_0},
};

std::optional<DType> type_for_id(uint32_t id)
{
    for (const auto& t : kTypes)
        if (t.id == id)
            return t.dtype;
    return std::nullopt;
}

std::string file_type_name(DType t)
{
    switch (t) {
    case DType::F32: return "FP32";
    case DType::F16: return "FP16";
    default: return dtype_name(t);
    }
}

class Cursor {
public:
    Cursor(std::span<const uint8_t> bytes, const std::string& path) : bytes_(bytes), path_(path) {}

    size_t offset() const { return offset_; }
    bool at_end() const { return offset_ == bytes_.size(); }

    uint32_t u32(const char* what)
    {
        need(4, what);
        uint32_t v;
        std::memcpy(&v, bytes_.data() + offset_, 4);
        offset_ += 4;
        return v;
    }

    std::span<const uint8_t> take(uint64_t n, const std::string& what)
    {
        need(n, what);
        auto s = bytes_.subspan(offset_, n);
        offset_ += n;
        return s;
    }

private:
    void need(uint64_t n, const std::string& what) const
    {
        if (n > bytes_.size() - offset_)
            throw Error(ErrorKind::Truncated,
                        "The model file '" + path_ + "' is truncated: " + what + " needs " + std::to_string(n) +
                            " bytes at offset " + std::to_string(offset_) + ", but the file ends at " +
                            std::to_string(bytes_.size()) + " bytes. The download may be incomplete.");
    }

    std::span<const uint8_t> bytes_;
    const std::string& path_;
    size_t offset_ = 0;
};

void check_header_value(uint32_t v, uint32_t max, const char* what, const std::string& path)
{
    if (v == 0 || v > max)
        throw Error(ErrorKind::Malformed, "The model file '" + path + "' declares " + std::to_string(v) + " " + what +
                                              ", which is not a valid value");
}

} // namespace

TensorSet read_rwkv_cpp_file(std::shared_ptr<MappedFile> file)
{
    const std::string& path = file->path();
    Cursor in(file->bytes(), path);
    TensorSet set;
    set.format = "rwkv.cpp";

    if (file->size() < 24)
        throw Error(ErrorKind::Truncated, "The model file '" + path + "' is only " + std::to_string(file->size()) +
                                              " bytes long; an rwkv.cpp model starts with a 24-byte header");
    if (in.u32("the magic number") != kMagic)
        throw Error(ErrorKind::BadMagic, "'" + path + "' is not an rwkv.cpp model file (wrong magic number)");
    const uint32_t version = in.u32("the file version");
    if (version != 100 && version != 101)
        throw Error(ErrorKind::UnsupportedVersion,
                    "The model file '" + path + "' has rwkv.cpp file version " + std::to_string(version) +
                        "; Linnet reads versions 100 and 101");
    const uint32_t n_vocab = in.u32("the vocabulary size");
    const uint32_t n_embed = in.u32("the embedding size");
    const uint32_t n_layer = in.u32("the layer count");
    const uint32_t data_type = in.u32("the data type");
    check_header_value(n_vocab, 1u << 24, "vocabulary entries", path);
    check_header_value(n_embed, 1u << 16, "embedding channels", path);
    check_header_value(n_layer, 1024, "layers", path);
    const auto main_type = type_for_id(data_type);
    if (!main_type)
        throw Error(ErrorKind::UnsupportedType,
                    "The model file '" + path + "' uses data type " + std::to_string(data_type) +
                        ", which Linnet does not read (supported: FP32, FP16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0)");
    set.file_type = file_type_name(*main_type);
    set.declared_vocab = static_cast<int>(n_vocab);
    set.declared_embed = static_cast<int>(n_embed);
    set.declared_layers = static_cast<int>(n_layer);

    while (!in.at_end()) {
        const size_t record = in.offset();
        const uint32_t n_dims = in.u32("a tensor record");
        const uint32_t name_length = in.u32("a tensor record");
        const uint32_t type_id = in.u32("a tensor record");
        if (n_dims < 1 || n_dims > 3)
            throw Error(ErrorKind::Malformed, "The model file '" + path + "' has a tensor with " +
                                                  std::to_string(n_dims) + " dimensions at offset " +
                                                  std::to_string(record) + " (expected 1 to 3)");
        if (name_length < 1 || name_length > kMaxNameLength)
            throw Error(ErrorKind::Malformed, "The model file '" + path + "' has a tensor name of " +
                                                  std::to_string(name_length) + " bytes at offset " +
                                                  std::to_string(record));
        uint32_t ne[3] = {1, 1, 1};
        uint64_t count = 1;
        for (uint32_t d = 0; d < n_dims; ++d) {
            ne[d] = in.u32("a tensor shape");
            count *= ne[d];
            if (ne[d] == 0 || count > kMaxElements)
                throw Error(ErrorKind::Malformed, "The model file '" + path + "' has a tensor of impossible size at offset " +
                                                      std::to_string(record));
        }
        const auto name_bytes = in.take(name_length, "a tensor name");
        const std::string name(reinterpret_cast<const char*>(name_bytes.data()), name_bytes.size());
        const auto type = type_for_id(type_id);
        if (!type)
            throw Error(ErrorKind::UnsupportedType, "The tensor '" + name + "' in '" + path + "' has data type " +
                                                        std::to_string(type_id) + ", which Linnet does not read");
        const int block = dtype_block(*type);
        if (block > 1 && version < 101)
            throw Error(ErrorKind::UnsupportedVersion,
                        "The model file '" + path + "' holds quantised tensors in the old format version " +
                            std::to_string(version) + "; quantise the model again with a current rwkv.cpp");
        if (ne[0] % block != 0)
            throw Error(ErrorKind::Malformed, "The quantised tensor '" + name + "' in '" + path + "' has rows of " +
                                                  std::to_string(ne[0]) + " elements, not a multiple of 32");
        const auto data = in.take(dtype_bytes(*type, count), "the data of tensor '" + name + "'");
        TensorView view{*type, {}, data};
        for (int d = static_cast<int>(n_dims) - 1; d >= 0; --d)
            view.shape.push_back(ne[d]); // ggml lists the fastest dimension first
        set.add(name, std::move(view));
    }
    set.keep_alive(std::move(file));
    return set;
}

} // namespace linnet

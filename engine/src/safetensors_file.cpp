// safetensors: u64 little-endian header length N, N bytes of JSON, then the data.
// The JSON maps each tensor name to {"dtype", "shape", "data_offsets": [begin, end]}
// (offsets relative to the start of the data) plus an optional "__metadata__".
// rwkv-math.md §7.2. Tensors are views into the memory map.
#include "checkpoint.h"
#include "input_limits.h"
#include "linnet/error.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <optional>

namespace linnet {

namespace {

constexpr uint64_t kMaxHeader = limits::kMaxSafetensorsHeaderBytes;
constexpr uint64_t kMaxElements = limits::kMaxTensorElements;
constexpr size_t kMaxDims = limits::kMaxTensorDims;

struct SafetensorsType {
    const char* name;
    DType dtype;
};
constexpr SafetensorsType kTypes[] = {{"F32", DType::F32}, {"F16", DType::F16}, {"BF16", DType::BF16}};

std::optional<DType> dtype_for(const std::string& name)
{
    for (const auto& t : kTypes)
        if (name == t.name)
            return t.dtype;
    return std::nullopt;
}

class HeaderReader {
public:
    HeaderReader(const std::string& path, std::span<const uint8_t> data) : path_(path), data_(data) {}

    TensorView tensor(const std::string& name, const nlohmann::json& entry) const
    {
        if (!entry.is_object() || !entry.contains("dtype") || !entry.contains("shape") ||
            !entry.contains("data_offsets"))
            malformed("the entry of '" + name + "' lacks its dtype, shape or data_offsets");
        const auto& dtype = entry["dtype"];
        if (!dtype.is_string())
            malformed("the dtype of '" + name + "' is not a string");
        const auto type = dtype_for(dtype.get<std::string>());
        if (!type)
            throw Error(ErrorKind::UnsupportedType, "The tensor '" + name + "' in '" + path_ + "' is stored as " +
                                                        dtype.get<std::string>() +
                                                        "; Linnet reads F32, F16 and BF16 tensors");
        TensorView view;
        view.dtype = *type;
        view.shape = shape(name, entry["shape"]);
        const auto& offsets = entry["data_offsets"];
        if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() ||
            !offsets[1].is_number_unsigned())
            malformed("the data_offsets of '" + name + "' are not two byte offsets");
        const uint64_t begin = offsets[0].get<uint64_t>();
        const uint64_t end = offsets[1].get<uint64_t>();
        if (begin > end)
            malformed("the data of '" + name + "' ends before it begins");
        if (end > data_.size())
            throw Error(ErrorKind::Truncated, "The safetensors file '" + path_ + "' is truncated or damaged: the tensor '" +
                                                  name + "' ends at byte " + std::to_string(end) +
                                                  " of the data, but the file holds only " +
                                                  std::to_string(data_.size()) + " bytes of data");
        const uint64_t bytes = dtype_bytes(view.dtype, view.numel());
        if (end - begin != bytes)
            malformed("the tensor '" + name + "' " + shape_string(view.shape) + " needs " + std::to_string(bytes) +
                      " bytes but its data_offsets span " + std::to_string(end - begin));
        view.bytes = data_.subspan(begin, bytes);
        return view;
    }

    [[noreturn]] void malformed(const std::string& what) const
    {
        throw Error(ErrorKind::Malformed, "The safetensors file '" + path_ + "' is damaged: " + what);
    }

private:
    std::vector<int64_t> shape(const std::string& name, const nlohmann::json& dims) const
    {
        if (!dims.is_array() || dims.size() > kMaxDims)
            malformed("the shape of '" + name + "' is not a list of at most 8 sizes");
        std::vector<int64_t> s;
        uint64_t extent = 1; // the product of the non-zero sizes bounds every product of sizes
        for (const auto& d : dims) {
            if (!d.is_number_unsigned())
                malformed("the shape of '" + name + "' holds something other than a size");
            const uint64_t v = d.get<uint64_t>();
            if (v > 0 && extent > kMaxElements / v)
                malformed("the tensor '" + name + "' has an impossible size");
            extent *= v > 0 ? v : 1;
            s.push_back(static_cast<int64_t>(v));
        }
        return s;
    }

    const std::string& path_;
    std::span<const uint8_t> data_;
};

} // namespace

Checkpoint read_safetensors(std::shared_ptr<MappedFile> file)
{
    const std::string path = file->path();
    const auto bytes = file->bytes();
    if (bytes.size() < 8)
        throw Error(ErrorKind::Truncated, "The safetensors file '" + path + "' is only " + std::to_string(bytes.size()) +
                                              " bytes long; it starts with an 8-byte header length");
    uint64_t header_length;
    std::memcpy(&header_length, bytes.data(), 8);
    if (header_length > bytes.size() - 8)
        throw Error(ErrorKind::Truncated, "The safetensors file '" + path + "' is truncated or damaged: its header is " +
                                              std::to_string(header_length) + " bytes long, but the file has only " +
                                              std::to_string(bytes.size() - 8) + " bytes after the length. The "
                                              "download may be incomplete.");
    if (header_length > kMaxHeader)
        throw Error(ErrorKind::Malformed, "The safetensors file '" + path + "' declares a header of " +
                                              std::to_string(header_length) + " bytes, more than the 100 MB allowed");
    const auto header_bytes = bytes.subspan(8, header_length);
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(header_bytes.begin(), header_bytes.end());
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(ErrorKind::Malformed, "The safetensors file '" + path + "' is damaged: its header is not valid "
                                                                             "JSON (error at byte " +
                                              std::to_string(e.byte) + " of the header)");
    } catch (const nlohmann::json::exception&) {
        // A number too large for a double (1E32416) is out_of_range, not a parse_error.
        throw Error(ErrorKind::Malformed, "The safetensors file '" + path + "' is damaged: its header holds a "
                                                                             "number out of range");
    }
    const HeaderReader reader(path, bytes.subspan(8 + header_length));
    if (!header.is_object())
        reader.malformed("its header is JSON but not an object of tensors");

    Checkpoint c;
    c.format = "safetensors";
    c.path = path;
    for (const auto& [name, entry] : header.items()) {
        if (name == "__metadata__")
            continue;
        c.tensors.emplace_back(name, reader.tensor(name, entry));
    }
    c.file = std::move(file);
    return c;
}

} // namespace linnet

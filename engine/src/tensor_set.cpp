#include "tensor_set.h"

#include "checkpoint.h"
#include "input_limits.h"
#include "linnet/error.h"

#include <cctype>
#include <cstring>
#include <initializer_list>

namespace linnet {

uint64_t TensorView::numel() const
{
    uint64_t n = 1;
    for (int64_t d : shape)
        n *= static_cast<uint64_t>(d);
    return n;
}

std::string shape_string(const std::vector<int64_t>& shape)
{
    std::string s = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

void TensorSet::add(const std::string& name, TensorView view)
{
    // Every reader ends here: limits that hold whatever the format. A dimension of 0
    // would divide by zero in the loader and give oneDNN an empty product.
    if (tensors_.size() >= limits::kMaxTensorCount)
        throw Error(ErrorKind::Malformed, "The model file has more than " + std::to_string(limits::kMaxTensorCount) +
                                              " tensors; no RWKV model has that many");
    if (name.empty() || name.size() > limits::kMaxTensorNameBytes)
        throw Error(ErrorKind::Malformed, "The model file has a tensor name of " + std::to_string(name.size()) +
                                              " bytes (1 to " + std::to_string(limits::kMaxTensorNameBytes) + " allowed)");
    uint64_t elements = 1;
    for (int64_t d : view.shape) {
        if (d < 1 || uint64_t(d) > limits::kMaxTensorElements / elements)
            throw Error(ErrorKind::ShapeMismatch, "The model file's tensor '" + name + "' has the shape " +
                                                      shape_string(view.shape) +
                                                      "; every dimension must be at least 1 and the tensor not huge");
        elements *= uint64_t(d);
    }
    if (view.shape.size() > limits::kMaxTensorDims)
        throw Error(ErrorKind::ShapeMismatch, "The model file's tensor '" + name + "' has " +
                                                  std::to_string(view.shape.size()) + " dimensions");
    if (!tensors_.emplace(name, std::move(view)).second)
        throw Error(ErrorKind::Malformed, "The model file contains the tensor '" + name + "' twice");
}

void TensorSet::add_owned(const std::string& name, DType dtype, std::vector<int64_t> shape,
                          std::vector<uint8_t> bytes)
{
    owned_.push_back(std::move(bytes));
    add(name, TensorView{dtype, std::move(shape), owned_.back()});
}

const TensorView* TensorSet::find(const std::string& name) const
{
    auto it = tensors_.find(name);
    return it == tensors_.end() ? nullptr : &it->second;
}

void TensorSet::release_sources()
{
    for (auto& f : files_)
        f->release_pages();
}

namespace {

enum class FileKind { RwkvCpp, Pth, LegacyPth, Safetensors, Unknown };

bool has_extension(const std::string& path, std::initializer_list<const char*> extensions)
{
    const auto dot = path.rfind('.');
    if (dot == std::string::npos)
        return false;
    std::string ext = path.substr(dot + 1);
    for (char& ch : ext)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const char* e : extensions)
        if (ext == e)
            return true;
    return false;
}

// By content first; the extension only decides which reader explains why a file of
// unknown content is damaged.
FileKind classify(std::span<const uint8_t> b, const std::string& path)
{
    static constexpr uint8_t kZip[] = {'P', 'K', 3, 4};
    static constexpr uint8_t kEmptyZip[] = {'P', 'K', 5, 6};
    // torch.save before 1.6: a pickled magic number (protocol 2, LONG1 of 10 bytes).
    static constexpr uint8_t kLegacyTorch[] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20};
    auto starts_with = [&](std::span<const uint8_t> magic) {
        return b.size() >= magic.size() && std::memcmp(b.data(), magic.data(), magic.size()) == 0;
    };
    if (b.size() >= 4) {
        uint32_t magic;
        std::memcpy(&magic, b.data(), 4);
        if (magic == 0x67676d66)
            return FileKind::RwkvCpp;
    }
    if (starts_with(kZip) || starts_with(kEmptyZip))
        return FileKind::Pth;
    if (starts_with(kLegacyTorch))
        return FileKind::LegacyPth;
    if (b.size() > 8 && b[8] == '{')
        return FileKind::Safetensors; // u64 header length, then a JSON object
    if (has_extension(path, {"safetensors", "st"}))
        return FileKind::Safetensors;
    if (has_extension(path, {"pth", "pt"}))
        return FileKind::Pth;
    return FileKind::Unknown;
}

[[noreturn]] void unknown_format(const std::string& path)
{
    throw Error(ErrorKind::BadMagic, "'" + path + "' is not a model file Linnet can read (expected an rwkv.cpp .bin "
                                                  "model, a PyTorch .pth checkpoint or a safetensors file)");
}

[[noreturn]] void legacy_pth(const std::string& path)
{
    throw Error(ErrorKind::UnsupportedVersion, "'" + path + "' was saved by PyTorch before version 1.6, in a format "
                                                            "Linnet does not read. Save it again with a current torch.");
}

} // namespace

Checkpoint read_checkpoint(const std::string& path)
{
    auto file = std::make_shared<MappedFile>(path);
    switch (classify(file->bytes(), path)) {
    case FileKind::Pth: return read_pth(std::move(file));
    case FileKind::Safetensors: return read_safetensors(std::move(file));
    case FileKind::LegacyPth: legacy_pth(path);
    case FileKind::RwkvCpp:
    case FileKind::Unknown: break;
    }
    throw Error(ErrorKind::BadMagic, "'" + path + "' is not a PyTorch .pth or safetensors file");
}

TensorSet open_model_file(const std::string& path, Contents contents)
{
    auto file = std::make_shared<MappedFile>(path);
    switch (classify(file->bytes(), path)) {
    case FileKind::RwkvCpp: return read_rwkv_cpp_file(std::move(file));
    case FileKind::Pth: return map_checkpoint(read_pth(std::move(file)), contents);
    case FileKind::Safetensors: return map_checkpoint(read_safetensors(std::move(file)), contents);
    case FileKind::LegacyPth: legacy_pth(path);
    case FileKind::Unknown: break;
    }
    unknown_format(path);
}

} // namespace linnet

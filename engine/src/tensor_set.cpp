#include "tensor_set.h"

#include "linnet/error.h"

#include <cstring>

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

TensorSet open_model_file(const std::string& path)
{
    auto file = std::make_shared<MappedFile>(path);
    const auto bytes = file->bytes();
    if (bytes.size() >= 4) {
        uint32_t magic;
        std::memcpy(&magic, bytes.data(), 4);
        if (magic == 0x67676d66)
            return read_rwkv_cpp_file(std::move(file));
    }
    throw Error(ErrorKind::BadMagic,
                "'" + path + "' is not a model file Linnet can read (expected an rwkv.cpp .bin model)");
}

} // namespace linnet

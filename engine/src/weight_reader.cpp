#include "weight_reader.h"

#include "hash.h"
#include "linnet/error.h"

namespace linnet {

namespace {

std::vector<int64_t> squeezed(const std::vector<int64_t>& shape)
{
    std::vector<int64_t> s;
    for (int64_t d : shape)
        if (d != 1)
            s.push_back(d);
    return s;
}

} // namespace

std::string block_tensor(int layer, const char* suffix)
{
    return "blocks." + std::to_string(layer) + "." + suffix;
}

WeightReader::WeightReader(const TensorSet& tensors, MatmulRuntime& runtime, const std::string& path)
    : tensors_(tensors), runtime_(runtime), path_(path)
{
}

const TensorView& WeightReader::tensor(const std::string& name) const
{
    const TensorView* t = tensors_.find(name);
    if (!t)
        throw Error(ErrorKind::MissingTensor, "The model file '" + path_ + "' lacks the tensor '" + name +
                                                  "' that this RWKV version needs");
    return *t;
}

void WeightReader::shape_error(const std::string& name, const TensorView& t, const std::vector<int64_t>& want) const
{
    throw Error(ErrorKind::ShapeMismatch, "The tensor '" + name + "' in '" + path_ + "' has shape " +
                                              shape_string(t.shape) + ", but the model's header and architecture need " +
                                              shape_string(want));
}

std::vector<float> WeightReader::read(const std::string& name, const std::vector<int64_t>& shape, bool squeeze)
{
    const TensorView& t = tensor(name);
    const bool same = squeeze ? squeezed(t.shape) == squeezed(shape) : t.shape == shape;
    if (!same)
        shape_error(name, t, shape);
    std::vector<float> out(t.numel());
    to_f32(t.dtype, t.bytes.data(), t.numel(), out.data());
    used_.insert(name);
    return out;
}

std::vector<float> WeightReader::values(const std::string& name, const std::vector<int64_t>& shape)
{
    auto v = read(name, shape, true);
    hash_ = hash_bytes(hash_, name.data(), name.size());
    hash_ = hash_bytes(hash_, v.data(), v.size() * sizeof(float));
    return v;
}

Linear WeightReader::linear(const std::string& name, int out, int in)
{
    const auto rows = read(name, {out, in}, false);
    return Linear(runtime_, rows.data(), out, in);
}

std::vector<Linear> WeightReader::linear_stack(const std::string& name, int count, int out, int in)
{
    const auto rows = read(name, {count, out, in}, false);
    std::vector<Linear> stack;
    for (int i = 0; i < count; ++i)
        stack.emplace_back(runtime_, rows.data() + static_cast<size_t>(i) * out * in, out, in);
    return stack;
}

void WeightReader::skip(const std::string& name)
{
    used_.insert(name);
}

void WeightReader::check_all_used() const
{
    for (const auto& [name, view] : tensors_.all())
        if (!used_.count(name))
            throw Error(ErrorKind::UnknownTensor, "The model file '" + path_ + "' contains the tensor '" + name +
                                                      "', which this RWKV version does not use");
}

} // namespace linnet

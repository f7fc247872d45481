#include "weight_reader.h"

#include "hash.h"
#include "packed_cache.h"
#include "linnet/error.h"

#include <algorithm>
#include <unistd.h>
#include <sys/mman.h>

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

// Hands the whole pages inside [begin, end) back to the kernel. For a mapped model file
// the page cache keeps them (a second load stays fast); they just stop counting
// against this process. Only whole pages: a tensor may also live in memory of our own
// (a transformed tensor), whose neighbours must keep their pages. Each block of rows is
// released after it was converted, and each tensor once more when it is done: with a
// warm page cache the kernel maps up to 64 KB around every fault, also pages of blocks
// released before, which would otherwise stay resident.
void release_pages(const uint8_t* begin, const uint8_t* end)
{
    static const uintptr_t page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const uintptr_t first = (reinterpret_cast<uintptr_t>(begin) + page - 1) / page * page;
    const uintptr_t last = reinterpret_cast<uintptr_t>(end) / page * page;
    if (last > first)
        ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

void release_rows(const TensorView& t, int64_t cols, int64_t first, int64_t count)
{
    const size_t row_bytes = dtype_bytes(t.dtype, static_cast<uint64_t>(cols));
    const uint8_t* begin = t.bytes.data() + first * row_bytes;
    release_pages(begin, begin + count * row_bytes);
}

} // namespace

WeightType weight_type(Precision precision)
{
    if (uses_int4(precision))
        return WeightType::Q4;
    if (uses_int8(precision))
        return WeightType::S8;
    return uses_bf16(precision) ? WeightType::BF16 : WeightType::F32;
}

Precision head_precision(Precision precision)
{
    switch (precision) {
    case Precision::Fp32i4: return Precision::Fp32i8;
    case Precision::Bf16i4: return Precision::Bf16i8;
    default: return precision;
    }
}

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

const TensorView& WeightReader::take(const std::string& name, const std::vector<int64_t>& shape)
{
    const TensorView& t = tensor(name);
    if (t.shape != shape)
        shape_error(name, t, shape);
    used_.insert(name);
    return t;
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

void WeightReader::convert_rows(const TensorView& t, int64_t cols, int64_t first, int64_t count, float* out)
{
    const size_t row_bytes = dtype_bytes(t.dtype, static_cast<uint64_t>(cols));
    to_f32(t.dtype, t.bytes.data() + first * row_bytes, static_cast<uint64_t>(count * cols), out);
    release_rows(t, cols, first, count);
}

void WeightReader::table(const std::string& name, int rows, int cols, const RowSink& take_rows)
{
    const TensorView& t = take(name, {rows, cols});
    const int block = std::max(1, (1 << 18) / cols);
    const int blocks = (rows + block - 1) / block;
#pragma omp parallel
    {
        std::vector<float> buffer(static_cast<size_t>(block) * cols);
#pragma omp for schedule(dynamic)
        for (int b = 0; b < blocks; ++b) {
            const int first = b * block, count = std::min(block, rows - first);
            convert_rows(t, cols, first, count, buffer.data());
            take_rows(first, count, buffer.data());
        }
    }
    release_rows(t, cols, 0, rows);
}

Linear WeightReader::linear_rows(const TensorView& t, int64_t row_offset, int out, int in)
{
    // rwkv.cpp's 4-bit blocks keep their levels in the 4-bit precisions (q4::pack_ggml_rows).
    const bool ggml_q4 = t.dtype == DType::Q4_0 || t.dtype == DType::Q4_1;
    if (ggml_q4 && weight_type(precision_) == WeightType::Q4 && in % 32 == 0) {
        Linear linear(runtime_, WeightType::Q4, out, in, 32);
        const size_t row_bytes = dtype_bytes(t.dtype, static_cast<uint64_t>(in));
        load_packed(linear, [&](Linear& l) {
            l.load_ggml_q4(t.bytes.data() + row_offset * row_bytes, t.dtype == DType::Q4_1,
                           [&t, row_offset, in](int first, int count) { release_rows(t, in, row_offset + first, count); });
        });
        matrix_bytes_ += linear.bytes();
        return linear;
    }
    // rwkv.cpp's 5-bit blocks lose their fifth bit in 4 bits (logits twice as far from
    // the file's own, docs/benchmarks.md): int8 keeps what the file holds.
    const bool ggml_q5 = t.dtype == DType::Q5_0 || t.dtype == DType::Q5_1;
    const WeightType type = weight_type(precision_);
    Linear linear(runtime_, ggml_q5 && type == WeightType::Q4 ? WeightType::S8 : type, out, in);
    const Linear::Bf16Rows stored{reinterpret_cast<const uint16_t*>(t.bytes.data()) + row_offset * in,
                                  [&t, row_offset, in](int first, int count) {
                                      release_rows(t, in, row_offset + first, count);
                                  }};
    const Linear::RowReader read = [&t, row_offset, in](int first, int count, float* rows) {
        convert_rows(t, in, row_offset + first, count, rows);
    };
    const auto load = [&](Linear& l) { l.load(read, t.dtype == DType::BF16 ? &stored : nullptr); };
    if (linear.type() == WeightType::Q4)
        load_packed(linear, load);
    else
        load(linear);
    release_rows(t, in, row_offset, out);
    matrix_bytes_ += linear.bytes();
    return linear;
}

void WeightReader::load_packed(Linear& linear, const std::function<void(Linear&)>& pack)
{
    const auto parts = linear.packed_parts();
    if (cache_ && cache_->read(parts))
        return;
    pack(linear);
    if (cache_)
        cache_->write(parts);
}

Linear WeightReader::linear(const std::string& name, int out, int in)
{
    return linear_rows(take(name, {out, in}), 0, out, in);
}

std::vector<Linear> WeightReader::linear_stack(const std::string& name, int count, int out, int in)
{
    const TensorView& t = take(name, {count, out, in});
    std::vector<Linear> stack;
    for (int i = 0; i < count; ++i)
        stack.push_back(linear_rows(t, static_cast<int64_t>(i) * out, out, in));
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

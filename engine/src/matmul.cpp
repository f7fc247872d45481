#include "matmul.h"

#include "kernels.h"
#include "linnet/error.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstring>
#include <string>

#include <omp.h>

namespace linnet {

using tag = dnnl::memory::format_tag;
using dt = dnnl::memory::data_type;

namespace {

// A part's weights stay below this size, so converting one needs only a small temporary
// (and the model file's pages can be released part by part).
// 16 MB keeps a .pth load within converted weights + 64 MB (32 MB did not).
constexpr size_t kPartBytes = size_t(16) << 20;

dt data_type(WeightType type)
{
    switch (type) {
    case WeightType::BF16: return dt::bf16;
    case WeightType::S8: return dt::s8;
    default: return dt::f32;
    }
}

size_t element_bytes(WeightType type)
{
    return type == WeightType::F32 ? 4 : type == WeightType::BF16 ? 2 : 1;
}

dnnl::memory::desc scales_desc(int n)
{
    return dnnl::memory::desc({1, n}, dt::f32, tag::ab);
}

} // namespace

MatmulRuntime::MatmulRuntime(int max_rows)
    : max_rows_(static_cast<int>(std::bit_ceil(static_cast<unsigned>(std::max(1, max_rows))))),
      engine_(dnnl::engine::kind::cpu, 0), stream_(engine_), row_scales_(max_rows_)
{
}

int MatmulRuntime::padded_rows(int m) const
{
    if (m < 1 || m > max_rows_)
        throw Error(ErrorKind::InvalidArgument, "internal: matrix product of " + std::to_string(m) + " rows");
    return static_cast<int>(std::bit_ceil(static_cast<unsigned>(m)));
}

dnnl::matmul::primitive_desc MatmulRuntime::describe(WeightType type, int m, int k, int n,
                                                     const dnnl::memory::desc& weights) const
{
    const dnnl::memory::desc src({m, k}, data_type(type), tag::ab);
    const dnnl::memory::desc dst({m, n}, dt::f32, tag::ab);
    dnnl::primitive_attr attr;
    // One scratchpad for every primitive instead of one each.
    attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
    if (type == WeightType::S8) {
        // Per-channel weight scales as a runtime {1,N} multiply: output scales would
        // have to be constant (one primitive per matrix) to stay on the fast kernels.
        dnnl::post_ops ops;
        ops.append_binary(dnnl::algorithm::binary_mul, scales_desc(n));
        attr.set_post_ops(ops);
    }
    return dnnl::matmul::primitive_desc(dnnl::matmul::desc(src, weights, dst), attr, engine_);
}

dnnl::memory::desc MatmulRuntime::weights_layout(WeightType type, int k, int n)
{
    const auto key = std::make_tuple(type, k, n);
    auto found = layouts_.find(key);
    if (found != layouts_.end())
        return found->second;
    // The blocked layout oneDNN prefers depends on K and N only, not on the row count.
    const dnnl::memory::desc any({k, n}, data_type(type), tag::any);
    const auto layout = describe(type, max_rows_, k, n, any).weights_desc();
    layouts_.emplace(key, layout);
    return layout;
}

void MatmulRuntime::grow_scratchpad(const dnnl::matmul::primitive_desc& pd)
{
    const size_t need = pd.scratchpad_desc().get_size();
    if (need <= scratchpad_bytes_.size() && scratchpad_)
        return;
    scratchpad_bytes_.resize(std::max(need, scratchpad_bytes_.size()));
    scratchpad_ = dnnl::memory({{static_cast<int64_t>(scratchpad_bytes_.size())}, dt::u8, tag::a}, engine_,
                               scratchpad_bytes_.data());
}

MatmulRuntime::Primitive& MatmulRuntime::primitive(WeightType type, int m, int k, int n)
{
    const auto key = std::make_tuple(type, m, k, n, omp_get_max_threads());
    auto found = primitives_.find(key);
    if (found != primitives_.end())
        return found->second;
    const auto pd = describe(type, m, k, n, weights_layout(type, k, n));
    grow_scratchpad(pd);
    Primitive p{dnnl::matmul(pd), dnnl::memory(pd.src_desc(), engine_, DNNL_MEMORY_NONE),
                dnnl::memory(pd.dst_desc(), engine_, DNNL_MEMORY_NONE)};
    return primitives_.emplace(key, std::move(p)).first->second;
}

void MatmulRuntime::run(WeightType type, const dnnl::memory& weights, const dnnl::memory* column_scales, int k,
                        int n, const void* src, int m, float* dst)
{
    const int rows = padded_rows(m);
    Primitive& p = primitive(type, rows, k, n);
    p.src.set_data_handle(const_cast<void*>(src));
    p.dst.set_data_handle(dst);
    std::unordered_map<int, dnnl::memory> args{{DNNL_ARG_SRC, p.src},
                                               {DNNL_ARG_WEIGHTS, weights},
                                               {DNNL_ARG_DST, p.dst},
                                               {DNNL_ARG_SCRATCHPAD, scratchpad_}};
    if (column_scales)
        args.emplace(DNNL_ARG_ATTR_MULTIPLE_POST_OP(0) | DNNL_ARG_SRC_1, *column_scales);
    const auto start = profiling_ ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
    p.matmul.execute(stream_, args);
    stream_.wait();
    if (!profiling_)
        return;
    Timing& t = timings_[{type, rows, k, n}];
    t.calls += 1;
    t.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    t.weight_bytes = weights.get_desc().get_size();
}

void MatmulRuntime::set_profiling(bool on)
{
    profiling_ = on;
    if (on)
        timings_.clear();
}

void* MatmulRuntime::source_buffer(size_t bytes)
{
    if (source_.size() < bytes)
        source_.resize(bytes);
    return source_.data();
}

void* MatmulRuntime::load_buffer(size_t bytes)
{
    // The old contents are not needed: free before growing, so that the old and the new
    // buffer (up to 2 × 32 MB) are never both held at the peak of a load.
    if (load_.size() < bytes) {
        std::vector<uint8_t>().swap(load_);
        load_.resize(bytes);
    }
    return load_.data();
}

float* MatmulRuntime::part_output(size_t floats)
{
    if (part_output_.size() < floats)
        part_output_.resize(floats);
    return part_output_.data();
}

Linear::Linear(MatmulRuntime& runtime, WeightType type, int out, int in)
    : runtime_(&runtime), type_(type), in_(in), out_(out)
{
    // Equal parts, each a multiple of 64 rows (oneDNN's block along N).
    const size_t total = static_cast<size_t>(out) * in * element_bytes(type);
    const int count = static_cast<int>(std::max<size_t>(1, (total + kPartBytes - 1) / kPartBytes));
    const int rows = count == 1 ? out : std::min(out, ((out + count - 1) / count + 63) / 64 * 64);
    if (type == WeightType::S8) {
        scales_ = static_cast<float*>(runtime.arena().allocate(sizeof(float) * out));
    }
    for (int first = 0; first < out; first += rows) {
        Part part;
        part.first = first;
        part.count = std::min(rows, out - first);
        const auto layout = runtime.weights_layout(type, in, part.count);
        part.weights = dnnl::memory(layout, runtime.engine(), runtime.arena().allocate(layout.get_size()));
        if (scales_)
            part.column_scales = dnnl::memory(scales_desc(part.count), runtime.engine(), scales_ + first);
        bytes_ += layout.get_size();
        parts_.push_back(std::move(part));
    }
    if (scales_)
        bytes_ += sizeof(float) * out;
    // Every later product may need this much converted input.
    if (type != WeightType::F32)
        runtime.source_buffer(static_cast<size_t>(runtime.max_rows()) * in * element_bytes(type));
    if (parts_.size() > 1)
        runtime.part_output(static_cast<size_t>(runtime.max_rows()) * rows);
}

void Linear::load(const RowReader& read)
{
    for (Part& part : parts_)
        load_part(part, read);
}

void Linear::load_part(Part& part, const RowReader& read)
{
    const size_t row_bytes = in_ * element_bytes(type_);
    auto* plain = static_cast<uint8_t*>(runtime_->load_buffer(row_bytes * part.count));
    // Blocks of about 1 MB of fp32, converted into the part's plain copy in parallel.
    const int block = std::max(1, (1 << 18) / in_);
    const int blocks = (part.count + block - 1) / block;
#pragma omp parallel
    {
        std::vector<float> rows(type_ == WeightType::F32 ? 0 : static_cast<size_t>(block) * in_);
#pragma omp for schedule(dynamic)
        for (int b = 0; b < blocks; ++b) {
            const int first = b * block, count = std::min(block, part.count - first);
            uint8_t* out = plain + first * row_bytes;
            float* f32 = type_ == WeightType::F32 ? reinterpret_cast<float*>(out) : rows.data();
            read(part.first + first, count, f32);
            if (type_ == WeightType::BF16)
                kernels::to_bf16(f32, reinterpret_cast<uint16_t*>(out), static_cast<size_t>(count) * in_);
            else if (type_ == WeightType::S8)
                kernels::quantise_rows(f32, reinterpret_cast<int8_t*>(out), scales_ + part.first + first, count, in_);
        }
    }
    // PyTorch's (out, in) row-major matrix is oneDNN's {K=in, N=out} in `ba` order.
    const auto& engine = runtime_->engine();
    dnnl::memory source(dnnl::memory::desc({in_, part.count}, data_type(type_), tag::ba), engine, plain);
    dnnl::stream stream(engine);
    dnnl::reorder(source, part.weights).execute(stream, source, part.weights);
    stream.wait();
}

const void* Linear::convert_input(const float* x, int rows) const
{
    const size_t n = static_cast<size_t>(rows) * in_;
    switch (type_) {
    case WeightType::BF16: {
        auto* y = static_cast<uint16_t*>(runtime_->source_buffer(n * 2));
        kernels::to_bf16(x, y, n);
        return y;
    }
    case WeightType::S8: {
        auto* q = static_cast<int8_t*>(runtime_->source_buffer(n));
        kernels::quantise_rows(x, q, runtime_->row_scales(), rows, in_);
        return q;
    }
    default: return x;
    }
}

void Linear::apply(const float* x, int m, float* y) const
{
    const int rows = runtime_->padded_rows(m);
    const void* src = convert_input(x, rows);
    for (const Part& part : parts_) {
        const dnnl::memory* scales = scales_ ? &part.column_scales : nullptr;
        if (parts_.size() == 1 || rows == 1) {
            runtime_->run(type_, part.weights, scales, in_, part.count, src, m, y + part.first);
            continue;
        }
        // oneDNN's fast kernels want a dense output: compute the part's columns apart.
        float* tmp = runtime_->part_output(static_cast<size_t>(rows) * part.count);
        runtime_->run(type_, part.weights, scales, in_, part.count, src, m, tmp);
        for (int r = 0; r < m; ++r)
            std::memcpy(y + static_cast<size_t>(r) * out_ + part.first, tmp + static_cast<size_t>(r) * part.count,
                        sizeof(float) * part.count);
    }
    if (type_ == WeightType::S8)
        kernels::scale_rows(y, runtime_->row_scales(), m, out_);
}

} // namespace linnet

#include "matmul.h"

#include "kernels.h"
#include "q4.h"
#include "s8_rows.h"
#include "linnet/cpu.h"
#include "linnet/error.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <numeric>
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
// Smaller parts gain nothing: every call costs one to two microseconds of its own
// (a one-thread int8 kernel reads 1 MB in ~30 µs).
constexpr size_t kMinPartBytes = size_t(1) << 20;
// Inputs per group of 4-bit weights (LINNET_Q4_GROUP=32/64/128 overrides it, to measure).
// 32: the tiny RWKV-5.2's perplexity over 20 kB rises 5.1 % in 4 bits at 32, 6.9 % at 64,
// 8.0 % at 128 (docs/benchmarks.md); 64 reads 10 % fewer bytes a token at 1.5B.
constexpr int kQ4Group = 32;

int q4_group_setting()
{
    const char* v = std::getenv("LINNET_Q4_GROUP");
    const int g = v ? std::atoi(v) : 0;
    return g == 32 || g == 64 || g == 128 ? g : kQ4Group;
}

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
    return type == WeightType::F32 ? 4 : type == WeightType::BF16 ? 2 : 1; // Q4: its int8 inputs
}

dnnl::memory::desc scales_desc(int n)
{
    return dnnl::memory::desc({1, n}, dt::f32, tag::ab);
}

// Without VNNI, oneDNN's int8 kernels add pairs of u8·s8 products in 16 bits with
// saturation (its int8 inputs shifted by 128: up to 255·127·2), and products came out
// wrong by up to half their size. Weights within ±63 keep every pair in range
// (255·63·2 < 32767), at 7 bits of precision instead of 8.
int int8_weight_levels()
{
    switch (dnnl::get_effective_cpu_isa()) {
    case dnnl::cpu_isa::avx2_vnni:
    case dnnl::cpu_isa::avx512_core_vnni:
    case dnnl::cpu_isa::avx512_core_bf16:
    case dnnl::cpu_isa::avx512_core_amx: return 127;
    default: return 63;
    }
}

} // namespace

MatmulRuntime::MatmulRuntime(int max_rows, int threads)
    : max_rows_(static_cast<int>(std::bit_ceil(static_cast<unsigned>(std::max(1, max_rows))))),
      threads_(std::max(1, threads)), engine_(dnnl::engine::kind::cpu, 0), scratchpad_bytes_(threads_),
      part_outputs_(threads_), args_(threads_), q4_group_(q4_group_setting()),
      int8_levels_(int8_weight_levels())
{
    for (int t = 0; t < threads_; ++t) {
        streams_.emplace_back(engine_);
        scratchpads_.emplace_back();
    }
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
    auto layout = describe(type, max_rows_, k, n, any).weights_desc();
    if (type == WeightType::S8 && layout == dnnl::memory::desc({k, n}, dt::s8, tag::ab))
        layout = dnnl::memory::desc({k, n}, dt::s8, tag::ba);
    layouts_.emplace(key, layout);
    return layout;
}

bool MatmulRuntime::rows_in_pytorch_order(const dnnl::memory::desc& layout)
{
    const auto dims = layout.dims();
    return layout.data_type() == dt::s8 && dims.size() == 2 &&
           layout == dnnl::memory::desc(dims, dt::s8, tag::ba);
}

void MatmulRuntime::grow_scratchpad(const dnnl::matmul::primitive_desc& pd)
{
    const size_t need = pd.scratchpad_desc().get_size();
    if (need <= scratchpad_size_ && scratchpads_[0])
        return;
    scratchpad_size_ = std::max(need, scratchpad_size_);
    for (int t = 0; t < threads_; ++t) {
        scratchpad_bytes_[t].resize(scratchpad_size_);
        scratchpads_[t] = dnnl::memory({{static_cast<int64_t>(scratchpad_size_)}, dt::u8, tag::a}, engine_,
                                       scratchpad_bytes_[t].data());
    }
}

MatmulRuntime::Primitive& MatmulRuntime::primitive(WeightType type, int m, int k, int n)
{
    const auto key = std::make_tuple(type, m, k, n);
    auto found = primitives_.find(key);
    if (found != primitives_.end())
        return found->second;
    // Every primitive runs on one thread (run_together runs several at once). oneDNN
    // reads the thread count when the descriptor and when the primitive are made.
    const auto layout = weights_layout(type, k, n);
    const int current = omp_get_max_threads();
    omp_set_num_threads(1);
    const auto pd = describe(type, m, k, n, layout);
    Primitive p{dnnl::matmul(pd), {}, {}};
    omp_set_num_threads(current);
    for (int t = 0; t < threads_; ++t) {
        p.src.push_back(dnnl::memory(pd.src_desc(), engine_, DNNL_MEMORY_NONE));
        p.dst.push_back(dnnl::memory(pd.dst_desc(), engine_, DNNL_MEMORY_NONE));
    }
    grow_scratchpad(pd);
    return primitives_.emplace(key, std::move(p)).first->second;
}

void MatmulRuntime::run_job(const Job& job, int m, Primitive* primitive, int thread)
{
    if (job.rows_s8 && m == 1) {
        s8::run({job.rows_s8, job.k, job.n, static_cast<const int8_t*>(job.src), job.scales_s8, job.row_scales[0],
                 job.dst});
        return;
    }
    if (job.type == WeightType::Q4) {
        q4::run({job.packed, job.k, job.group, job.n, static_cast<const int8_t*>(job.src), job.sums, job.row_scales, m,
                 job.dst, job.ld});
        return;
    }
    Primitive& p = *primitive;
    // A part narrower than its product cannot write into place (oneDNN's fast kernels
    // want a dense output): it goes through the thread's own buffer.
    const bool in_place = job.n == job.ld;
    float* out = in_place ? job.dst : part_outputs_[thread].data();
    // Two threads may run the same primitive: each has memory objects of its own.
    p.src[thread].set_data_handle(const_cast<void*>(job.src));
    p.dst[thread].set_data_handle(out);
    auto& args = args_[thread];
    args[DNNL_ARG_SRC] = p.src[thread];
    args[DNNL_ARG_WEIGHTS] = *job.weights;
    args[DNNL_ARG_DST] = p.dst[thread];
    args[DNNL_ARG_SCRATCHPAD] = scratchpads_[thread];
    constexpr int scales_arg = DNNL_ARG_ATTR_MULTIPLE_POST_OP(0) | DNNL_ARG_SRC_1;
    if (job.column_scales)
        args[scales_arg] = *job.column_scales;
    else
        args.erase(scales_arg);
    // oneDNN's gemm (its AVX2 path) takes the thread count when it runs, not when it was
    // made: outside a parallel region it would split a product across the threads, and
    // its bits would change with the thread count.
    const bool alone = !omp_in_parallel();
    const int threads = omp_get_max_threads();
    if (alone)
        omp_set_num_threads(1);
    p.matmul.execute(streams_[thread], args);
    streams_[thread].wait();
    if (alone)
        omp_set_num_threads(threads);
    if (in_place && !job.row_scales)
        return;
    for (int r = 0; r < m; ++r) {
        float* row = job.dst + static_cast<size_t>(r) * job.ld;
        if (!in_place)
            std::memcpy(row, out + static_cast<size_t>(r) * job.n, sizeof(float) * job.n);
        if (job.row_scales)
            kernels::scale_rows(row, job.row_scales + r, 1, job.n);
    }
}

void MatmulRuntime::run_together(std::span<const Job> jobs, int m, std::span<const ProductShape> products)
{
    const int rows = padded_rows(m);
    // Making primitives and growing buffers is not thread-safe: all of it first.
    job_primitives_.clear();
    size_t total = 0, widest = 0;
    for (const Job& job : jobs) {
        job_primitives_.push_back(job.type == WeightType::Q4 ? nullptr : &primitive(job.type, rows, job.k, job.n));
        total += job.bytes;
        if (job.n != job.ld && job.type != WeightType::Q4)
            widest = std::max(widest, static_cast<size_t>(job.n));
    }
    const int threads = std::min(omp_get_max_threads(), threads_);
    for (int t = 0; t < threads; ++t)
        if (part_outputs_[t].size() < rows * widest)
            part_outputs_[t].resize(rows * widest);
    // Largest first, each thread taking the next job when it is done: the threads finish
    // together, however the host shares out its bandwidth. Which thread runs a job does
    // not change its bits (one-thread primitives).
    job_order_.resize(jobs.size());
    std::iota(job_order_.begin(), job_order_.end(), size_t(0));
    std::stable_sort(job_order_.begin(), job_order_.end(),
                     [&](size_t a, size_t b) { return jobs[a].bytes > jobs[b].bytes; });
    const auto start = profiling_ ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
    const long count = static_cast<long>(jobs.size());
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads) if (threads > 1 && count > 1)
    for (long i = 0; i < count; ++i) {
        const size_t j = job_order_[i];
        run_job(jobs[j], m, job_primitives_[j], omp_get_thread_num());
    }
    if (!profiling_)
        return;
    // The group's time, shared out by bytes.
    const auto elapsed = std::chrono::steady_clock::now() - start;
    for (const ProductShape& product : products)
        record(product.type, rows, product.k, product.n, product.bytes, elapsed * (double(product.bytes) / total));
}

void MatmulRuntime::record(WeightType type, int rows, int k, int n, size_t bytes,
                           std::chrono::duration<double> elapsed)
{
    Timing& t = timings_[{type, rows, k, n}];
    t.calls += 1;
    t.seconds += elapsed.count();
    t.weight_bytes = bytes;
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

float* MatmulRuntime::row_scales(size_t floats)
{
    if (row_scales_.size() < floats)
        row_scales_.resize(floats);
    return row_scales_.data();
}

Linear::Linear(MatmulRuntime& runtime, WeightType type, int out, int in, int group)
    : runtime_(&runtime), type_(type), in_(in), out_(out)
{
    // Rows whose length no group size divides cannot be stored in 4 bits: int8 instead.
    if (type_ == WeightType::Q4) {
        group_ = q4::group_for(in, group ? group : runtime.q4_group());
        if (group_ == 0)
            type_ = WeightType::S8;
    }
    if (type_ == WeightType::BF16 && !cpu_keeps_bf16_weights())
        type_ = WeightType::F32;
    type = type_;
    // Equal parts, each a multiple of 64 rows (oneDNN's block along N): one per thread
    // (so every thread can take a share of a product), none above kPartBytes and, unless
    // it has to be, none below kMinPartBytes.
    const size_t total = type == WeightType::Q4 ? q4::bytes(out, in, group_)
                                                : static_cast<size_t>(out) * in * element_bytes(type);
    const int threads = runtime.threads();
    const size_t per_thread = std::min<size_t>(threads, total / kMinPartBytes);
    int count = static_cast<int>(std::max({size_t(1), per_thread, (total + kPartBytes - 1) / kPartBytes}));
    // More parts than threads: a multiple of the thread count, or one thread runs the
    // last part while the others wait (the 0.1B int8 head had 3 parts on 2 threads).
    if (count > threads)
        count = (count + threads - 1) / threads * threads;
    const int rows = std::min(out, ((out + count - 1) / count + 63) / 64 * 64);
    if (type == WeightType::S8) {
        scales_ = static_cast<float*>(runtime.arena().allocate(sizeof(float) * out));
    }
    for (int first = 0; first < out; first += rows) {
        Part part;
        part.first = first;
        part.count = std::min(rows, out - first);
        if (type == WeightType::Q4) {
            part.bytes = q4::bytes(part.count, in, group_);
            part.packed = static_cast<uint8_t*>(runtime.arena().allocate(part.bytes));
            bytes_ += part.bytes;
            parts_.push_back(std::move(part));
            continue;
        }
        const auto layout = runtime.weights_layout(type, in, part.count);
        part.bytes = layout.get_size();
        part.weights = dnnl::memory(layout, runtime.engine(), runtime.arena().allocate(part.bytes));
        if (type == WeightType::S8 && MatmulRuntime::rows_in_pytorch_order(layout))
            part.rows_s8 = static_cast<const int8_t*>(part.weights.get_data_handle());
        if (scales_)
            part.column_scales = dnnl::memory(scales_desc(part.count), runtime.engine(), scales_ + first);
        bytes_ += part.bytes;
        parts_.push_back(std::move(part));
    }
    if (scales_)
        bytes_ += sizeof(float) * out;
}

void Linear::load(const RowReader& read, const Bf16Rows* stored)
{
    for (Part& part : parts_)
        load_part(part, read, stored);
}

std::vector<std::span<uint8_t>> Linear::packed_parts() const
{
    std::vector<std::span<uint8_t>> parts;
    for (const Part& part : parts_)
        if (part.packed)
            parts.emplace_back(part.packed, part.bytes);
    return parts;
}

void Linear::load_ggml_q4(const uint8_t* rows, bool with_minimum, const std::function<void(int, int)>& done)
{
    const size_t row_bytes = static_cast<size_t>(in_ / 32) * (with_minimum ? 20 : 18);
    for (const Part& part : parts_) {
        q4::pack_ggml_rows(rows + part.first * row_bytes, with_minimum, part.count, in_, part.packed);
        done(part.first, part.count);
    }
}

void Linear::convert_part(const Part& part, const RowReader& read, uint8_t* plain)
{
    const size_t row_bytes = in_ * element_bytes(type_);
    // Blocks of about 1 MB of fp32, converted into the part's plain copy in parallel.
    const int block = std::max(1, (1 << 18) / in_);
    const int blocks = (part.count + block - 1) / block;
#pragma omp parallel
    {
        // Not value-initialised: zeroing a megabyte per part and thread is wasted at load.
        const std::unique_ptr<float[]> rows(type_ == WeightType::F32 ? nullptr : new float[static_cast<size_t>(block) * in_]);
#pragma omp for schedule(dynamic)
        for (int b = 0; b < blocks; ++b) {
            const int first = b * block, count = std::min(block, part.count - first);
            uint8_t* out = plain + first * row_bytes;
            float* f32 = type_ == WeightType::F32 ? reinterpret_cast<float*>(out) : rows.get();
            read(part.first + first, count, f32);
            if (type_ == WeightType::BF16)
                kernels::to_bf16(f32, reinterpret_cast<uint16_t*>(out), static_cast<size_t>(count) * in_);
            else if (type_ == WeightType::S8)
                kernels::quantise_rows(f32, reinterpret_cast<int8_t*>(out), scales_ + part.first + first, count, in_,
                                       runtime_->int8_levels());
        }
    }
}

void Linear::pack_part(const Part& part, const RowReader& read)
{
    // Blocks of about 1 MB of fp32 (whole blocks of 16 rows), packed in parallel.
    const int block = std::max(1, (1 << 18) / in_ / q4::kBlockRows) * q4::kBlockRows;
    const int blocks = (part.count + block - 1) / block;
#pragma omp parallel
    {
        const std::unique_ptr<float[]> rows(new float[static_cast<size_t>(block) * in_]);
#pragma omp for schedule(dynamic)
        for (int b = 0; b < blocks; ++b) {
            const int first = b * block, count = std::min(block, part.count - first);
            read(part.first + first, count, rows.get());
            q4::pack_rows(rows.get(), count, in_, group_, part.packed + q4::bytes(first, in_, group_));
        }
    }
}

void Linear::load_part(Part& part, const RowReader& read, const Bf16Rows* stored)
{
    if (type_ == WeightType::Q4) {
        pack_part(part, read);
        if (stored)
            stored->done(part.first, part.count);
        return;
    }
    const size_t row_bytes = in_ * element_bytes(type_);
    const bool as_stored = stored && type_ == WeightType::BF16;
    void* plain = as_stored ? const_cast<uint16_t*>(stored->rows + static_cast<size_t>(part.first) * in_)
                            : runtime_->load_buffer(row_bytes * part.count);
    if (!as_stored)
        convert_part(part, read, static_cast<uint8_t*>(plain));
    // PyTorch's (out, in) row-major matrix is oneDNN's {K=in, N=out} in `ba` order.
    const auto& engine = runtime_->engine();
    dnnl::memory source(dnnl::memory::desc({in_, part.count}, data_type(type_), tag::ba), engine, plain);
    dnnl::stream stream(engine);
    dnnl::reorder(source, part.weights).execute(stream, source, part.weights);
    stream.wait();
    if (as_stored)
        stored->done(part.first, part.count);
}

const void* Linear::convert_input(const float* x, int rows, void* buffer, float* row_scales) const
{
    const size_t n = static_cast<size_t>(rows) * in_;
    switch (type_) {
    case WeightType::BF16:
        kernels::to_bf16(x, static_cast<uint16_t*>(buffer), n);
        return buffer;
    case WeightType::S8:
        kernels::quantise_rows(x, static_cast<int8_t*>(buffer), row_scales, rows, in_);
        return buffer;
    case WeightType::Q4:
        kernels::quantise_rows(x, static_cast<int8_t*>(buffer), row_scales, rows, in_);
        q4::group_sums(static_cast<const int8_t*>(buffer), rows, in_, group_, group_sums(buffer, rows));
        return buffer;
    default: return x;
    }
}

size_t Linear::input_bytes(int rows) const
{
    const size_t values = static_cast<size_t>(rows) * in_ * element_bytes(type_);
    if (type_ != WeightType::Q4)
        return values;
    return (values + 63) / 64 * 64 + sizeof(int16_t) * rows * q4::sums_per_row(in_, group_);
}

int16_t* Linear::group_sums(void* input, int rows) const
{
    // After the int8 inputs, cache-line aligned (input_bytes counts them).
    return reinterpret_cast<int16_t*>(static_cast<uint8_t*>(input) + (static_cast<size_t>(rows) * in_ + 63) / 64 * 64);
}

void Linear::apply(const float* x, int m, float* y) const
{
    apply_together({{*this, x, y}}, m);
}

void Linear::apply_together(std::initializer_list<Product> products, int m)
{
    const auto first = std::find_if(products.begin(), products.end(), [](const Product& p) { return bool(p.linear); });
    if (first == products.end())
        return;
    MatmulRuntime& runtime = *first->linear.runtime_;
    const int rows = runtime.padded_rows(m);
    // Each product's converted input gets its own cache-line-aligned slice, and its own
    // row scales.
    auto slice = [rows](const Linear& l) { return (l.input_bytes(rows) + 63) / 64 * 64; };
    size_t bytes = 0;
    for (const Product& p : products)
        if (p.linear)
            bytes += slice(p.linear);
    auto* inputs = static_cast<uint8_t*>(runtime.source_buffer(bytes));
    float* scales = runtime.row_scales(products.size() * static_cast<size_t>(rows));
    auto& jobs = runtime.jobs_;
    auto& whole = runtime.products_;
    jobs.clear();
    whole.clear();
    for (const Product& p : products) {
        const Linear& l = p.linear;
        if (!l)
            continue;
        const void* src = l.convert_input(p.x, rows, inputs, scales);
        const bool q4 = l.type_ == WeightType::Q4;
        const float* row_scales = l.scales_ || q4 ? scales : nullptr;
        const int16_t* sums = q4 ? l.group_sums(inputs, rows) : nullptr;
        inputs += slice(l);
        scales += rows;
        for (const Part& part : l.parts_)
            jobs.push_back({l.type_, &part.weights, l.scales_ ? &part.column_scales : nullptr, l.in_, part.count, src,
                            p.y + part.first, l.out_, row_scales, part.bytes, part.packed + 0, l.group_, sums,
                            part.rows_s8, part.rows_s8 ? l.scales_ + part.first : nullptr});
        whole.push_back({l.type_, l.in_, l.out_, l.bytes_});
    }
    runtime.run_together(jobs, m, whole);
}

} // namespace linnet

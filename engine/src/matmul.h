// Matrix products through oneDNN: a runtime that owns the engine, the streams, the
// primitives (one per weight type and shape, created once and reused), the scratchpads
// and the buffers for converted activations; and `Linear`, a weight matrix converted
// once into oneDNN's preferred layout for its precision.
#pragma once

#include "weight_arena.h"
#include "weight_type.h"

#include <dnnl.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <span>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace linnet {

class MatmulRuntime {
public:
    // `max_rows` is the largest number of rows one product handles (a power of two);
    // `threads` the most threads products will run on. A matrix is split into up to that
    // many parts (of at least 1 MB), and the split may decide the bits of the results: a
    // Model passes the number of cores or more, so every thread setting gives the same.
    MatmulRuntime(int max_rows, int threads);

    int max_rows() const { return max_rows_; }
    int threads() const { return threads_; }
    // Products run on a power-of-two number of rows (so one primitive per size
    // serves every chunk); callers' buffers hold at least padded_rows(m) rows.
    int padded_rows(int m) const;

    const dnnl::engine& engine() const { return engine_; }
    WeightArena& arena() { return arena_; }

    // The weight layout oneDNN picks for a K→N product (the same for every row count);
    // int8 weights that oneDNN would keep plain are kept in PyTorch's order instead
    // (`ba`), which its gemm reads as well, for our own one-row kernel (s8_rows.h).
    dnnl::memory::desc weights_layout(WeightType type, int k, int n);
    static bool rows_in_pytorch_order(const dnnl::memory::desc& layout);

    // One part of a product: dst[m×n] = (src[m×k] · W) ⊙ column_scales, each row times
    // its row scale; W in weights_layout(type, k, n), src of the matching type, dst rows
    // `ld` floats apart.
    struct Job {
        WeightType type;
        const dnnl::memory* weights;       // not Q4
        const dnnl::memory* column_scales; // S8 only
        int k, n;
        const void* src;
        float* dst;
        int ld;
        const float* row_scales; // S8, Q4: the inputs' quantisation scales, one per row
        size_t bytes;            // of the part's weights
        const uint8_t* packed = nullptr; // Q4: the part's blocks
        int group = 0;                   // Q4: inputs per group
        const int16_t* sums = nullptr;   // Q4: the inputs' sums per row and group
        // S8 in PyTorch's order (weights_layout): the weights and their column scales
        // for our own one-row kernel (s8_rows.h); null where oneDNN's layout is blocked.
        const int8_t* rows_s8 = nullptr;
        const float* scales_s8 = nullptr;
    };
    // Jobs that do not depend on each other, `m` rows each, in one parallel region: the
    // threads share them out (largest first) and run each on oneDNN's one-thread kernels,
    // so a group costs one fork and join, and no thread waits at the end of every product.
    // `products`: the whole products the jobs belong to, for the profile.
    struct ProductShape {
        WeightType type;
        int k, n;
        size_t bytes;
    };
    void run_together(std::span<const Job> jobs, int m, std::span<const ProductShape> products);

    // Buffers reused by every product (a Model runs on one thread at a time).
    void* source_buffer(size_t bytes);
    float* row_scales(size_t floats);

    // A temporary for converting weights at load; release_load_buffer() frees it.
    void* load_buffer(size_t bytes);
    void release_load_buffer() { std::vector<uint8_t>().swap(load_); }

    size_t primitive_count() const { return primitives_.size(); }

    // Inputs per group of 4-bit weights (the largest that divides a matrix's inputs).
    int q4_group() const { return q4_group_; }
    // The largest int8 weight: 127, or 63 where oneDNN's int8 kernels lack VNNI.
    int int8_levels() const { return int8_levels_; }

    // Time spent per product shape while profiling is on.
    struct Timing {
        int64_t calls = 0;
        double seconds = 0;
        size_t weight_bytes = 0;
    };
    using Shape = std::tuple<WeightType, int, int, int>; // type, padded rows, k, n
    void set_profiling(bool on);
    const std::map<Shape, Timing>& timings() const { return timings_; }

private:
    friend class Linear; // fills jobs_ and products_
    struct Primitive {
        dnnl::matmul matmul;
        std::vector<dnnl::memory> src, dst; // one per thread, retargeted per call
    };
    Primitive& primitive(WeightType type, int m, int k, int n);
    // Runs a job on the calling thread (`thread`: its index, for its stream and buffers);
    // `p` is null for Q4 jobs (our own kernels).
    void run_job(const Job& job, int m, Primitive* p, int thread);
    void record(WeightType type, int rows, int k, int n, size_t bytes, std::chrono::duration<double> elapsed);
    dnnl::matmul::primitive_desc describe(WeightType type, int m, int k, int n,
                                          const dnnl::memory::desc& weights) const;
    void grow_scratchpad(const dnnl::matmul::primitive_desc& pd);

    int max_rows_;
    int threads_;
    dnnl::engine engine_;
    std::vector<dnnl::stream> streams_;      // one per thread
    std::vector<dnnl::memory> scratchpads_;  // one per thread
    WeightArena arena_;
    std::map<Shape, Primitive> primitives_; // by type, rows, k, n
    std::map<std::tuple<WeightType, int, int>, dnnl::memory::desc> layouts_;
    size_t scratchpad_size_ = 0;
    std::vector<std::vector<uint8_t>> scratchpad_bytes_;
    std::vector<uint8_t> source_, load_;
    std::vector<float> row_scales_;
    // Per thread: a dense output for parts narrower than their product, and the
    // arguments of its calls (reused: a token makes ~350 calls).
    std::vector<std::vector<float>> part_outputs_;
    std::vector<std::unordered_map<int, dnnl::memory>> args_;
    std::vector<Primitive*> job_primitives_;
    std::vector<size_t> job_order_;
    std::vector<Job> jobs_;                // reused by Linear::apply_together
    std::vector<ProductShape> products_;   // likewise
    bool profiling_ = false;
    std::map<Shape, Timing> timings_;
    int q4_group_;
    int int8_levels_;
};

// A weight matrix of `out` × `in` (PyTorch's (out, in) order) in oneDNN layout. Large
// matrices are stored as several parts (ranges of output rows), so converting one
// never needs a temporary copy of the whole matrix and several threads can share
// one product.
class Linear {
public:
    Linear() = default;
    // `group`: Q4's inputs per group (0: the runtime's choice).
    Linear(MatmulRuntime& runtime, WeightType type, int out, int in, int group = 0);

    int in() const { return in_; }
    int out() const { return out_; }
    WeightType type() const { return type_; }
    int group() const { return group_; } // Q4: inputs per group
    size_t bytes() const { return bytes_; }
    explicit operator bool() const { return runtime_ != nullptr; }

    // Fills the weights at load from fp32 rows: `read(first, count, rows)` writes rows
    // [first, first + count) of the (out, in) matrix to `rows`. It is called for a few
    // rows at a time, from several threads at once, each row exactly once.
    using RowReader = std::function<void(int first, int count, float* rows)>;
    // The same rows as stored, when the file holds them in bf16: a bf16 Linear reorders
    // them as they are instead of through fp32 and back, and calls `done(first, count)`
    // for each part it has read.
    struct Bf16Rows {
        const uint16_t* rows;
        std::function<void(int first, int count)> done;
    };
    void load(const RowReader& read, const Bf16Rows* stored = nullptr);
    // Q4 with groups of 32, from rwkv.cpp Q4_0 or Q4_1 rows, their levels kept (q4::pack_ggml_rows);
    // `done(first, count)` after each part.
    void load_ggml_q4(const uint8_t* rows, bool with_minimum, const std::function<void(int, int)>& done);

    // Q4: each part's packed blocks, in order (the packed-weights cache reads and writes
    // them as they are: packed_cache.h).
    std::vector<std::span<uint8_t>> packed_parts() const;

    // y[m×out] = x[m×in] · Wᵀ. x and y hold at least runtime.padded_rows(m) rows.
    void apply(const float* x, int m, float* y) const;

    // Products that do not depend on each other (the same runtime, `m` rows each), in
    // one parallel region (MatmulRuntime::run_together). Products of an empty Linear are
    // skipped.
    struct Product {
        const Linear& linear;
        const float* x;
        float* y;
    };
    static void apply_together(std::initializer_list<Product> products, int m);

private:
    struct Part {
        int first = 0, count = 0;
        size_t bytes = 0;
        dnnl::memory weights;
        dnnl::memory column_scales; // S8: this part's slice of scales_
        uint8_t* packed = nullptr;  // Q4: the part's blocks, in the runtime's arena
        const int8_t* rows_s8 = nullptr; // S8 in PyTorch's order: the weights, for s8_rows.h
    };
    // x in the weights' type (into `buffer`; S8 also writes one scale per row).
    const void* convert_input(const float* x, int rows, void* buffer, float* row_scales) const;
    size_t input_bytes(int rows) const;
    // Q4: where the inputs' group sums go in a converted input.
    int16_t* group_sums(void* input, int rows) const;
    void load_part(Part& part, const RowReader& read, const Bf16Rows* stored);
    // The part's rows through fp32 into its plain copy in the weights' type.
    void convert_part(const Part& part, const RowReader& read, uint8_t* plain);
    // Q4: the part's rows through fp32 into its blocks.
    void pack_part(const Part& part, const RowReader& read);

    MatmulRuntime* runtime_ = nullptr;
    WeightType type_ = WeightType::F32;
    int in_ = 0;
    int out_ = 0;
    size_t bytes_ = 0;
    std::vector<Part> parts_;
    float* scales_ = nullptr;          // S8: one per output row, in the runtime's arena
    int group_ = 0;                    // Q4: inputs per group
};

} // namespace linnet

// Matrix products through oneDNN: a runtime that owns the engine, the stream, the
// primitives (one per shape, created once and reused) and a shared scratchpad, and
// `Linear`, a weight matrix reordered once into oneDNN's preferred layout.
#pragma once

#include <dnnl.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

namespace linnet {

class MatmulRuntime {
public:
    // `max_rows` is the largest number of rows one product handles (a power of two).
    explicit MatmulRuntime(int max_rows);

    int max_rows() const { return max_rows_; }
    // Products run on a power-of-two number of rows (so one primitive per size
    // serves every chunk); callers' buffers hold at least padded_rows(m) rows.
    int padded_rows(int m) const;

    const dnnl::engine& engine() const { return engine_; }

    // The weight layout oneDNN picks for a K→N product (the same for every row count).
    dnnl::memory::desc weights_layout(int k, int n);

    // y[m×n] = x[m×k] · Wᵀ, with W already in weights_layout(k, n).
    void run(const dnnl::memory& weights, int k, int n, const float* x, int m, float* y);

    size_t primitive_count() const { return primitives_.size(); }

private:
    struct Primitive {
        dnnl::matmul matmul;
        dnnl::memory src, dst;
    };
    Primitive& primitive(int m, int k, int n);
    dnnl::matmul::primitive_desc describe(int m, int k, int n, const dnnl::memory::desc& weights) const;
    void grow_scratchpad(const dnnl::matmul::primitive_desc& pd);

    int max_rows_;
    dnnl::engine engine_;
    dnnl::stream stream_;
    std::map<std::tuple<int, int, int>, Primitive> primitives_;
    std::map<std::pair<int, int>, dnnl::memory::desc> layouts_;
    std::vector<uint8_t> scratchpad_bytes_;
    dnnl::memory scratchpad_;
};

// A weight matrix of `out` × `in` (PyTorch's (out, in) order), held in oneDNN layout.
class Linear {
public:
    Linear() = default;
    // `rows` holds out × in floats, row-major; it is copied (reordered) and not kept.
    Linear(MatmulRuntime& runtime, const float* rows, int out, int in);

    int in() const { return in_; }
    int out() const { return out_; }
    size_t bytes() const { return weights_ ? weights_.get_desc().get_size() : 0; }
    explicit operator bool() const { return runtime_ != nullptr; }

    // y[m×out] = x[m×in] · Wᵀ. x and y hold at least runtime.padded_rows(m) rows.
    void apply(const float* x, int m, float* y) const { runtime_->run(weights_, in_, out_, x, m, y); }

private:
    MatmulRuntime* runtime_ = nullptr;
    dnnl::memory weights_;
    int in_ = 0;
    int out_ = 0;
};

} // namespace linnet

// Takes tensors out of a TensorSet by name, checks their shapes and converts them:
// 1-D parameters to fp32 vectors, matrices to oneDNN `Linear`s in the precision of the
// layer being read. What is never taken is reported as an unknown tensor.
//
// Matrices and tables are converted a few rows at a time, and the model file's pages
// behind each converted block are handed back to the kernel at once, so loading never
// holds the file and the converted weights in memory together.
#pragma once

#include "linnet/strategy.h"
#include "matmul.h"
#include "tensor_set.h"

#include <functional>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace linnet {

class PackedCache;

std::string block_tensor(int layer, const char* suffix); // "blocks.<layer>.<suffix>"

// Every matrix takes its layer's precision, the LoRAs of RWKV-6/7 too: a generated token
// costs the bytes it reads, and fp32 LoRAs would be a large share of an int8 token's
// bytes and its slowest products, for little accuracy (docs/benchmarks.md, "Memory: why
// the loader is as it is").
WeightType weight_type(Precision precision);
// The head's precision: in the 4-bit precisions it stays int8 (tiny models' perplexity over
// 20 kB in 4 bits, groups of 32: RWKV-7 +1.38 % with a 4-bit head, +0.07 % with an int8 one;
// RWKV-5.2 +5.1 % / +4.7 %). At 1.5B that is 8 % more bytes a token.
Precision head_precision(Precision precision);

class WeightReader {
public:
    WeightReader(const TensorSet& tensors, MatmulRuntime& runtime, const std::string& path);

    // 4-bit matrices are read from, or else packed and written to, `cache` from now on
    // (none: nullptr).
    void set_packed_cache(PackedCache* cache) { cache_ = cache; }

    // The precision of the matrices read from now on.
    void set_precision(Precision precision) { precision_ = precision; }

    bool has(const std::string& name) const { return tensors_.has(name); }
    const TensorView& tensor(const std::string& name) const; // throws MissingTensor

    // Values of a parameter whose shape, with size-1 dimensions dropped, is `shape`
    // (also with size-1 dimensions dropped).
    // These parameters (norms, mixes, decays) make up the weights' fingerprint: every
    // format and precision keeps them in fp32, so the fingerprint does not change
    // when the same model is stored or run in another precision.
    std::vector<float> values(const std::string& name, const std::vector<int64_t>& shape);
    // A (rows, cols) table (the embedding), delivered to `take(first, count, values)` as
    // fp32 in blocks of rows, from several threads at once, each row exactly once.
    using RowSink = std::function<void(int first, int count, const float* values)>;
    void table(const std::string& name, int rows, int cols, const RowSink& take);
    // A weight matrix of shape (out, in).
    Linear linear(const std::string& name, int out, int in);
    // `count` matrices of shape (out, in) stacked in one tensor of shape (count, out, in).
    std::vector<Linear> linear_stack(const std::string& name, int count, int out, int in);
    // Marks a tensor as read without using it (tensors some exporters add but the math ignores).
    void skip(const std::string& name);

    // Throws UnknownTensor if the file holds a tensor nothing took.
    void check_all_used() const;
    // Bytes of every matrix converted so far.
    size_t matrix_bytes() const { return matrix_bytes_; }
    // A hash of every parameter vector read so far: identifies the weights.
    uint64_t fingerprint() const { return hash_; }

private:
    std::vector<float> read(const std::string& name, const std::vector<int64_t>& shape, bool squeeze);
    const TensorView& take(const std::string& name, const std::vector<int64_t>& shape);
    // Rows [first, first + count) of a tensor seen as (rows, cols), as fp32; then drops
    // the file pages that held them.
    static void convert_rows(const TensorView& t, int64_t cols, int64_t first, int64_t count, float* out);
    Linear linear_rows(const TensorView& t, int64_t row_offset, int out, int in);
    // Fills a 4-bit matrix from the packed cache; where it has none, `pack(linear)` fills
    // it from the file and the cache keeps the result.
    void load_packed(Linear& linear, const std::function<void(Linear&)>& pack);
    [[noreturn]] void shape_error(const std::string& name, const TensorView& t, const std::vector<int64_t>& want) const;

    const TensorSet& tensors_;
    MatmulRuntime& runtime_;
    std::string path_;
    Precision precision_ = Precision::Fp32;
    std::set<std::string> used_;
    uint64_t hash_ = 1469598103934665603ull;
    size_t matrix_bytes_ = 0;
    PackedCache* cache_ = nullptr;
};

} // namespace linnet

// Takes tensors out of a TensorSet by name, checks their shapes and converts them:
// 1-D parameters to fp32 vectors, matrices to oneDNN `Linear`s. What is never taken
// is reported as an unknown tensor.
#pragma once

#include "matmul.h"
#include "tensor_set.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace linnet {

std::string block_tensor(int layer, const char* suffix); // "blocks.<layer>.<suffix>"

class WeightReader {
public:
    WeightReader(const TensorSet& tensors, MatmulRuntime& runtime, const std::string& path);

    bool has(const std::string& name) const { return tensors_.has(name); }
    const TensorView& tensor(const std::string& name) const; // throws MissingTensor

    // Values of a parameter whose shape, with size-1 dimensions dropped, is `shape`
    // (also with size-1 dimensions dropped).
    // These parameters (norms, mixes, decays) make up the weights' fingerprint: every
    // format and precision keeps them in fp32, so the fingerprint does not change
    // when the same model is stored or run in another precision.
    std::vector<float> values(const std::string& name, const std::vector<int64_t>& shape);
    // A (rows, cols) matrix as plain fp32 values (the embedding table).
    std::vector<float> table(const std::string& name, int rows, int cols) { return read(name, {rows, cols}, false); }
    // A weight matrix of shape (out, in).
    Linear linear(const std::string& name, int out, int in);
    // `count` matrices of shape (out, in) stacked in one tensor of shape (count, out, in).
    std::vector<Linear> linear_stack(const std::string& name, int count, int out, int in);
    // Marks a tensor as read without using it (tensors some exporters add but the math ignores).
    void skip(const std::string& name);

    // Throws UnknownTensor if the file holds a tensor nothing took.
    void check_all_used() const;
    // A hash of every parameter vector read so far: identifies the weights.
    uint64_t fingerprint() const { return hash_; }

private:
    std::vector<float> read(const std::string& name, const std::vector<int64_t>& shape, bool squeeze);
    [[noreturn]] void shape_error(const std::string& name, const TensorView& t, const std::vector<int64_t>& want) const;

    const TensorSet& tensors_;
    MatmulRuntime& runtime_;
    std::string path_;
    std::set<std::string> used_;
    uint64_t hash_ = 1469598103934665603ull;
};

} // namespace linnet

// The tensors of a model file under Linnet's internal names (rwkv.cpp's names, in
// PyTorch shape order), whatever the file's format. Readers fill it; the weight
// loader takes tensors out of it, and anything left over is an unknown tensor.
#pragma once

#include "dtype.h"
#include "mapped_file.h"

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace linnet {

struct TensorView {
    DType dtype = DType::F32;
    std::vector<int64_t> shape; // outermost first, as PyTorch prints it
    std::span<const uint8_t> bytes;

    uint64_t numel() const;
};

std::string shape_string(const std::vector<int64_t>& shape);

class TensorSet {
public:
    std::string format;     // "rwkv.cpp", "pth", "safetensors"
    std::string file_type;  // the file's main element type, e.g. "FP16"
    std::string source_dtype; // checkpoints: "float32", "float16" or "bfloat16" (empty for .bin files)
    // Header values some formats declare (0 when absent); checked against the tensors.
    int declared_vocab = 0;
    int declared_embed = 0;
    int declared_layers = 0;

    void add(const std::string& name, TensorView view); // throws on a duplicate name
    // Keeps a converted tensor alive for as long as the set (format name transforms).
    void add_owned(const std::string& name, DType dtype, std::vector<int64_t> shape, std::vector<uint8_t> bytes);

    bool has(const std::string& name) const { return tensors_.count(name) != 0; }
    const TensorView* find(const std::string& name) const;
    const std::map<std::string, TensorView>& all() const { return tensors_; }

    void keep_alive(std::shared_ptr<MappedFile> file) { files_.push_back(std::move(file)); }
    // Drops the page cache of the source files once every weight was converted.
    void release_sources();

private:
    std::map<std::string, TensorView> tensors_;
    std::vector<std::vector<uint8_t>> owned_;
    std::vector<std::shared_ptr<MappedFile>> files_;
};

enum class Contents {
    Weights, // every tensor's values, transformed where needed
    Shapes,  // names and shapes only (inspect_model): transformed tensors carry no data
};

// Opens any supported model file (detected by content, not by extension): rwkv.cpp
// .bin, PyTorch .pth, safetensors.
TensorSet open_model_file(const std::string& path, Contents contents = Contents::Weights);

// Readers, one per format.
TensorSet read_rwkv_cpp_file(std::shared_ptr<MappedFile> file);

} // namespace linnet

// PyTorch `.pth` and safetensors checkpoints: their tensors under the names and in
// the shapes the file gives (official RWKV-LM names, Hugging Face names, …), read in
// place from the memory map. checkpoint_names.cpp turns them into a TensorSet.
#pragma once

#include "mapped_file.h"
#include "tensor_set.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace linnet {

struct Checkpoint {
    std::string format; // "pth" or "safetensors"
    std::string path;
    std::vector<std::pair<std::string, TensorView>> tensors; // in file order
    // Top-level names whose value is not a tensor (.pth only), with what they are.
    std::vector<std::pair<std::string, std::string>> other_entries;
    std::shared_ptr<MappedFile> file; // the views point into it
};

Checkpoint read_pth(std::shared_ptr<MappedFile> file);
Checkpoint read_safetensors(std::shared_ptr<MappedFile> file);

// Either of the two, chosen by content (the extension only helps to name the error
// for a file that is neither). Throws Error(BadMagic) for anything else.
Checkpoint read_checkpoint(const std::string& path);

// The tensors under Linnet's internal names and shapes (rwkv.cpp's, PyTorch order),
// after every transform of rwkv-math.md §7.3. Throws for files that are not an RWKV
// model Linnet runs (ChatRWKV-converted files, ChatRWKV's RWKV-5.1, …).
TensorSet map_checkpoint(Checkpoint checkpoint, Contents contents);

// What `file_type` and `source_dtype` say for the element type of most of the weights.
struct DTypeNames {
    const char* file_type;    // "FP32", "FP16", "BF16"
    const char* source_dtype; // "float32", "float16", "bfloat16"
};
DTypeNames dtype_names(DType type);

} // namespace linnet

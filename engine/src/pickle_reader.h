// A strict reader for the pickle inside a PyTorch `.pth` file (`data.pkl`). It
// interprets the pickle as data, never as code: only the opcodes of protocol 2 that
// torch.save writes for a state_dict are understood, and only these globals may be
// named: collections.OrderedDict, torch._utils._rebuild_tensor_v2,
// torch._utils._rebuild_parameter and torch.{Float,Half,BFloat16}Storage. Anything
// else (os.system, builtins.eval, …) is refused with Error(UnsafeContent) before it
// could matter; nothing is ever called or imported.
#pragma once

#include "dtype.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace linnet {

struct PickledTensor {
    DType dtype = DType::F32;
    std::string storage_key;    // its bytes are the archive record data/<key>
    uint64_t storage_numel = 0; // elements in the whole storage
    uint64_t offset = 0;        // first element of this tensor in the storage
    std::vector<int64_t> shape;
    std::vector<int64_t> stride;
};

struct PickledEntry {
    std::string name;
    std::optional<PickledTensor> tensor; // empty when the value is not a tensor
    std::string value_kind;              // "a string", "a number", … when not a tensor
};

// The top-level dict of a state_dict pickle, in file order. Throws
// Error(UnsafeContent) for a forbidden global or opcode, Error(Malformed) for a
// pickle that is damaged or not a dict, Error(UnsupportedVersion) for protocols
// other than 2.
std::vector<PickledEntry> read_state_dict_pickle(std::span<const uint8_t> pickle, const std::string& path);

} // namespace linnet

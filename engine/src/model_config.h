// Detects the RWKV version and the model's dimensions from tensor names and shapes.
#pragma once

#include "linnet/model_info.h"
#include "tensor_set.h"

namespace linnet {

// Throws MissingTensor / ShapeMismatch when the tensors contradict each other or the
// file's header.
ModelInfo detect_model(const TensorSet& tensors, const std::string& path);

} // namespace linnet

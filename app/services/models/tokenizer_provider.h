// The tokenizer a model was trained with, picked from its vocabulary size.
#pragma once

#include "linnet/model_info.h"
#include "linnet/tokenizer.h"

#include <QString>

#include <memory>

namespace linnet::app {

// Throws linnet::Error with a message naming the missing file when a tokenizer file
// is needed but absent from `tokenizer_dir`.
std::unique_ptr<linnet::Tokenizer> tokenizerForModel(const linnet::ModelInfo& info, const QString& tokenizer_dir);
// "world", "neox", "bytes" or the path of a tokenizer file.
std::unique_ptr<linnet::Tokenizer> tokenizerByName(const QString& name, const QString& tokenizer_dir);

} // namespace linnet::app

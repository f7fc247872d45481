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
// The tokenizer `chosen` for a model ("world", "neox", "bytes", a file; empty: its
// vocabulary's). Throws linnet::Error when it has more tokens than the model reads.
std::unique_ptr<linnet::Tokenizer> tokenizerFor(const QString& chosen, const linnet::ModelInfo& info,
                                                const QString& tokenizer_dir);
// What saved states of a model are keyed by besides the model: empty for the tokenizer
// its vocabulary implies, else the chosen one (a state is never reused with another
// tokenizer than the one that built it).
QString tokenizerStateKey(const QString& chosen, const linnet::ModelInfo& info);

} // namespace linnet::app

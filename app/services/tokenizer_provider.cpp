#include "tokenizer_provider.h"

#include "linnet/error.h"

namespace linnet::app {

std::unique_ptr<linnet::Tokenizer> tokenizerForModel(const linnet::ModelInfo& info, const QString& tokenizer_dir)
{
    Q_UNUSED(tokenizer_dir);
    if (info.n_vocab == 256)
        return linnet::make_byte_tokenizer();
    throw linnet::Error(linnet::ErrorKind::InvalidArgument,
                        "No tokenizer is available yet for a vocabulary of " + std::to_string(info.n_vocab) + " tokens");
}

} // namespace linnet::app

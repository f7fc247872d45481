#include "tokenizer_provider.h"

#include "linnet/error.h"

#include <QDir>
#include <QFileInfo>

namespace linnet::app {

std::unique_ptr<linnet::Tokenizer> tokenizerByName(const QString& name, const QString& tokenizer_dir)
{
    if (name == "bytes")
        return linnet::make_byte_tokenizer();
    const std::string file = linnet::tokenizer_file_name(name.toStdString());
    if (file.empty()) {
        // Anything else names a tokenizer file.
        if (!QFileInfo::exists(name))
            throw linnet::Error(linnet::ErrorKind::Io, "There is no tokenizer called '" + name.toStdString() +
                                                           "' (use world, neox, bytes or the path of a tokenizer file)");
        return linnet::load_tokenizer_file(name.toStdString());
    }
    const QString path = QDir(tokenizer_dir).filePath(QString::fromStdString(file));
    if (!QFileInfo::exists(path))
        throw linnet::Error(linnet::ErrorKind::Io,
                            "The " + name.toStdString() + " tokenizer file " + file + " is not in " +
                                tokenizer_dir.toStdString() + ". Download it from the model manager (it comes with the "
                                "first model that needs it) or set LINNET_TOKENIZER_DIR.");
    return linnet::load_tokenizer_file(path.toStdString());
}

std::unique_ptr<linnet::Tokenizer> tokenizerForModel(const linnet::ModelInfo& info, const QString& tokenizer_dir)
{
    const std::string kind = linnet::tokenizer_kind_for_vocab(info.n_vocab);
    if (kind.empty())
        throw linnet::Error(linnet::ErrorKind::InvalidArgument,
                            "Linnet does not know which tokenizer goes with a vocabulary of " +
                                std::to_string(info.n_vocab) + " tokens");
    return tokenizerByName(QString::fromStdString(kind), tokenizer_dir);
}

std::unique_ptr<linnet::Tokenizer> tokenizerFor(const QString& chosen, const linnet::ModelInfo& info,
                                                const QString& tokenizer_dir)
{
    if (chosen.isEmpty())
        return tokenizerForModel(info, tokenizer_dir);
    auto tokenizer = tokenizerByName(chosen, tokenizer_dir);
    if (tokenizer->vocab_size() > info.n_vocab)
        throw linnet::Error(linnet::ErrorKind::InvalidArgument,
                            "The " + tokenizer->name() + " tokenizer has " + std::to_string(tokenizer->vocab_size()) +
                                " tokens but the model reads only " + std::to_string(info.n_vocab) +
                                "; choose the tokenizer the model was trained with");
    return tokenizer;
}

QString tokenizerStateKey(const QString& chosen, const linnet::ModelInfo& info)
{
    return chosen == QString::fromStdString(linnet::tokenizer_kind_for_vocab(info.n_vocab)) ? QString() : chosen;
}

} // namespace linnet::app

#include "linnet/error.h"
#include "linnet/tokenizer.h"

#include <fstream>

namespace linnet {

std::unique_ptr<Tokenizer> load_tokenizer_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, "Cannot open the tokenizer file '" + path + "'");
    char first = 0;
    while (in.get(first) && std::isspace(static_cast<unsigned char>(first))) {
    }
    if (first == '{')
        return load_neox_tokenizer(path);
    if (std::isdigit(static_cast<unsigned char>(first)))
        return load_world_tokenizer(path);
    throw Error(ErrorKind::BadMagic, "'" + path + "' is neither an RWKV World vocabulary nor a tokenizer.json");
}

std::string tokenizer_kind_for_vocab(int n_vocab)
{
    if (n_vocab == 256)
        return "bytes";
    if (n_vocab == 65536)
        return "world";
    if (n_vocab == 50277 || n_vocab == 50304 || n_vocab == 50432)
        return "neox";
    return {};
}

std::string tokenizer_file_name(const std::string& kind)
{
    if (kind == "world")
        return "rwkv_vocab_v20230424.txt";
    if (kind == "neox")
        return "20B_tokenizer.json";
    return {};
}

} // namespace linnet

#include "linnet/error.h"
#include "linnet/tokenizer.h"

namespace linnet {

namespace {

class ByteTokenizer : public Tokenizer {
public:
    std::string name() const override { return "bytes"; }
    int vocab_size() const override { return 256; }

    std::vector<int32_t> encode(std::string_view text) const override
    {
        std::vector<int32_t> ids;
        ids.reserve(text.size());
        for (unsigned char c : text)
            ids.push_back(c);
        return ids;
    }

    std::string decode(std::span<const int32_t> ids) const override
    {
        std::string out;
        out.reserve(ids.size());
        for (int32_t id : ids) {
            if (id < 0 || id > 255)
                throw Error(ErrorKind::InvalidArgument, "Token id " + std::to_string(id) + " is not a byte (0 to 255)");
            out.push_back(static_cast<char>(id));
        }
        return out;
    }
};

} // namespace

std::unique_ptr<Tokenizer> make_byte_tokenizer()
{
    return std::make_unique<ByteTokenizer>();
}

} // namespace linnet

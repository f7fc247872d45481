// The RWKV World tokenizer (rwkv_vocab_v20230424.txt): greedy longest match over the
// UTF-8 bytes of the text, through a compact byte trie (rwkv-math.md §8).
#include "input_limits.h"
#include "linnet/error.h"
#include "linnet/tokenizer.h"

#include <algorithm>
#include <fstream>
#include <numeric>
#include <sstream>

namespace linnet {

namespace {

[[noreturn]] void bad_line(const std::string& path, size_t line, const std::string& why)
{
    throw Error(ErrorKind::Malformed,
                "The tokenizer file '" + path + "' is damaged at line " + std::to_string(line) + ": " + why);
}

void append_utf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The bytes a Python str or bytes literal stands for. Only the escapes the vocabulary
// uses are accepted; the file is never evaluated.
bool parse_literal(std::string_view lit, std::string& out)
{
    const bool bytes = lit.size() >= 1 && lit[0] == 'b';
    if (bytes)
        lit.remove_prefix(1);
    if (lit.size() < 2 || (lit.front() != '\'' && lit.front() != '"') || lit.back() != lit.front())
        return false;
    lit = lit.substr(1, lit.size() - 2);
    out.clear();
    for (size_t i = 0; i < lit.size(); ++i) {
        if (lit[i] != '\\') {
            out.push_back(lit[i]);
            continue;
        }
        if (++i >= lit.size())
            return false;
        const char e = lit[i];
        switch (e) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case 'r': out.push_back('\r'); break;
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'x':
        case 'u': {
            const size_t digits = e == 'x' ? 2 : 4;
            uint32_t v = 0;
            for (size_t k = 1; k <= digits; ++k) {
                if (i + k >= lit.size())
                    return false;
                const int h = hex_value(lit[i + k]);
                if (h < 0)
                    return false;
                v = v * 16 + uint32_t(h);
            }
            i += digits;
            // In a bytes literal \xNN is a raw byte; in a str literal it is a code point.
            if (bytes)
                out.push_back(char(v));
            else
                append_utf8(out, v);
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

class WorldTokenizer : public Tokenizer {
public:
    explicit WorldTokenizer(const std::string& path)
    {
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        if (!in)
            throw Error(ErrorKind::Io, "Cannot open the tokenizer file '" + path + "'");
        if (const auto size = in.tellg(); size < 0 || uint64_t(size) > limits::kMaxTokenizerJsonBytes)
            throw Error(ErrorKind::Malformed, "The tokenizer file '" + path + "' is larger than " +
                                                  std::to_string(limits::kMaxTokenizerJsonBytes >> 20) +
                                                  " MiB; no RWKV World vocabulary is that large");
        in.seekg(0);
        std::string line;
        size_t number = 0;
        std::string bytes;
        while (std::getline(in, line)) {
            ++number;
            if (line.empty())
                continue;
            // Each byte of a token becomes a node of the trie: one huge line would ask for
            // gigabytes.
            if (line.size() > limits::kMaxVocabularyLineBytes)
                bad_line(path, number, "the line is " + std::to_string(line.size()) + " bytes long (at most " +
                                           std::to_string(limits::kMaxVocabularyLineBytes) + ")");
            if (number > limits::kMaxVocabularyEntries)
                bad_line(path, number, "the vocabulary has more than " +
                                           std::to_string(limits::kMaxVocabularyEntries) + " lines");
            const size_t first = line.find(' '), last = line.rfind(' ');
            if (first == std::string::npos || last <= first)
                bad_line(path, number, "expected '<id> <literal> <length>'");
            int id = 0;
            size_t length = 0;
            try {
                id = std::stoi(line.substr(0, first));
                length = std::stoul(line.substr(last + 1));
            } catch (const std::exception&) {
                bad_line(path, number, "the id or the length is not a number");
            }
            if (!parse_literal(std::string_view(line).substr(first + 1, last - first - 1), bytes))
                bad_line(path, number, "the token is not a string or bytes literal Linnet reads");
            if (bytes.size() != length)
                bad_line(path, number, "the token has " + std::to_string(bytes.size()) + " bytes, the file says " +
                                           std::to_string(length));
            if (id <= 0 || id > 1 << 20)
                bad_line(path, number, "token id " + std::to_string(id) + " is out of range");
            if (size_t(id) >= tokens_.size())
                tokens_.resize(id + 1);
            if (!tokens_[id].empty())
                bad_line(path, number, "token id " + std::to_string(id) + " appears twice");
            tokens_[id] = bytes;
        }
        if (tokens_.size() < 257)
            throw Error(ErrorKind::Malformed, "The tokenizer file '" + path + "' is not an RWKV World vocabulary");
        for (int b = 0; b < 256; ++b)
            if (tokens_[b + 1] != std::string(1, char(b)))
                throw Error(ErrorKind::Malformed, "The tokenizer file '" + path +
                                                      "' is not an RWKV World vocabulary (ids 1 to 256 must be the bytes)");
        build_trie(path);
    }

    std::string name() const override { return "world"; }
    int vocab_size() const override { return int(tokens_.size()); }

    std::vector<int32_t> encode(std::string_view text) const override
    {
        std::vector<int32_t> ids;
        ids.reserve(text.size() / 3 + 1);
        const auto* s = reinterpret_cast<const uint8_t*>(text.data());
        size_t i = 0;
        while (i < text.size()) {
            // Walk down the trie as far as the text goes; the deepest token seen wins.
            uint32_t node = 0;
            int32_t best = -1;
            size_t best_length = 0;
            for (size_t j = i; j < text.size(); ++j) {
                node = child(node, s[j]);
                if (node == 0)
                    break;
                if (nodes_[node].token >= 0) {
                    best = nodes_[node].token;
                    best_length = j - i + 1;
                }
            }
            ids.push_back(best); // every single byte is a token, so best is set
            i += best_length;
        }
        return ids;
    }

    std::string decode(std::span<const int32_t> ids) const override
    {
        std::string out;
        for (int32_t id : ids) {
            if (id < 0 || id >= 65536)
                throw Error(ErrorKind::InvalidArgument, "Token id " + std::to_string(id) + " is outside the vocabulary");
            if (size_t(id) < tokens_.size())
                out += tokens_[id]; // id 0 and the unused ids above the vocabulary decode to nothing
        }
        return out;
    }

private:
    struct Node {
        uint32_t first_child = 0; // children are contiguous, sorted by byte
        uint16_t child_count = 0;
        uint8_t byte = 0;
        int32_t token = -1;
    };

    uint32_t child(uint32_t node, uint8_t byte) const
    {
        const Node& n = nodes_[node];
        const Node* begin = nodes_.data() + n.first_child;
        const Node* end = begin + n.child_count;
        const Node* it = std::lower_bound(begin, end, byte, [](const Node& a, uint8_t b) { return a.byte < b; });
        return it != end && it->byte == byte ? uint32_t(it - nodes_.data()) : 0;
    }

    // Built breadth-first from the tokens sorted by bytes, so every node's children
    // sit next to each other, already in order.
    void build_trie(const std::string& path)
    {
        std::vector<int32_t> order(tokens_.size());
        std::iota(order.begin(), order.end(), 0);
        std::erase_if(order, [&](int32_t id) { return tokens_[id].empty(); });
        std::sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
            return std::lexicographical_compare(tokens_[a].begin(), tokens_[a].end(), tokens_[b].begin(), tokens_[b].end(),
                                                [](char x, char y) { return uint8_t(x) < uint8_t(y); });
        });
        struct Range {
            uint32_t node;
            size_t lo, hi, depth;
        };
        nodes_.assign(1, Node{});
        std::vector<Range> queue{{0, 0, order.size(), 0}};
        for (size_t q = 0; q < queue.size(); ++q) {
            auto [node, lo, hi, depth] = queue[q];
            if (lo < hi && tokens_[order[lo]].size() == depth)
                nodes_[node].token = order[lo++];
            // Two ids with the same bytes would leave the second, ended, in the range of
            // the children (read past its end); a vocabulary has each token once.
            if (lo < hi && tokens_[order[lo]].size() == depth)
                throw Error(ErrorKind::Malformed, "The tokenizer file '" + path + "' has the same token twice (ids " +
                                                      std::to_string(std::min(nodes_[node].token, order[lo])) +
                                                      " and " + std::to_string(std::max(nodes_[node].token, order[lo])) +
                                                      ")");
            nodes_[node].first_child = uint32_t(nodes_.size());
            for (size_t a = lo; a < hi;) {
                const uint8_t byte = uint8_t(tokens_[order[a]][depth]);
                size_t b = a;
                while (b < hi && uint8_t(tokens_[order[b]][depth]) == byte)
                    ++b;
                Node n;
                n.byte = byte;
                nodes_.push_back(n);
                ++nodes_[node].child_count;
                queue.push_back({uint32_t(nodes_.size() - 1), a, b, depth + 1});
                a = b;
            }
        }
    }

    std::vector<std::string> tokens_;
    std::vector<Node> nodes_;
};

} // namespace

std::unique_ptr<Tokenizer> load_world_tokenizer(const std::string& path)
{
    return std::make_unique<WorldTokenizer>(path);
}

} // namespace linnet

// GPT-NeoX byte-level BPE (20B_tokenizer.json, RWKV-4 Pile and Raven), applied as the
// Hugging Face tokenizers library does: added tokens are split off first (special ones
// on the raw text, the others after NFC), then NFC, the GPT-2 pre-tokenizer regex, the
// byte-to-unicode alphabet and BPE merges by rank.
#include "input_limits.h"
#include "linnet/error.h"
#include "linnet/tokenizer.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <nlohmann/json.hpp>
#include <pcre2.h>
#include <utf8proc.h>

#include <array>
#include <climits>
#include <fstream>
#include <map>
#include <mutex>
#include <queue>
#include <unordered_map>
#include <unordered_set>

namespace linnet {

namespace {

// GPT-2's pre-tokenizer pattern, the one tokenizers' ByteLevel uses.
constexpr const char* kPattern =
    R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

std::string nfc(std::string_view text)
{
    if (text.empty())
        return {};
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), utf8proc_ssize_t(text.size()),
                                &out, utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) // not valid UTF-8: leave it as it is (the byte-level alphabet covers any byte)
        return std::string(text);
    std::string result(reinterpret_cast<char*>(out), size_t(n));
    std::free(out);
    return result;
}

// Byte-level BPE writes every byte as a printable character (GPT-2's bytes_to_unicode).
struct ByteAlphabet {
    std::array<std::string, 256> to_char;
    std::unordered_map<std::string, uint8_t> to_byte;
    ByteAlphabet()
    {
        int extra = 0;
        for (int b = 0; b < 256; ++b) {
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            const uint32_t cp = printable ? uint32_t(b) : uint32_t(256 + extra++);
            std::string s;
            if (cp < 0x80) {
                s.push_back(char(cp));
            } else {
                s.push_back(char(0xC0 | (cp >> 6)));
                s.push_back(char(0x80 | (cp & 0x3F)));
            }
            to_char[b] = s;
            to_byte[s] = uint8_t(b);
        }
    }
};

const ByteAlphabet& alphabet()
{
    static const ByteAlphabet a;
    return a;
}

// The cache of encoded pieces holds short pieces only: a 1 MB paste of one letter is a
// single piece.
constexpr size_t kCachedPieces = 100000;
constexpr size_t kCachedPieceBytes = 256;

// Splits a UTF-8 string into its characters (as strings).
std::vector<std::string> characters(const std::string& s)
{
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
        const auto b = uint8_t(s[i]);
        const size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        out.push_back(s.substr(i, len));
        i += len;
    }
    return out;
}

class NeoxTokenizer : public Tokenizer {
public:
    explicit NeoxTokenizer(const std::string& path)
    {
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        if (!in)
            throw Error(ErrorKind::Io, "Cannot open the tokenizer file '" + path + "'");
        if (const auto size = in.tellg(); size < 0 || uint64_t(size) > limits::kMaxTokenizerJsonBytes)
            throw Error(ErrorKind::Malformed, "The tokenizer file '" + path + "' is larger than " +
                                                  std::to_string(limits::kMaxTokenizerJsonBytes >> 20) +
                                                  " MiB; no tokenizer.json is that large");
        in.seekg(0);
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(in);
            const auto& model = j.at("model");
            if (model.at("type") != "BPE")
                throw Error(ErrorKind::Malformed, "The tokenizer file '" + path + "' is not a BPE tokenizer");
            for (const auto& [token, id] : model.at("vocab").items())
                add_token(token, token_id(id));
            int rank = 0;
            for (const auto& m : model.at("merges"))
                ranks_.emplace(merge_text(m, path), rank++);
            for (const auto& a : j.at("added_tokens")) {
                AddedToken t{a.at("content").get<std::string>(), token_id(a.at("id")), a.value("normalized", false)};
                add_token(t.content, t.id);
                (t.normalized ? added_normalized_ : added_raw_).push_back(t);
                added_ids_.insert(t.id);
            }
        } catch (const nlohmann::json::exception& e) {
            throw Error(ErrorKind::Malformed,
                        "The tokenizer file '" + path + "' is not a Hugging Face tokenizer.json: " + e.what());
        }
        int error_code = 0;
        PCRE2_SIZE error_offset = 0;
        regex_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(kPattern), PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP,
                               &error_code, &error_offset, nullptr);
        if (!regex_)
            throw Error(ErrorKind::Malformed, "internal: the pre-tokenizer pattern does not compile");
        pcre2_jit_compile(regex_, PCRE2_JIT_COMPLETE);
    }

    ~NeoxTokenizer() override { pcre2_code_free(regex_); }

    std::string name() const override { return "neox"; }
    int vocab_size() const override { return int(id_to_token_.size()); }

    std::vector<int32_t> encode(std::string_view text) const override
    {
        std::vector<int32_t> ids;
        // 0. Hugging Face tokenizers reads text (a Python str), not bytes: invalid UTF-8
        //    is decoded first, each maximal invalid sequence becoming U+FFFD as Python's
        //    decode(errors="replace") does; a byte-order mark stays U+FEFF.
        // 1. Special tokens match the raw text; 2. NFC; 3. the other added tokens
        //    match the normalised text; 4. the rest goes through the pre-tokenizer and BPE.
        split(sanitize_utf8(text), added_raw_, [&](const std::string& piece) {
            split(nfc(piece), added_normalized_, [&](const std::string& normal) { encode_plain(normal, ids); }, ids);
        }, ids);
        return ids;
    }

    std::string decode(std::span<const int32_t> ids) const override
    {
        std::string out;
        const auto& a = alphabet();
        for (int32_t id : ids) {
            if (id < 0 || size_t(id) >= id_to_token_.size())
                throw Error(ErrorKind::InvalidArgument, "Token id " + std::to_string(id) + " is outside the vocabulary");
            const std::string& token = id_to_token_[id];
            if (added_ids_.count(id)) {
                out += token; // added tokens are plain text, not byte-level characters
                continue;
            }
            for (const auto& c : characters(token)) {
                const auto it = a.to_byte.find(c);
                out += it != a.to_byte.end() ? std::string(1, char(it->second)) : c;
            }
        }
        return out;
    }

private:
    struct AddedToken {
        std::string content;
        int id;
        bool normalized;
    };

    // A merge is "left right" or, in newer files, ["left", "right"].
    static std::string merge_text(const nlohmann::json& m, const std::string& path)
    {
        if (m.is_string())
            return m.get<std::string>();
        if (m.is_array() && m.size() == 2 && m[0].is_string() && m[1].is_string())
            return m[0].get<std::string>() + " " + m[1].get<std::string>();
        throw Error(ErrorKind::Malformed, "The tokenizer file '" + path + "' has a merge that is not a pair of strings: " +
                                              m.dump().substr(0, 80));
    }

    // An id as written: a whole number in range. get<int>() would convert 5e122 (undefined
    // behaviour, found by fuzz_tokenizer_json) and wrap 2^32 + 5 to 5.
    static int token_id(const nlohmann::json& v)
    {
        const bool whole = v.is_number_integer();
        const bool in_range = v.is_number_unsigned() ? v.get<uint64_t>() <= kMaxTokenId
                                                     : whole && v.get<int64_t>() >= 0 && v.get<int64_t>() <= kMaxTokenId;
        if (!whole || !in_range)
            throw Error(ErrorKind::Malformed, "The tokenizer file has a token id that is not a whole number from 0 to " +
                                                  std::to_string(kMaxTokenId) + ": " + v.dump().substr(0, 40));
        return int(v.get<int64_t>());
    }

    static constexpr int kMaxTokenId = 1 << 22;

    void add_token(const std::string& token, int id)
    {
        if (id < 0 || id > kMaxTokenId)
            throw Error(ErrorKind::Malformed, "The tokenizer file has a token id out of range: " + std::to_string(id));
        if (size_t(id) >= id_to_token_.size())
            id_to_token_.resize(id + 1);
        id_to_token_[id] = token;
        token_to_id_[token] = id;
    }

    // Finds the added tokens in `text` (leftmost, longest first); hands the text between
    // them to `rest`.
    template <class Rest>
    void split(const std::string& text, const std::vector<AddedToken>& added, Rest rest, std::vector<int32_t>& ids) const
    {
        size_t start = 0, i = 0;
        while (i < text.size()) {
            const AddedToken* best = nullptr;
            for (const auto& t : added)
                if (!t.content.empty() && text.compare(i, t.content.size(), t.content) == 0 &&
                    (!best || t.content.size() > best->content.size()))
                    best = &t;
            if (!best) {
                ++i;
                continue;
            }
            if (i > start)
                rest(text.substr(start, i - start));
            ids.push_back(best->id);
            i += best->content.size();
            start = i;
        }
        if (start < text.size())
            rest(text.substr(start));
    }

    void encode_plain(const std::string& text, std::vector<int32_t>& ids) const
    {
        pcre2_match_data* match = pcre2_match_data_create_from_pattern(regex_, nullptr);
        PCRE2_SIZE offset = 0;
        const auto* subject = reinterpret_cast<PCRE2_SPTR>(text.data());
        while (offset < text.size()) {
            const int rc = pcre2_match(regex_, subject, text.size(), offset, 0, match, nullptr);
            if (rc < 0) {
                // Not valid UTF-8 (PCRE2 refuses it): treat the rest as one piece of bytes.
                bpe(text.substr(offset), ids);
                break;
            }
            const PCRE2_SIZE* v = pcre2_get_ovector_pointer(match);
            if (v[1] == v[0]) {
                ++offset;
                continue;
            }
            bpe(text.substr(v[0], v[1] - v[0]), ids);
            offset = v[1];
        }
        pcre2_match_data_free(match);
    }

    int rank_of(const std::string& left, const std::string& right) const
    {
        const auto it = ranks_.find(left + " " + right);
        return it == ranks_.end() ? INT_MAX : it->second;
    }

    // Merges the adjacent pair of lowest rank (the leftmost among equals) until no pair
    // is in the merge list. Symbols form a linked list and candidate pairs wait in a heap
    // ordered by (rank, position), so a piece of n bytes costs O(n log n): a naive scan
    // of every pair per merge took 16 s for 32K repeated letters.
    std::vector<std::string> merge_pairs(const std::string& piece) const
    {
        const auto& a = alphabet();
        const size_t n = piece.size();
        std::vector<std::string> symbol(n);
        std::vector<size_t> prev(n), next(n);
        for (size_t i = 0; i < n; ++i) {
            symbol[i] = a.to_char[uint8_t(piece[i])];
            prev[i] = i - 1; // wraps to SIZE_MAX for the first: "none"
            next[i] = i + 1; // n for the last: "none"
        }
        struct Candidate {
            int rank;
            size_t left;
            size_t right_length; // the right symbol's length when queued, to spot stale entries
            bool operator>(const Candidate& o) const { return rank != o.rank ? rank > o.rank : left > o.left; }
        };
        std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> queue;
        const auto offer = [&](size_t left) {
            const size_t right = next[left];
            if (right >= n)
                return;
            if (const int rank = rank_of(symbol[left], symbol[right]); rank != INT_MAX)
                queue.push({rank, left, symbol[right].size()});
        };
        for (size_t i = 0; i + 1 < n; ++i)
            offer(i);
        while (!queue.empty()) {
            const Candidate c = queue.top();
            queue.pop();
            const size_t right = next[c.left];
            // Stale: the left symbol was merged away, or either side has grown since.
            if (symbol[c.left].empty() || right >= n || symbol[right].size() != c.right_length ||
                rank_of(symbol[c.left], symbol[right]) != c.rank)
                continue;
            symbol[c.left] += symbol[right];
            symbol[right].clear();
            next[c.left] = next[right];
            if (next[right] < n)
                prev[next[right]] = c.left;
            offer(c.left);
            if (prev[c.left] < n)
                offer(prev[c.left]);
        }
        std::vector<std::string> merged;
        for (size_t i = 0; i < n; i = next[i])
            merged.push_back(std::move(symbol[i]));
        return merged;
    }

    void bpe(const std::string& piece, std::vector<int32_t>& ids) const
    {
        {
            std::lock_guard lock(cache_mutex_);
            if (auto it = cache_.find(piece); it != cache_.end()) {
                ids.insert(ids.end(), it->second.begin(), it->second.end());
                return;
            }
        }
        const std::vector<std::string> symbols = merge_pairs(piece);
        std::vector<int32_t> out;
        for (const auto& s : symbols) {
            const auto it = token_to_id_.find(s);
            if (it != token_to_id_.end()) {
                out.push_back(it->second);
            } else {
                // No token for the merged symbol (cannot happen with a consistent file):
                // fall back to its single bytes.
                for (const auto& c : characters(s))
                    if (auto single = token_to_id_.find(c); single != token_to_id_.end())
                        out.push_back(single->second);
            }
        }
        std::lock_guard lock(cache_mutex_);
        if (cache_.size() < kCachedPieces && piece.size() <= kCachedPieceBytes)
            cache_.emplace(piece, out);
        ids.insert(ids.end(), out.begin(), out.end());
    }

    std::vector<std::string> id_to_token_;
    std::unordered_map<std::string, int32_t> token_to_id_;
    std::unordered_map<std::string, int> ranks_;
    std::vector<AddedToken> added_raw_, added_normalized_;
    std::unordered_set<int32_t> added_ids_;
    pcre2_code* regex_ = nullptr;
    mutable std::mutex cache_mutex_;
    mutable std::unordered_map<std::string, std::vector<int32_t>> cache_;
};

} // namespace

std::unique_ptr<Tokenizer> load_neox_tokenizer(const std::string& path)
{
    return std::make_unique<NeoxTokenizer>(path);
}

} // namespace linnet

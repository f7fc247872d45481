// Text ↔ token ids. Decoding gives bytes, which may end inside a UTF-8 character;
// Utf8Stream turns a stream of such pieces into complete text.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace linnet {

class Tokenizer {
public:
    virtual ~Tokenizer() = default;
    virtual std::string name() const = 0;
    virtual int vocab_size() const = 0;
    virtual std::vector<int32_t> encode(std::string_view text) const = 0;
    // The bytes of the tokens, concatenated (not necessarily valid UTF-8).
    virtual std::string decode(std::span<const int32_t> ids) const = 0;
};

// One token per byte (the tiny test models): id = byte value.
std::unique_ptr<Tokenizer> make_byte_tokenizer();

// RWKV World (rwkv_vocab_v20230424.txt): greedy longest match over UTF-8 bytes.
std::unique_ptr<Tokenizer> load_world_tokenizer(const std::string& path);
// GPT-NeoX byte-level BPE (20B_tokenizer.json), as Hugging Face tokenizers applies it.
std::unique_ptr<Tokenizer> load_neox_tokenizer(const std::string& path);
// Either of the two, told apart by the file's content. Throws Error naming the file.
std::unique_ptr<Tokenizer> load_tokenizer_file(const std::string& path);

// The tokenizer a model of this vocabulary was trained with: "world" (65536 rows),
// "neox" (50277, or padded to 50304 / 50432), "bytes" (256), or "" when unknown.
std::string tokenizer_kind_for_vocab(int n_vocab);
// The file name the World and NeoX tokenizers are distributed under.
std::string tokenizer_file_name(const std::string& kind);

// Collects decoded bytes and releases only complete UTF-8 characters. A character
// split across tokens is held back until its last byte arrives; bytes that can never
// form a character become U+FFFD. Nothing is lost or repeated.
class Utf8Stream {
public:
    // Appends bytes; returns the text that is now complete.
    std::string push(std::string_view bytes);
    // Returns whatever is still held back (an unfinished character becomes U+FFFD).
    std::string flush();
    size_t pending() const { return pending_.size(); }

private:
    std::string pending_;
};

// Replaces every invalid UTF-8 sequence in `bytes` with U+FFFD.
std::string sanitize_utf8(std::string_view bytes);

} // namespace linnet

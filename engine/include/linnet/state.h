// The recurrent state of one conversation: everything the model remembers of the
// tokens it has read. Values are fp32 in rwkv.cpp's layout (per layer: ffn shift,
// att shift, then the WKV part), so states can be exchanged with rwkv.cpp.
#pragma once

#include "linnet/model_info.h"

#include <cstdint>
#include <span>
#include <vector>

namespace linnet {

class State {
public:
    State() = default;

    Arch arch() const { return arch_; }
    int n_layer() const { return n_layer_; }
    int n_embed() const { return n_embed_; }
    int n_head() const { return n_head_; }
    int head_size() const { return head_size_; }
    const std::string& fingerprint() const { return fingerprint_; }
    bool empty() const { return values_.empty(); }

    std::span<float> values() { return values_; }
    std::span<const float> values() const { return values_; }

    // The logits after the last token read, when the state was made with them (so a
    // reply can be sampled again without recomputing). Empty otherwise.
    std::span<const float> logits() const { return logits_; }
    void set_logits(std::span<const float> logits) { logits_.assign(logits.begin(), logits.end()); }
    void clear_logits() { logits_.clear(); }

    // Self-describing bytes: a header (magic, format version, RWKV version, sizes, model
    // fingerprint, checksum) followed by the values. deserialize() is the exact inverse
    // and throws Error(Malformed) for anything that is not such a blob.
    std::vector<uint8_t> serialize() const;
    static State deserialize(std::span<const uint8_t> bytes);

    // Size of serialize()'s output.
    size_t serialized_size() const;

    // A fresh state for a model with this description (v4 `pp` rows at -1e30).
    static State initial(const ModelInfo& info);

    bool operator==(const State&) const = default;

private:
    Arch arch_ = Arch::V4;
    int n_layer_ = 0;
    int n_embed_ = 0;
    int n_head_ = 0;
    int head_size_ = 0;
    std::string fingerprint_;
    std::vector<float> values_;
    std::vector<float> logits_;
};

} // namespace linnet

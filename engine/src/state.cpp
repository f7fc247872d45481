#include "linnet/state.h"
#include "input_limits.h"

#include "hash.h"
#include "layers.h"
#include "linnet/error.h"

#include <cstring>

namespace linnet {

namespace {

constexpr char kMagic[8] = {'L', 'I', 'N', 'N', 'E', 'T', 'S', 'T'};
constexpr uint32_t kFormatVersion = 1;
constexpr size_t kHeaderBytes = 72;
constexpr uint64_t kMaxLogits = limits::kMaxStateLogits;

struct ArchCode {
    Arch arch;
    uint32_t code;
};
constexpr ArchCode kArchCodes[] = {{Arch::V4, 40}, {Arch::V5_1, 51}, {Arch::V5_2, 52}, {Arch::V6, 60}, {Arch::V7, 70}};

uint32_t arch_code(Arch a)
{
    for (auto c : kArchCodes)
        if (c.arch == a)
            return c.code;
    return 0;
}

template <class T>
void put(uint8_t* at, T v)
{
    std::memcpy(at, &v, sizeof v);
}

template <class T>
T get(const uint8_t* at)
{
    T v;
    std::memcpy(&v, at, sizeof v);
    return v;
}

[[noreturn]] void refuse(const std::string& why)
{
    throw Error(ErrorKind::Malformed, "The saved state is damaged or not a Linnet state: " + why);
}

} // namespace

State State::initial(const ModelInfo& info)
{
    State s;
    s.arch_ = info.arch;
    s.n_layer_ = info.n_layer;
    s.n_embed_ = info.n_embed;
    s.n_head_ = info.n_head;
    s.head_size_ = info.head_size;
    s.fingerprint_ = info.fingerprint;
    const int64_t per_layer = state_floats_per_layer(info);
    s.values_.assign(static_cast<size_t>(per_layer * info.n_layer), 0.0f);
    if (info.arch == Arch::V4) {
        // pp starts at −1e30 (not −inf) so that the first exp() is 0 and files stay portable.
        for (int l = 0; l < info.n_layer; ++l)
            std::fill_n(s.values_.begin() + l * per_layer + 4 * info.n_embed, info.n_embed, -1e30f);
    }
    return s;
}

size_t State::serialized_size() const
{
    return kHeaderBytes + 4 * (values_.size() + logits_.size());
}

std::vector<uint8_t> State::serialize() const
{
    std::vector<uint8_t> out(serialized_size());
    uint8_t* h = out.data();
    std::memcpy(h, kMagic, 8);
    put<uint32_t>(h + 8, kFormatVersion);
    put<uint32_t>(h + 12, arch_code(arch_));
    put<uint32_t>(h + 16, n_layer_);
    put<uint32_t>(h + 20, n_embed_);
    put<uint32_t>(h + 24, n_head_);
    put<uint32_t>(h + 28, head_size_);
    put<uint64_t>(h + 32, values_.size());
    put<uint64_t>(h + 40, logits_.size());
    std::memset(h + 48, 0, 16);
    std::memcpy(h + 48, fingerprint_.data(), std::min<size_t>(16, fingerprint_.size()));
    // An empty vector's data() may be null, which memcpy must not see even for 0 bytes.
    if (!values_.empty())
        std::memcpy(h + kHeaderBytes, values_.data(), 4 * values_.size());
    if (!logits_.empty())
        std::memcpy(h + kHeaderBytes + 4 * values_.size(), logits_.data(), 4 * logits_.size());
    uint64_t sum = hash_bytes(0, h, 64);
    sum = hash_bytes(sum, h + kHeaderBytes, out.size() - kHeaderBytes);
    put<uint64_t>(h + 64, sum);
    return out;
}

State State::deserialize(std::span<const uint8_t> bytes)
{
    if (bytes.size() < kHeaderBytes)
        refuse("it is only " + std::to_string(bytes.size()) + " bytes long");
    const uint8_t* h = bytes.data();
    if (std::memcmp(h, kMagic, 8) != 0)
        refuse("it does not start with the Linnet state marker");
    const uint32_t version = get<uint32_t>(h + 8);
    if (version != kFormatVersion)
        throw Error(ErrorKind::UnsupportedVersion, "The saved state has format version " + std::to_string(version) +
                                                       "; this Linnet reads version " + std::to_string(kFormatVersion));
    State s;
    const uint32_t code = get<uint32_t>(h + 12);
    bool known = false;
    for (auto c : kArchCodes)
        if (c.code == code) {
            s.arch_ = c.arch;
            known = true;
        }
    if (!known)
        refuse("unknown RWKV version code " + std::to_string(code));
    s.n_layer_ = static_cast<int>(get<uint32_t>(h + 16));
    s.n_embed_ = static_cast<int>(get<uint32_t>(h + 20));
    s.n_head_ = static_cast<int>(get<uint32_t>(h + 24));
    s.head_size_ = static_cast<int>(get<uint32_t>(h + 28));
    const uint64_t n_values = get<uint64_t>(h + 32);
    const uint64_t n_logits = get<uint64_t>(h + 40);
    ModelInfo shape;
    shape.arch = s.arch_;
    shape.n_layer = s.n_layer_;
    shape.n_embed = s.n_embed_;
    shape.head_size = s.head_size_;
    if (s.n_layer_ <= 0 || s.n_layer_ > 1024 || s.n_embed_ <= 0 || s.n_embed_ > 65536 || s.head_size_ < 0 ||
        s.head_size_ > 4096 || n_values != static_cast<uint64_t>(shape.state_floats()) || n_logits > kMaxLogits)
        refuse("its sizes do not fit together");
    if (bytes.size() != kHeaderBytes + 4 * (n_values + n_logits))
        refuse("it is " + std::to_string(bytes.size()) + " bytes long, expected " +
               std::to_string(kHeaderBytes + 4 * (n_values + n_logits)));
    uint64_t sum = hash_bytes(0, h, 64);
    sum = hash_bytes(sum, h + kHeaderBytes, bytes.size() - kHeaderBytes);
    if (sum != get<uint64_t>(h + 64))
        refuse("its checksum does not match its content");
    const char* fp = reinterpret_cast<const char*>(h + 48);
    s.fingerprint_.assign(fp, strnlen(fp, 16));
    s.values_.resize(n_values);
    std::memcpy(s.values_.data(), h + kHeaderBytes, 4 * n_values);
    s.logits_.resize(n_logits);
    if (n_logits > 0)
        std::memcpy(s.logits_.data(), h + kHeaderBytes + 4 * n_values, 4 * n_logits);
    return s;
}

} // namespace linnet

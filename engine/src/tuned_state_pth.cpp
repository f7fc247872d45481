// Writes a state in the state-tuning layout (rwkv-math.md §7.4): a torch.save zip
// archive whose pickle is an OrderedDict of blocks.N.att.time_state, fp32 (H, S, S),
// time_state[head][value][key]. The pickle uses only the instructions and globals that
// torch.save itself writes, so torch.load(weights_only=True) and the tuned-state reader
// (pickle_reader.cpp) accept it. Entries are stored, CRC-checked and 64-byte aligned
// as torch aligns them.
#include "linnet/tuned_state.h"

#include "crc32.h"
#include "linnet/error.h"

#include <cstring>
#include <string>

namespace linnet {

namespace {

using Bytes = std::vector<uint8_t>;

template <class T>
void put(Bytes& b, T v)
{
    const auto* p = reinterpret_cast<const uint8_t*>(&v);
    b.insert(b.end(), p, p + sizeof v);
}

void put_text(Bytes& b, const std::string& s)
{
    b.insert(b.end(), s.begin(), s.end());
}

// ---- pickle, protocol 2 ----
void pickle_string(Bytes& p, const std::string& s)
{
    p.push_back('X'); // BINUNICODE
    put<uint32_t>(p, uint32_t(s.size()));
    put_text(p, s);
}

void pickle_int(Bytes& p, int64_t v)
{
    p.push_back('J'); // BININT: every size here fits 31 bits (checked by the caller)
    put<int32_t>(p, int32_t(v));
}

void pickle_global(Bytes& p, const char* module, const char* name)
{
    p.push_back('c');
    put_text(p, std::string(module) + '\n' + name + '\n');
}

void pickle_tuple(Bytes& p, std::initializer_list<int64_t> values)
{
    p.push_back('(');
    for (int64_t v : values)
        pickle_int(p, v);
    p.push_back('t');
}

void empty_ordered_dict(Bytes& p)
{
    pickle_global(p, "collections", "OrderedDict");
    p.push_back(')'); // EMPTY_TUPLE
    p.push_back('R'); // REDUCE
}

// OrderedDict{blocks.N.att.time_state: _rebuild_tensor_v2(storage N, 0, (H,S,S), strides, False, {})}
Bytes state_dict_pickle(int layers, int64_t h, int64_t s)
{
    Bytes p = {0x80, 2};
    empty_ordered_dict(p);
    p.push_back('(');
    for (int layer = 0; layer < layers; ++layer) {
        pickle_string(p, "blocks." + std::to_string(layer) + ".att.time_state");
        pickle_global(p, "torch._utils", "_rebuild_tensor_v2");
        p.push_back('(');
        p.push_back('('); // the persistent id: ('storage', FloatStorage, key, 'cpu', numel)
        pickle_string(p, "storage");
        pickle_global(p, "torch", "FloatStorage");
        pickle_string(p, std::to_string(layer));
        pickle_string(p, "cpu");
        pickle_int(p, h * s * s);
        p.push_back('t');
        p.push_back('Q'); // BINPERSID
        pickle_int(p, 0);
        pickle_tuple(p, {h, s, s});
        pickle_tuple(p, {s * s, s, 1});
        p.push_back(0x89); // requires_grad False
        empty_ordered_dict(p);
        p.push_back('t');
        p.push_back('R');
    }
    p.push_back('u'); // SETITEMS
    p.push_back('.');
    return p;
}

// ---- zip, stored entries ----
struct Record {
    std::string name;
    Bytes data;
};

Bytes zip(const std::vector<Record>& records)
{
    Bytes out, directory;
    for (const Record& r : records) {
        const uint32_t crc = crc32_update(0, r.data.data(), r.data.size());
        const uint32_t size = uint32_t(r.data.size()), offset = uint32_t(out.size());
        // torch pads the local extra field ("FB") so that the data starts at a multiple of 64.
        const size_t unpadded = out.size() + 30 + r.name.size() + 4;
        const uint16_t padding = uint16_t((64 - unpadded % 64) % 64);
        put<uint32_t>(out, 0x04034b50);
        for (uint16_t v : {uint16_t(20), uint16_t(0), uint16_t(0), uint16_t(0), uint16_t(0x21)}) // version, flags, stored, time, date
            put<uint16_t>(out, v);
        for (uint32_t v : {crc, size, size})
            put<uint32_t>(out, v);
        put<uint16_t>(out, uint16_t(r.name.size()));
        put<uint16_t>(out, uint16_t(4 + padding));
        put_text(out, r.name);
        put<uint16_t>(out, 0x4246);
        put<uint16_t>(out, padding);
        out.insert(out.end(), padding, 'Z');
        out.insert(out.end(), r.data.begin(), r.data.end());

        put<uint32_t>(directory, 0x02014b50);
        for (uint16_t v : {uint16_t(20), uint16_t(20), uint16_t(0), uint16_t(0), uint16_t(0), uint16_t(0x21)})
            put<uint16_t>(directory, v);
        for (uint32_t v : {crc, size, size})
            put<uint32_t>(directory, v);
        for (uint16_t v : {uint16_t(r.name.size()), uint16_t(0), uint16_t(0), uint16_t(0), uint16_t(0)})
            put<uint16_t>(directory, v);
        put<uint32_t>(directory, 0); // external attributes
        put<uint32_t>(directory, offset);
        put_text(directory, r.name);
    }
    const uint32_t directory_offset = uint32_t(out.size());
    out.insert(out.end(), directory.begin(), directory.end());
    put<uint32_t>(out, 0x06054b50);
    for (uint16_t v : {uint16_t(0), uint16_t(0), uint16_t(records.size()), uint16_t(records.size())})
        put<uint16_t>(out, v);
    put<uint32_t>(out, uint32_t(directory.size()));
    put<uint32_t>(out, directory_offset);
    put<uint16_t>(out, 0);
    return out;
}

} // namespace

std::vector<uint8_t> tuned_state_pth(const State& state)
{
    if (state.arch() == Arch::V4)
        throw Error(ErrorKind::InvalidArgument, "An RWKV-4 state cannot be saved as a state-tuning file: RWKV-4 has no "
                                                "matrix state (blocks.N.att.time_state), only vectors");
    const int64_t h = state.n_head(), s = state.head_size(), c = state.n_embed();
    const int layers = state.n_layer();
    const int64_t per_layer = layers > 0 ? int64_t(state.values().size()) / layers : 0;
    if (layers <= 0 || h <= 0 || s <= 0 || h * s * s > (int64_t(1) << 30) || per_layer < 2 * c + h * s * s)
        throw Error(ErrorKind::InvalidArgument, "The state is empty or its sizes do not describe a matrix state");

    const std::string archive = "linnet_state/";
    std::vector<Record> records;
    records.push_back({archive + "data.pkl", state_dict_pickle(layers, h, s)});
    records.push_back({archive + "byteorder", Bytes{'l', 'i', 't', 't', 'l', 'e'}});
    for (int layer = 0; layer < layers; ++layer) {
        const float* wkv = state.values().data() + layer * per_layer + 2 * c;
        std::vector<float> values(size_t(h * s * s));
        for (int64_t head = 0; head < h; ++head)
            for (int64_t i = 0; i < s; ++i)
                for (int64_t j = 0; j < s; ++j) // time_state[head][value i][key j]
                    values[(head * s + i) * s + j] =
                        state.arch() == Arch::V7 ? wkv[(head * s + i) * s + j] : wkv[(head * s + j) * s + i];
        Bytes data(values.size() * sizeof(float));
        std::memcpy(data.data(), values.data(), data.size());
        records.push_back({archive + "data/" + std::to_string(layer), std::move(data)});
    }
    records.push_back({archive + "version", Bytes{'3', '\n'}});
    return zip(records);
}

} // namespace linnet

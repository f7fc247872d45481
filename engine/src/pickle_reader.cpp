// A pickle is a program for a small stack machine. This file runs only the data
// part of that machine: values are built in an arena (indices, no pointers, so a
// hostile pickle can build neither cycles that leak nor nesting that overflows the
// stack), and the three "callables" a state_dict needs are interpreted here as plain
// data constructors. See rwkv-math.md §7.1 for what torch.save writes.
#include "pickle_reader.h"

#include "input_limits.h"
#include "linnet/error.h"

#include <cstring>
#include <unordered_map>

namespace linnet {

namespace {

enum class Callable : uint8_t { OrderedDict, RebuildTensor, RebuildParameter, Storage };

struct AllowedGlobal {
    const char* module;
    const char* name;
    Callable callable;
    DType dtype; // for storages
};

// The complete list of names a state_dict pickle may mention.
constexpr AllowedGlobal kAllowedGlobals[] = {
    {"collections", "OrderedDict", Callable::OrderedDict, DType::F32},
    {"torch._utils", "_rebuild_tensor_v2", Callable::RebuildTensor, DType::F32},
    {"torch._utils", "_rebuild_parameter", Callable::RebuildParameter, DType::F32},
    {"torch", "FloatStorage", Callable::Storage, DType::F32},
    {"torch", "HalfStorage", Callable::Storage, DType::F16},
    {"torch", "BFloat16Storage", Callable::Storage, DType::BF16},
};

enum class Kind : uint8_t { Int, Bool, String, Tuple, Dict, Global, Storage, Tensor };

struct Object {
    Kind kind;
    int64_t number = 0;          // Int and Bool values; Global: index in kAllowedGlobals; Tensor: index in tensors_
    std::string text;            // String value; Storage key
    std::vector<uint32_t> items; // Tuple items; Dict keys and values, alternating
    DType dtype = DType::F32;    // Storage element type
    uint64_t numel = 0;          // Storage size in elements
};

const char* kind_words(Kind k)
{
    switch (k) {
    case Kind::Int: return "a number";
    case Kind::Bool: return "a boolean";
    case Kind::String: return "a string";
    case Kind::Tuple: return "a tuple";
    case Kind::Dict: return "a dictionary";
    case Kind::Global: return "a class or function";
    case Kind::Storage: return "a storage";
    case Kind::Tensor: return "a tensor";
    }
    return "a value";
}

constexpr size_t kMaxDims = limits::kMaxTensorDims;
constexpr size_t kMaxGlobalName = 256;

class Machine {
public:
    Machine(std::span<const uint8_t> in, const std::string& path) : in_(in), path_(path) {}

    std::vector<PickledEntry> run()
    {
        if (in_.size() > limits::kMaxPickleBytes)
            malformed("it is " + std::to_string(in_.size() >> 20) + " MiB long; a weights dictionary is far smaller");
        for (;;) {
            const size_t at = pos_;
            const uint8_t op = byte();
            if (op == '.') // STOP
                return entries(pop());
            step(op, at);
        }
    }

private:
    void step(uint8_t op, size_t at)
    {
        switch (op) {
        case 0x80: protocol(); break;                                  // PROTO
        case 'c': global(); break;                                     // GLOBAL
        case 'q': remember(byte()); break;                             // BINPUT
        case 'r': remember(u32()); break;                              // LONG_BINPUT
        case 'h': push(memo(byte())); break;                           // BINGET
        case 'j': push(memo(u32())); break;                            // LONG_BINGET
        case '(': marks_.push_back(stack_.size()); break;              // MARK
        case ')': push(make({Kind::Tuple})); break;                    // EMPTY_TUPLE
        case 't': tuple(pop_mark()); break;                            // TUPLE
        case 0x85: tuple(pop_n(1)); break;                             // TUPLE1
        case 0x86: tuple(pop_n(2)); break;                             // TUPLE2
        case 0x87: tuple(pop_n(3)); break;                             // TUPLE3
        case '}': push(make({Kind::Dict})); break;                     // EMPTY_DICT
        case 's': set_items(pop_n(2)); break;                          // SETITEM
        case 'u': set_items(pop_mark()); break;                        // SETITEMS
        case 'X': string(u32()); break;                                // BINUNICODE
        case 'K': integer(byte()); break;                              // BININT1
        case 'M': integer(u16()); break;                               // BININT2
        case 'J': integer(static_cast<int32_t>(u32())); break;         // BININT
        case 0x8a: long1(); break;                                     // LONG1
        case 0x88: push(make({Kind::Bool, 1})); break;                 // NEWTRUE
        case 0x89: push(make({Kind::Bool, 0})); break;                 // NEWFALSE
        case 'Q': persistent_id(); break;                              // BINPERSID
        case 'R': reduce(); break;                                     // REDUCE
        case 'b': build(); break;                                      // BUILD
        default:
            refuse("the pickle instruction 0x" + hex(op) + printable(op) + " at byte " + std::to_string(at) +
                   ", which a PyTorch weights file does not contain");
        }
    }

    // ---- input ----
    uint8_t byte()
    {
        need(1);
        return in_[pos_++];
    }
    uint16_t u16()
    {
        need(2);
        uint16_t v;
        std::memcpy(&v, in_.data() + pos_, 2);
        pos_ += 2;
        return v;
    }
    uint32_t u32()
    {
        need(4);
        uint32_t v;
        std::memcpy(&v, in_.data() + pos_, 4);
        pos_ += 4;
        return v;
    }
    std::string take(uint64_t n)
    {
        need(n);
        std::string s(reinterpret_cast<const char*>(in_.data() + pos_), n);
        pos_ += n;
        return s;
    }
    std::string line()
    {
        std::string s;
        for (;;) {
            const uint8_t c = byte();
            if (c == '\n')
                return s;
            if (s.size() >= kMaxGlobalName)
                malformed("a global name is too long");
            s.push_back(static_cast<char>(c));
        }
    }
    void need(uint64_t n) const
    {
        if (n > in_.size() - pos_)
            malformed("the pickle ends in the middle of an instruction");
    }

    // ---- stack ----
    uint32_t make(Object o)
    {
        objects_.push_back(std::move(o));
        return static_cast<uint32_t>(objects_.size() - 1);
    }
    void push(uint32_t id)
    {
        if (stack_.size() >= limits::kMaxPickleStackDepth)
            malformed("its stack grows beyond " + std::to_string(limits::kMaxPickleStackDepth) + " values");
        stack_.push_back(id);
    }
    void remember(uint32_t key)
    {
        if (memo_.size() >= limits::kMaxPickleMemoEntries && !memo_.count(key))
            malformed("it memoises more than " + std::to_string(limits::kMaxPickleMemoEntries) + " values");
        memo_[key] = top();
    }
    // A memoised string may be referred to any number of times for a few bytes each:
    // every copy made of one counts against a budget, so 60,000 uses of a 512 KiB key
    // are refused instead of asking for 30 GB.
    std::string copy_text(const std::string& text)
    {
        copied_bytes_ += text.size();
        if (copied_bytes_ > limits::kMaxPickleStringBytes)
            malformed("its names and keys add up to more than " + std::to_string(limits::kMaxPickleStringBytes >> 20) +
                      " MiB");
        return text;
    }
    uint32_t top() const
    {
        if (stack_.empty())
            malformed("an instruction needs a value but the stack is empty");
        return stack_.back();
    }
    uint32_t pop()
    {
        const uint32_t id = top();
        if (!marks_.empty() && marks_.back() == stack_.size())
            malformed("a value was taken from below a MARK");
        stack_.pop_back();
        return id;
    }
    std::vector<uint32_t> pop_n(size_t n)
    {
        std::vector<uint32_t> items(n);
        for (size_t i = n; i-- > 0;)
            items[i] = pop();
        return items;
    }
    std::vector<uint32_t> pop_mark()
    {
        if (marks_.empty())
            malformed("an instruction needs a MARK but there is none");
        const size_t from = marks_.back();
        marks_.pop_back();
        std::vector<uint32_t> items(stack_.begin() + static_cast<std::ptrdiff_t>(from), stack_.end());
        stack_.resize(from);
        return items;
    }
    uint32_t memo(uint32_t key) const
    {
        auto it = memo_.find(key);
        if (it == memo_.end())
            malformed("it refers to memo entry " + std::to_string(key) + ", which was never stored");
        return it->second;
    }
    const Object& object(uint32_t id) const { return objects_[id]; }

    // ---- instructions ----
    void protocol()
    {
        const uint8_t v = byte();
        if (v != 2)
            throw Error(ErrorKind::UnsupportedVersion, "The .pth file '" + path_ + "' uses pickle protocol " +
                                                           std::to_string(v) + "; Linnet reads protocol 2, which "
                                                           "torch.save writes by default");
    }

    void global()
    {
        const std::string module = line();
        const std::string name = line();
        for (size_t i = 0; i < std::size(kAllowedGlobals); ++i)
            if (module == kAllowedGlobals[i].module && name == kAllowedGlobals[i].name) {
                push(make({Kind::Global, static_cast<int64_t>(i)}));
                return;
            }
        refuse("it names the global '" + module + "." + name + "'");
    }

    void tuple(std::vector<uint32_t> items)
    {
        if (items.size() > limits::kMaxPickleContainerItems)
            malformed("a tuple holds more than " + std::to_string(limits::kMaxPickleContainerItems) + " values");
        Object o{Kind::Tuple};
        o.items = std::move(items);
        push(make(std::move(o)));
    }

    void string(uint32_t length)
    {
        Object o{Kind::String};
        o.text = take(length);
        push(make(std::move(o)));
    }

    void integer(int64_t v) { push(make({Kind::Int, v})); }

    void long1()
    {
        const uint8_t n = byte();
        if (n > 8)
            malformed("it holds an integer of " + std::to_string(n) + " bytes");
        need(n);
        uint64_t v = 0;
        for (uint8_t i = 0; i < n; ++i)
            v |= uint64_t(in_[pos_ + i]) << (8 * i);
        if (n > 0 && n < 8 && (in_[pos_ + n - 1] & 0x80))
            v |= ~uint64_t(0) << (8 * n); // sign-extend
        pos_ += n;
        integer(static_cast<int64_t>(v));
    }

    void set_items(const std::vector<uint32_t>& items)
    {
        if (items.size() % 2 != 0)
            malformed("a dictionary update has a key without a value");
        const uint32_t target = top();
        if (objects_[target].kind != Kind::Dict)
            refuse("it sets items on " + std::string(kind_words(objects_[target].kind)) + ", not a dictionary");
        auto& dict = objects_[target].items;
        if (dict.size() + items.size() > 2 * limits::kMaxPickleContainerItems)
            malformed("a dictionary holds more than " + std::to_string(limits::kMaxPickleContainerItems) + " entries");
        dict.insert(dict.end(), items.begin(), items.end());
    }

    // ('storage', <storage class>, key, location, numel): a reference to data/<key>.
    void persistent_id()
    {
        const Object& pid = object(pop());
        const bool shaped = pid.kind == Kind::Tuple && pid.items.size() == 5;
        if (!shaped || object(pid.items[0]).kind != Kind::String || object(pid.items[0]).text != "storage")
            refuse("it refers to external data that is not a tensor storage");
        const Object& type = object(pid.items[1]);
        const Object& key = object(pid.items[2]);
        const Object& numel = object(pid.items[4]);
        if (type.kind != Kind::Global || kAllowedGlobals[type.number].callable != Callable::Storage)
            refuse("a tensor storage has a type that is not FloatStorage, HalfStorage or BFloat16Storage");
        if (key.kind != Kind::String || numel.kind != Kind::Int || numel.number < 0)
            malformed("a tensor storage reference is malformed");
        Object o{Kind::Storage};
        o.text = copy_text(key.text);
        o.dtype = kAllowedGlobals[type.number].dtype;
        o.numel = static_cast<uint64_t>(numel.number);
        push(make(std::move(o)));
    }

    void reduce()
    {
        const uint32_t args_id = pop();
        const Object& callable = object(pop());
        const Object& args = object(args_id);
        if (callable.kind != Kind::Global || args.kind != Kind::Tuple)
            refuse("it calls " + std::string(kind_words(callable.kind)));
        const AllowedGlobal& g = kAllowedGlobals[callable.number];
        switch (g.callable) {
        case Callable::OrderedDict:
            if (!args.items.empty())
                refuse("it builds an OrderedDict from arguments");
            push(make({Kind::Dict}));
            return;
        case Callable::RebuildTensor:
            push(rebuild_tensor(args.items));
            return;
        case Callable::RebuildParameter:
            // (tensor, requires_grad, backward_hooks): a Parameter is just its tensor here.
            if (args.items.size() != 3 || object(args.items[0]).kind != Kind::Tensor)
                refuse("it builds a parameter from something other than a tensor");
            push(args.items[0]);
            return;
        case Callable::Storage:
            break;
        }
        refuse(std::string("it calls ") + g.module + "." + g.name);
    }

    std::vector<int64_t> int_tuple(uint32_t id, const char* what)
    {
        const Object& t = object(id);
        if (t.kind != Kind::Tuple || t.items.size() > kMaxDims)
            malformed(std::string("a tensor's ") + what + " is not a tuple of at most 8 numbers");
        std::vector<int64_t> v;
        for (uint32_t item : t.items) {
            const Object& n = object(item);
            if (n.kind != Kind::Int || n.number < 0)
                malformed(std::string("a tensor's ") + what + " holds something other than a non-negative number");
            v.push_back(n.number);
        }
        return v;
    }

    // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks)
    uint32_t rebuild_tensor(const std::vector<uint32_t>& a)
    {
        if (a.size() != 6)
            refuse("a tensor is rebuilt with " + std::to_string(a.size()) + " arguments instead of 6");
        const Object& storage = object(a[0]);
        const Object& offset = object(a[1]);
        if (storage.kind != Kind::Storage || offset.kind != Kind::Int || offset.number < 0 ||
            object(a[4]).kind != Kind::Bool || object(a[5]).kind != Kind::Dict)
            malformed("a tensor's arguments are not (storage, offset, size, stride, requires_grad, hooks)");
        if (!object(a[5]).items.empty())
            refuse("a tensor carries backward hooks");
        PickledTensor t;
        t.dtype = storage.dtype;
        t.storage_key = copy_text(storage.text);
        t.storage_numel = storage.numel;
        t.offset = static_cast<uint64_t>(offset.number);
        t.shape = int_tuple(a[2], "size");
        t.stride = int_tuple(a[3], "stride");
        if (t.shape.size() != t.stride.size())
            malformed("a tensor's size and stride have different lengths");
        tensors_.push_back(std::move(t));
        return make({Kind::Tensor, static_cast<int64_t>(tensors_.size() - 1)});
    }

    // A state_dict's OrderedDict gets its `_metadata` attribute by BUILD; nothing
    // else may be built.
    void build()
    {
        const uint32_t state = pop();
        if (object(top()).kind != Kind::Dict || object(state).kind != Kind::Dict)
            refuse("it sets the state of " + std::string(kind_words(object(top()).kind)));
    }

    std::vector<PickledEntry> entries(uint32_t root)
    {
        const Object& dict = object(root);
        if (dict.kind != Kind::Dict)
            malformed("it holds " + std::string(kind_words(dict.kind)) + " instead of a dictionary of tensors");
        std::vector<PickledEntry> out;
        for (size_t i = 0; i < dict.items.size(); i += 2) {
            const Object& key = object(dict.items[i]);
            const Object& value = object(dict.items[i + 1]);
            if (key.kind != Kind::String)
                malformed("a key of its dictionary is " + std::string(kind_words(key.kind)) + ", not a name");
            PickledEntry e;
            e.name = copy_text(key.text);
            if (value.kind == Kind::Tensor)
                e.tensor = tensors_[value.number];
            else
                e.value_kind = kind_words(value.kind);
            out.push_back(std::move(e));
        }
        return out;
    }

    // ---- errors ----
    static std::string hex(uint8_t v)
    {
        const char* digits = "0123456789abcdef";
        return {digits[v >> 4], digits[v & 15]};
    }
    static std::string printable(uint8_t v)
    {
        return v >= 0x20 && v < 0x7f ? std::string(" ('") + char(v) + "')" : std::string();
    }
    [[noreturn]] void refuse(const std::string& detail) const
    {
        throw Error(ErrorKind::UnsafeContent, "The .pth file '" + path_ +
                                                  "' contains code or objects Linnet does not load: " + detail +
                                                  ". Linnet reads only the tensors of a model's weights and never "
                                                  "runs anything from a file.");
    }
    [[noreturn]] void malformed(const std::string& detail) const
    {
        throw Error(ErrorKind::Malformed, "The .pth file '" + path_ + "' is damaged: its data.pkl is not a valid "
                                                                       "weights dictionary (" + detail + ")");
    }

    std::span<const uint8_t> in_;
    const std::string& path_;
    size_t pos_ = 0;
    std::vector<Object> objects_;
    std::vector<uint32_t> stack_;
    std::vector<size_t> marks_;
    std::unordered_map<uint32_t, uint32_t> memo_;
    std::vector<PickledTensor> tensors_;
    uint64_t copied_bytes_ = 0;
};

} // namespace

std::vector<PickledEntry> read_state_dict_pickle(std::span<const uint8_t> pickle, const std::string& path)
{
    return Machine(pickle, path).run();
}

} // namespace linnet

// PyTorch's zip checkpoint (torch.save since 1.6): `<archive>/data.pkl` describes the
// tensors, `<archive>/data/<key>` holds each storage's raw little-endian elements.
// Tensors are views into the memory map; nothing is copied. rwkv-math.md §7.1.
#include "checkpoint.h"
#include "input_limits.h"
#include "linnet/error.h"
#include "pickle_reader.h"
#include "zip_archive.h"

namespace linnet {

namespace {

constexpr uint64_t kMaxElements = limits::kMaxTensorElements;

uint64_t element_count(const std::vector<int64_t>& shape, const std::string& name, const std::string& path)
{
    // `extent` (the product of the non-zero sizes) bounds every product of sizes, so
    // that no later computation on the shape can overflow, even with a zero size.
    uint64_t n = 1, extent = 1;
    for (int64_t d : shape) {
        if (d > 0 && extent > kMaxElements / uint64_t(d))
            throw Error(ErrorKind::Malformed, "The tensor '" + name + "' in '" + path + "' has an impossible size " +
                                                  shape_string(shape));
        extent *= d > 0 ? uint64_t(d) : 1;
        n *= uint64_t(d);
    }
    return n;
}

// torch.save writes the tensors of a state_dict densely, row-major. Strides of
// size-1 dimensions carry no meaning (torch ignores them too).
void check_contiguous(const PickledTensor& t, const std::string& name, const std::string& path)
{
    uint64_t expected = 1;
    for (size_t d = t.shape.size(); d-- > 0;) {
        if (t.shape[d] != 1 && uint64_t(t.stride[d]) != expected)
            throw Error(ErrorKind::UnsupportedType, "The tensor '" + name + "' in '" + path +
                                                        "' is not stored contiguously (stride " + shape_string(t.stride) +
                                                        " for size " + shape_string(t.shape) +
                                                        "); save the weights with .contiguous() tensors");
        expected *= uint64_t(t.shape[d]);
    }
}

TensorView storage_view(const ZipArchive& zip, const std::string& prefix, const PickledTensor& t,
                        const std::string& name, const std::string& path)
{
    const std::string record_name = prefix + "data/" + t.storage_key;
    const ZipEntry* record = zip.find(record_name);
    if (!record)
        throw Error(ErrorKind::Malformed, "The .pth file '" + path + "' is damaged: the storage '" + record_name +
                                              "' of tensor '" + name + "' is missing from the archive");
    const auto bytes = zip.data(*record);
    const uint64_t element = dtype_bytes(t.dtype, 1);
    if (t.storage_numel > kMaxElements || bytes.size() != t.storage_numel * element)
        throw Error(ErrorKind::Truncated, "The .pth file '" + path + "' is damaged: the storage '" + record_name +
                                              "' of tensor '" + name + "' holds " + std::to_string(bytes.size()) +
                                              " bytes, but its " + std::to_string(t.storage_numel) + " " +
                                              dtype_name(t.dtype) + " elements need " +
                                              std::to_string(t.storage_numel * element) + " bytes");
    const uint64_t numel = element_count(t.shape, name, path);
    check_contiguous(t, name, path);
    if (numel > t.storage_numel || t.offset > t.storage_numel - numel)
        throw Error(ErrorKind::Truncated, "The .pth file '" + path + "' is damaged: the tensor '" + name + "' " +
                                              shape_string(t.shape) + " needs elements " + std::to_string(t.offset) +
                                              " to " + std::to_string(t.offset + numel) + " of its storage '" +
                                              record_name + "', which holds only " + std::to_string(t.storage_numel));
    TensorView view;
    view.dtype = t.dtype;
    view.shape = t.shape;
    view.bytes = bytes.subspan(t.offset * element, numel * element);
    return view;
}

[[noreturn]] void not_a_checkpoint(const std::string& path, const std::string& why)
{
    throw Error(ErrorKind::BadMagic, "'" + path + "' is a zip archive but not a PyTorch model file (" + why + ")");
}

} // namespace

Checkpoint read_pth(std::shared_ptr<MappedFile> file)
{
    const std::string path = file->path();
    const ZipArchive zip(file->bytes(), path);
    if (zip.entries().empty())
        not_a_checkpoint(path, "it is empty");
    // Every record is named <archive>/<record>; <archive> is the name the file had
    // when it was saved, so torch takes it from the first entry.
    const std::string& first = zip.entries().front().name;
    const auto slash = first.find('/');
    if (slash == std::string::npos)
        not_a_checkpoint(path, "its entries are not in a folder");
    const std::string prefix = first.substr(0, slash + 1);
    const ZipEntry* pickle = zip.find(prefix + "data.pkl");
    if (!pickle)
        not_a_checkpoint(path, "it has no data.pkl");
    if (const ZipEntry* order = zip.find(prefix + "byteorder")) {
        const auto b = zip.data(*order);
        if (std::string(reinterpret_cast<const char*>(b.data()), b.size()) != "little")
            throw Error(ErrorKind::UnsupportedType, "The .pth file '" + path +
                                                        "' was saved on a big-endian machine; Linnet reads "
                                                        "little-endian checkpoints");
    }

    Checkpoint c;
    c.format = "pth";
    c.path = path;
    for (auto& e : read_state_dict_pickle(zip.data(*pickle), path)) {
        if (e.tensor)
            c.tensors.emplace_back(e.name, storage_view(zip, prefix, *e.tensor, e.name, path));
        else
            c.other_entries.emplace_back(e.name, e.value_kind);
    }
    c.file = std::move(file);
    return c;
}

} // namespace linnet

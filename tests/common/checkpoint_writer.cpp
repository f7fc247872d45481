#include "checkpoint_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

#include <cstring>

namespace linnet::test {

namespace {

template <class T>
void put(QByteArray& b, T v)
{
    b.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <class T>
T get(const QByteArray& b, qsizetype at)
{
    if (at < 0 || at + qsizetype(sizeof(T)) > b.size())
        qFatal("read_zip: out of bounds");
    T v;
    std::memcpy(&v, b.constData() + at, sizeof v);
    return v;
}

constexpr uint32_t kOnes = 0xffffffffu;

} // namespace

QByteArray zip_local_header(const QByteArray& name, uint64_t size, uint64_t offset, bool zip64, uint32_t crc)
{
    // The extra field pads the data start to a multiple of 64.
    QByteArray extra;
    if (zip64) {
        put<uint16_t>(extra, 0x0001);
        put<uint16_t>(extra, 16);
        put<uint64_t>(extra, size);
        put<uint64_t>(extra, size);
    }
    const uint64_t unpadded = offset + 30 + name.size() + extra.size() + 4;
    const qsizetype padding = qsizetype((64 - unpadded % 64) % 64);
    put<uint16_t>(extra, 0x4246); // "FB", torch's padding field
    put<uint16_t>(extra, uint16_t(padding));
    extra.append(QByteArray(padding, 'Z'));
    QByteArray header;
    put<uint32_t>(header, 0x04034b50);
    put<uint16_t>(header, zip64 ? 45 : 20);
    put<uint16_t>(header, 0);
    put<uint16_t>(header, 0); // stored
    put<uint32_t>(header, 0); // time, date
    put<uint32_t>(header, crc);
    put<uint32_t>(header, zip64 ? kOnes : uint32_t(size));
    put<uint32_t>(header, zip64 ? kOnes : uint32_t(size));
    put<uint16_t>(header, uint16_t(name.size()));
    put<uint16_t>(header, uint16_t(extra.size()));
    return header + name + extra;
}

QByteArray zip_directory_entry(const QByteArray& name, uint64_t size, uint64_t offset, bool zip64, uint32_t crc)
{
    QByteArray extra;
    if (zip64) {
        put<uint16_t>(extra, 0x0001);
        put<uint16_t>(extra, 24);
        put<uint64_t>(extra, size);
        put<uint64_t>(extra, size);
        put<uint64_t>(extra, offset);
    }
    QByteArray entry;
    put<uint32_t>(entry, 0x02014b50);
    put<uint16_t>(entry, zip64 ? 45 : 20);
    put<uint16_t>(entry, zip64 ? 45 : 20);
    put<uint16_t>(entry, 0);
    put<uint16_t>(entry, 0);
    put<uint32_t>(entry, 0);
    put<uint32_t>(entry, crc);
    put<uint32_t>(entry, zip64 ? kOnes : uint32_t(size));
    put<uint32_t>(entry, zip64 ? kOnes : uint32_t(size));
    put<uint16_t>(entry, uint16_t(name.size()));
    put<uint16_t>(entry, uint16_t(extra.size()));
    put<uint16_t>(entry, 0); // comment
    put<uint16_t>(entry, 0); // disk
    put<uint16_t>(entry, 0);
    put<uint32_t>(entry, 0);
    put<uint32_t>(entry, zip64 ? kOnes : uint32_t(offset));
    return entry + name + extra;
}

QByteArray zip_end(uint64_t count, uint64_t directory_size, uint64_t directory_offset, bool zip64)
{
    QByteArray end;
    if (zip64) {
        put<uint32_t>(end, 0x06064b50);
        put<uint64_t>(end, 44);
        put<uint16_t>(end, 45);
        put<uint16_t>(end, 45);
        put<uint32_t>(end, 0);
        put<uint32_t>(end, 0);
        put<uint64_t>(end, count);
        put<uint64_t>(end, count);
        put<uint64_t>(end, directory_size);
        put<uint64_t>(end, directory_offset);
        put<uint32_t>(end, 0x07064b50);
        put<uint32_t>(end, 0);
        put<uint64_t>(end, directory_offset + directory_size); // where the record above starts
        put<uint32_t>(end, 1);
    }
    put<uint32_t>(end, 0x06054b50);
    put<uint16_t>(end, 0);
    put<uint16_t>(end, 0);
    put<uint16_t>(end, zip64 ? 0xffff : uint16_t(count));
    put<uint16_t>(end, zip64 ? 0xffff : uint16_t(count));
    put<uint32_t>(end, zip64 ? kOnes : uint32_t(directory_size));
    put<uint32_t>(end, zip64 ? kOnes : uint32_t(directory_offset));
    put<uint16_t>(end, 0);
    return end;
}

QByteArray write_zip(const std::vector<ZipRecord>& records, bool zip64)
{
    QByteArray file, directory;
    for (const auto& r : records) {
        const uint64_t offset = file.size();
        file += zip_local_header(r.name, r.data.size(), offset, zip64) + r.data; // crc 0: readers of .pth do not check it
        directory += zip_directory_entry(r.name, r.data.size(), offset, zip64);
    }
    const uint64_t directory_offset = file.size();
    return file + directory + zip_end(records.size(), directory.size(), directory_offset, zip64);
}

std::vector<ZipRecord> read_zip(const QByteArray& zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0)
        qFatal("read_zip: no end record");
    const uint16_t count = get<uint16_t>(zip, end + 10);
    qsizetype at = get<uint32_t>(zip, end + 16);
    std::vector<ZipRecord> records;
    for (uint16_t i = 0; i < count; ++i) {
        if (get<uint32_t>(zip, at) != 0x02014b50)
            qFatal("read_zip: bad directory entry");
        const uint32_t size = get<uint32_t>(zip, at + 20);
        const uint16_t name_length = get<uint16_t>(zip, at + 28);
        const uint16_t extra_length = get<uint16_t>(zip, at + 30);
        const uint16_t comment_length = get<uint16_t>(zip, at + 32);
        const uint32_t header = get<uint32_t>(zip, at + 42);
        ZipRecord r;
        r.name = zip.mid(at + 46, name_length);
        const qsizetype data = header + 30 + get<uint16_t>(zip, header + 26) + get<uint16_t>(zip, header + 28);
        r.data = zip.mid(data, size);
        records.push_back(r);
        at += 46 + name_length + extra_length + comment_length;
    }
    return records;
}

PickleWriter::PickleWriter()
{
    out_.append("\x80\x02", 2); // PROTO 2
}

PickleWriter& PickleWriter::raw(const QByteArray& bytes)
{
    out_ += bytes;
    return *this;
}

PickleWriter& PickleWriter::op(uint8_t code)
{
    out_.append(char(code));
    return *this;
}

PickleWriter& PickleWriter::global(const char* module, const char* name)
{
    out_ += 'c' + QByteArray(module) + '\n' + QByteArray(name) + '\n';
    return *this;
}

PickleWriter& PickleWriter::string(const QByteArray& s)
{
    out_ += 'X';
    put<uint32_t>(out_, uint32_t(s.size()));
    out_ += s;
    return *this;
}

PickleWriter& PickleWriter::integer(int64_t v)
{
    if (v >= 0 && v < 256) {
        out_ += 'K';
        out_ += char(v);
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
        out_ += 'J';
        put<int32_t>(out_, int32_t(v));
    } else {
        out_.append("\x8a\x08", 2); // LONG1, 8 bytes
        put<int64_t>(out_, v);
    }
    return *this;
}

QByteArray PickleWriter::finish()
{
    return out_ + '.';
}

namespace {

int element_size(const QByteArray& storage)
{
    return storage == "FloatStorage" ? 4 : 2;
}

void tuple_of(PickleWriter& p, const std::vector<int64_t>& values)
{
    p.mark();
    for (int64_t v : values)
        p.integer(v);
    p.op('t');
}

std::vector<int64_t> contiguous_stride(const std::vector<int64_t>& shape)
{
    std::vector<int64_t> stride(shape.size());
    int64_t s = 1;
    for (size_t d = shape.size(); d-- > 0;) {
        stride[d] = s;
        s *= shape[d];
    }
    return stride;
}

} // namespace

QByteArray state_dict_pickle(const std::vector<PthTensor>& tensors,
                             const std::vector<std::pair<QByteArray, QByteArray>>& strings)
{
    PickleWriter p;
    p.global("collections", "OrderedDict").op(')').op('R').mark();
    for (size_t i = 0; i < tensors.size(); ++i) {
        const PthTensor& t = tensors[i];
        const int64_t numel = t.storage_numel >= 0 ? t.storage_numel : t.data.size() / element_size(t.storage);
        p.string(t.name);
        if (t.parameter)
            p.global("torch._utils", "_rebuild_parameter").mark();
        p.global("torch._utils", "_rebuild_tensor_v2").mark();
        p.mark().string("storage").global("torch", t.storage.constData()).string(QByteArray::number(qulonglong(i)));
        p.string("cpu").integer(numel).op('t').op('Q');
        p.integer(0);
        tuple_of(p, t.shape);
        tuple_of(p, t.stride.empty() ? contiguous_stride(t.shape) : t.stride);
        p.op(0x89).global("collections", "OrderedDict").op(')').op('R').op('t').op('R');
        if (t.parameter)
            p.op(0x88).global("collections", "OrderedDict").op(')').op('R').op('t').op('R');
    }
    for (const auto& [key, value] : strings)
        p.string(key).string(value);
    p.op('u');
    return p.finish();
}

QByteArray write_pth(const std::vector<PthTensor>& tensors, const std::vector<std::pair<QByteArray, QByteArray>>& strings,
                     bool zip64)
{
    std::vector<ZipRecord> records = {{"archive/data.pkl", state_dict_pickle(tensors, strings)},
                                      {"archive/byteorder", "little"}};
    for (size_t i = 0; i < tensors.size(); ++i)
        records.push_back({"archive/data/" + QByteArray::number(qulonglong(i)), tensors[i].data});
    records.push_back({"archive/version", "3\n"});
    return write_zip(records, zip64);
}

QByteArray write_safetensors(const std::vector<StTensor>& tensors)
{
    QJsonObject header;
    header["__metadata__"] = QJsonObject{{"format", "pt"}};
    QByteArray data;
    for (const auto& t : tensors) {
        QJsonArray shape;
        for (int64_t d : t.shape)
            shape.append(qint64(d));
        header[QString::fromUtf8(t.name)] = QJsonObject{
            {"dtype", QString::fromUtf8(t.dtype)},
            {"shape", shape},
            {"data_offsets", QJsonArray{qint64(data.size()), qint64(data.size() + t.data.size())}},
        };
        data += t.data;
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    json.append(QByteArray((8 - json.size() % 8) % 8, ' '));
    QByteArray file;
    put<uint64_t>(file, uint64_t(json.size()));
    return file + json + data;
}

std::vector<StTensor> read_safetensors(const QByteArray& file)
{
    const uint64_t length = get<uint64_t>(file, 0);
    const QJsonObject header = QJsonDocument::fromJson(file.mid(8, qsizetype(length))).object();
    if (header.isEmpty())
        qFatal("read_safetensors: no header");
    const qsizetype data = 8 + qsizetype(length);
    std::vector<StTensor> tensors;
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == "__metadata__")
            continue;
        const QJsonObject e = it.value().toObject();
        StTensor t;
        t.name = it.key().toUtf8();
        t.dtype = e["dtype"].toString().toUtf8();
        for (const auto& d : e["shape"].toArray())
            t.shape.push_back(d.toInteger());
        const QJsonArray offsets = e["data_offsets"].toArray();
        t.data = file.mid(data + offsets[0].toInteger(), offsets[1].toInteger() - offsets[0].toInteger());
        tensors.push_back(t);
    }
    return tensors;
}

} // namespace linnet::test

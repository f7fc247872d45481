// Damaged and foreign model files: each kind of problem gives its own clear error,
// and no damage makes the loader crash or read out of bounds.
#include "linnet/error.h"
#include "linnet/model.h"
#include "load_outcome.h"
#include "test_data.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <random>

using namespace linnet;

namespace {

QByteArray tiny(const char* file)
{
    return test::read_file(test::shared_path(QString("models/tiny/") + file));
}

void put_u32(QByteArray& b, qsizetype at, uint32_t v)
{
    std::memcpy(b.data() + at, &v, 4);
}

const test::GgmlRecord& record(const std::vector<test::GgmlRecord>& records, const QString& name)
{
    auto it = std::find_if(records.begin(), records.end(), [&](auto& r) { return r.name == name; });
    if (it == records.end())
        qFatal("no tensor %s", qPrintable(name));
    return *it;
}

} // namespace

class ModelFiles : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int counter_ = 0;

    test::LoadOutcome load(const QByteArray& bytes)
    {
        const QString path = dir_.filePath(QString("model-%1.bin").arg(counter_++));
        test::write_file(path, bytes);
        return test::load_and_remove(path);
    }

    void expect(const QByteArray& bytes, ErrorKind kind, const QString& words)
    {
        const test::LoadOutcome o = load(bytes);
        QVERIFY2(!o.loaded, "a damaged file was loaded");
        QVERIFY2(o.kind == kind, qPrintable("unexpected error kind: " + o.message));
        QVERIFY2(o.message.contains(words, Qt::CaseInsensitive), qPrintable(o.message));
    }

private slots:
    void intact_files_load()
    {
        QVERIFY(load(tiny("tiny-rwkv-5v2-730K-FP32.bin")).loaded);
        QVERIFY(load(tiny("tiny-rwkv-6v0-3m-Q5_0.bin")).loaded);
    }

    void truncated()
    {
        const QByteArray good = tiny("tiny-rwkv-5v2-730K-FP32.bin");
        const auto records = test::ggml_records(good);
        expect(good.left(10), ErrorKind::Truncated, "24-byte header");
        expect(good.left(24 + 6), ErrorKind::Truncated, "truncated");
        expect(good.left(records[3].data_offset + 5), ErrorKind::Truncated, "truncated");
        expect(good.left(good.size() - 1), ErrorKind::Truncated, "download may be incomplete");
        // Whole records missing at the end: the file is consistent up to there, but
        // tensors the model needs are absent.
        expect(good.left(records.back().header_offset), ErrorKind::MissingTensor, "head.weight");
    }

    void bad_magic()
    {
        QByteArray b = tiny("tiny-rwkv-7v0-834K-FP16.bin");
        b[0] = 'X';
        expect(b, ErrorKind::BadMagic, "not a model file");
        expect("Hello, this is a text file and not a model at all.", ErrorKind::BadMagic, "not a model file");
        expect(QByteArray(), ErrorKind::BadMagic, "not a model file");
    }

    void missing_file()
    {
        try {
            Model::load(dir_.filePath("does-not-exist.bin").toStdString());
            QFAIL("loaded a missing file");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Io);
            QVERIFY(QString(e.what()).contains("Cannot open"));
        }
    }

    void unsupported_version_and_types()
    {
        QByteArray b = tiny("tiny-rwkv-5v2-730K-FP32.bin");
        put_u32(b, 4, 99);
        expect(b, ErrorKind::UnsupportedVersion, "file version 99");

        b = tiny("tiny-rwkv-5v2-730K-FP32.bin");
        put_u32(b, 20, 5); // Q4_2, removed from rwkv.cpp
        expect(b, ErrorKind::UnsupportedType, "data type 5");

        b = tiny("tiny-rwkv-5v2-730K-FP32.bin");
        const auto records = test::ggml_records(b);
        put_u32(b, record(records, "blocks.0.att.key.weight").header_offset + 8, 42);
        expect(b, ErrorKind::UnsupportedType, "blocks.0.att.key.weight");

        b = tiny("tiny-rwkv-6v0-3m-Q5_1.bin");
        put_u32(b, 4, 100); // quantised blocks changed layout in version 101
        expect(b, ErrorKind::UnsupportedVersion, "quantise the model again");
    }

    void header_contradicts_tensors()
    {
        const QByteArray good = tiny("tiny-rwkv-5v2-730K-FP32.bin");
        QByteArray b = good;
        put_u32(b, 12, 65); // n_embed
        expect(b, ErrorKind::ShapeMismatch, "embedding of 65");
        b = good;
        put_u32(b, 8, 300); // n_vocab
        expect(b, ErrorKind::ShapeMismatch, "vocabulary of 300");
        b = good;
        put_u32(b, 16, 13); // n_layer
        expect(b, ErrorKind::MissingTensor, "13 layers");
        b = good;
        put_u32(b, 16, 11);
        expect(b, ErrorKind::ShapeMismatch, "11 layers");
    }

    void tensor_shape_contradicts_architecture()
    {
        QByteArray b = tiny("tiny-rwkv-5v2-730K-FP32.bin");
        auto records = test::ggml_records(b);
        const auto& key = record(records, "blocks.3.att.key.weight");
        put_u32(b, key.dims_offset, 32); // (64, 64) → (32, 128): same size, wrong shape
        put_u32(b, key.dims_offset + 4, 128);
        expect(b, ErrorKind::ShapeMismatch, "blocks.3.att.key.weight");

        b = tiny("tiny-rwkv-7v0-834K-FP32.bin");
        records = test::ggml_records(b);
        const auto& mix = record(records, "blocks.2.att.x_rwkvag");
        put_u32(b, mix.dims_offset, 32);
        put_u32(b, mix.dims_offset + 4, 2);
        expect(b, ErrorKind::ShapeMismatch, "blocks.2.att.x_rwkvag");
    }

    void unknown_and_missing_tensors()
    {
        QByteArray b = tiny("tiny-rwkv-4v0-660K-FP32.bin");
        // An extra 1-D tensor appended at the end.
        const QByteArray name = "blocks.0.att.mystery";
        QByteArray extra(12 + 4, '\0');
        put_u32(extra, 0, 1);
        put_u32(extra, 4, name.size());
        put_u32(extra, 8, 0);
        put_u32(extra, 12, 4);
        extra += name + QByteArray(16, '\0');
        expect(b + extra, ErrorKind::UnknownTensor, "blocks.0.att.mystery");

        // A record cut out of the middle.
        const auto records = test::ggml_records(b);
        const auto& gone = record(records, "blocks.1.att.time_first");
        QByteArray cut = b;
        cut.remove(gone.header_offset, gone.data_offset + gone.data_size - gone.header_offset);
        expect(cut, ErrorKind::MissingTensor, "blocks.1.att.time_first");
    }

    void malformed_records()
    {
        QByteArray b = tiny("tiny-rwkv-4v0-660K-FP32.bin");
        const auto records = test::ggml_records(b);
        QByteArray dims = b;
        put_u32(dims, records[2].header_offset, 7);
        expect(dims, ErrorKind::Malformed, "7 dimensions");
        QByteArray name = b;
        put_u32(name, records[2].header_offset + 4, 100000);
        expect(name, ErrorKind::Malformed, "name of 100000 bytes");
        QByteArray zero = b;
        put_u32(zero, records[2].dims_offset, 0);
        expect(zero, ErrorKind::Malformed, "impossible size");

        QByteArray q = tiny("tiny-rwkv-6v0-3m-Q5_0.bin");
        const auto qr = test::ggml_records(q);
        const auto& quantised = *std::find_if(qr.begin(), qr.end(), [](auto& r) { return r.type == 7; });
        put_u32(q, quantised.dims_offset, quantised.ne[0] - 16);
        expect(q, ErrorKind::Malformed, "multiple of 32");
    }

    // Random damage anywhere in the file: every outcome is a load or a linnet::Error.
    void random_damage_never_crashes()
    {
        const QByteArray good = tiny("tiny-rwkv-5v2-730K-FP16.bin");
        const auto records = test::ggml_records(good);
        std::mt19937 rng(7);
        int refused = 0;
        for (int i = 0; i < 200; ++i) {
            QByteArray b = good;
            // Aim mostly at record headers, where a wrong value changes the structure.
            const auto& r = records[rng() % records.size()];
            const qsizetype at = (i % 4 == 0) ? qsizetype(rng() % good.size())
                                              : r.header_offset + qsizetype(rng() % (r.data_offset - r.header_offset));
            b[at] = static_cast<char>(rng());
            if (i % 5 == 0)
                b.truncate(qsizetype(rng() % b.size()));
            refused += load(b).loaded ? 0 : 1;
        }
        QVERIFY(refused > 100);
    }
};

QTEST_APPLESS_MAIN(ModelFiles)
#include "tst_model_files.moc"

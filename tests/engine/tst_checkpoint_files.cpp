// Damaged, hostile and re-packed .pth and safetensors files: each problem gives its
// own clear error, nothing in a pickle is ever run, ZIP64 archives load, and no damage
// makes the loader crash or read out of bounds.
#include "checkpoint_writer.h"
#include "linnet/error.h"
#include "linnet/model.h"
#include "linnet/tuned_state.h"
#include "load_outcome.h"
#include "test_data.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <random>

using namespace linnet;
using namespace linnet::test;

namespace {

QByteArray fixture(const QString& relative)
{
    return read_file(shared_path("models/tiny/" + relative));
}

std::vector<float> logits_of(Model& model, std::span<const int32_t> tokens)
{
    std::vector<float> logits(model.info().n_vocab);
    State state = model.initial_state();
    model.feed(tokens, state, logits);
    return logits;
}

template <class T>
void patch(QByteArray& b, qsizetype at, T v)
{
    std::memcpy(b.data() + at, &v, sizeof v);
}

// A .pth whose data.pkl is `pickle`, with one storage record.
QByteArray pth_with_pickle(const QByteArray& pickle)
{
    return write_zip({{"archive/data.pkl", pickle}, {"archive/data/0", QByteArray(16, '\0')}});
}

PthTensor f32_tensor(const QByteArray& name, std::vector<int64_t> shape)
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return {name, "FloatStorage", shape, QByteArray(n * 4, '\0')};
}

} // namespace

class CheckpointFiles : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int counter_ = 0;

    QString write(const QByteArray& bytes, const char* extension)
    {
        const QString path = dir_.filePath(QString("file-%1.%2").arg(counter_++).arg(extension));
        write_file(path, bytes);
        return path;
    }

    test::LoadOutcome load(const QByteArray& bytes, const char* extension = "pth")
    {
        const QString path = write(bytes, extension);
        return test::load_and_remove(path);
    }

    void expect(const QByteArray& bytes, ErrorKind kind, const QStringList& words, const char* extension = "pth")
    {
        const test::LoadOutcome o = load(bytes, extension);
        QVERIFY2(!o.loaded, "a bad file was loaded");
        QVERIFY2(o.kind == kind, qPrintable("unexpected error kind: " + o.message));
        for (const auto& w : words)
            QVERIFY2(o.message.contains(w, Qt::CaseInsensitive), qPrintable("'" + w + "' not in: " + o.message));
    }

private slots:
    // The globals a hostile pickle would call. The command would create a file.
    void pickle_globals_are_refused_without_running_them_data()
    {
        QTest::addColumn<QByteArray>("module");
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("os.system") << QByteArray("os") << QByteArray("system");
        QTest::newRow("posix.system") << QByteArray("posix") << QByteArray("system");
        QTest::newRow("builtins.eval") << QByteArray("builtins") << QByteArray("eval");
        QTest::newRow("subprocess.call") << QByteArray("subprocess") << QByteArray("call");
        QTest::newRow("torch.load") << QByteArray("torch") << QByteArray("load");
        QTest::newRow("torch.IntStorage") << QByteArray("torch") << QByteArray("IntStorage");
    }

    void pickle_globals_are_refused_without_running_them()
    {
        QFETCH(QByteArray, module);
        QFETCH(QByteArray, name);
        const QString marker = dir_.filePath("pwned");
        PickleWriter p;
        p.global("collections", "OrderedDict").op(')').op('R').mark().string("emb.weight");
        p.global(module.constData(), name.constData()).string("touch " + marker.toUtf8()).op(0x85).op('R');
        p.op('u');
        expect(pth_with_pickle(p.finish()), ErrorKind::UnsafeContent,
               {"contains code or objects Linnet does not load", "'" + module + "." + name + "'"});
        QVERIFY(!QFile::exists(marker));
    }

    void pickle_opcodes_outside_the_list_are_refused()
    {
        // STACK_GLOBAL (protocol 4's way of naming os.system).
        PickleWriter stack_global;
        stack_global.string("os").string("system").op(0x93).string("true").op(0x85).op('R');
        expect(pth_with_pickle(stack_global.finish()), ErrorKind::UnsafeContent,
               {"contains code or objects Linnet does not load", "instruction 0x93"});
        // INST: calls a class by name.
        PickleWriter inst;
        inst.mark().raw("ios\nsystem\n");
        expect(pth_with_pickle(inst.finish()), ErrorKind::UnsafeContent, {"instruction 0x69 ('i')"});
        // NONE is harmless in Python but never part of a weights dictionary.
        PickleWriter none;
        none.op('}').string("x").op('N').op('s');
        expect(pth_with_pickle(none.finish()), ErrorKind::UnsafeContent, {"instruction 0x4e ('N')"});
        // Another pickle protocol.
        expect(pth_with_pickle(QByteArray("\x80\x04}.", 4)), ErrorKind::UnsupportedVersion, {"protocol 4"});
        // A storage called like a function.
        PickleWriter call_storage;
        call_storage.global("torch", "FloatStorage").op(')').op('R');
        expect(pth_with_pickle(call_storage.finish()), ErrorKind::UnsafeContent, {"torch.FloatStorage"});
    }

    void damaged_pickles_are_malformed()
    {
        expect(pth_with_pickle(QByteArray("\x80\x02}X\x10\x00\x00\x00short", 12)), ErrorKind::Malformed,
               {"ends in the middle"});
        expect(pth_with_pickle(PickleWriter().op('t').finish()), ErrorKind::Malformed, {"needs a MARK"});
        expect(pth_with_pickle(PickleWriter().raw("h\x05").finish()), ErrorKind::Malformed, {"memo entry 5"});
        expect(pth_with_pickle(PickleWriter().integer(5).finish()), ErrorKind::Malformed, {"instead of a dictionary"});
        // Nested tuples far deeper than any stack: nothing recurses.
        PickleWriter deep;
        deep.op(')');
        for (int i = 0; i < 300000; ++i)
            deep.op(0x85);
        expect(pth_with_pickle(deep.finish()), ErrorKind::Malformed, {"instead of a dictionary"});
    }

    void truncated_zip()
    {
        const QByteArray good = fixture("pth/tiny-rwkv-5v2-730K-bf16.pth");
        expect(good.left(good.size() / 2), ErrorKind::Truncated, {"truncated", "zip directory", "incomplete"});
        expect(good.left(good.size() - 1), ErrorKind::Truncated, {"truncated"});
        expect(good.left(100), ErrorKind::Truncated, {"truncated"});
        // The directory is intact but an entry's data runs past the end of the file.
        std::vector<ZipRecord> records = read_zip(good);
        QByteArray zip = write_zip(records);
        const qsizetype directory = zip.indexOf(QByteArray("PK\x01\x02", 4));
        patch<uint32_t>(zip, directory + 20, 0x7fffffff); // packed size
        patch<uint32_t>(zip, directory + 24, 0x7fffffff); // unpacked size
        expect(zip, ErrorKind::Truncated, {"ends beyond the end of the file"});
    }

    void storage_shorter_than_its_tensor()
    {
        // The record holds fewer bytes than the storage's elements.
        PthTensor short_record = f32_tensor("emb.weight", {256, 64});
        short_record.storage_numel = 256 * 64;
        short_record.data.chop(4);
        expect(write_pth({short_record}), ErrorKind::Truncated, {"'archive/data/0'", "emb.weight", "65532 bytes"});
        // The tensor reaches past the end of its storage.
        PthTensor beyond = f32_tensor("emb.weight", {256, 64});
        beyond.shape = {256, 65};
        expect(write_pth({beyond}), ErrorKind::Truncated, {"needs elements 0 to 16640", "holds only 16384"});
        // The record is missing.
        const QByteArray pickle = state_dict_pickle({f32_tensor("emb.weight", {4})});
        expect(write_zip({{"archive/data.pkl", pickle}}), ErrorKind::Malformed, {"'archive/data/0'", "missing"});
        // Not contiguous.
        PthTensor strided = f32_tensor("emb.weight", {4, 4});
        strided.stride = {1, 4};
        expect(write_pth({strided}), ErrorKind::UnsupportedType, {"not stored contiguously"});
    }

    void other_zip_archives_are_refused()
    {
        expect(write_zip({{"notes.txt", "hello"}}), ErrorKind::BadMagic, {"not a PyTorch model file"});
        expect(write_zip({{"archive/notes.txt", "hello"}}), ErrorKind::BadMagic, {"no data.pkl"});
        // A compressed entry (method 8), which torch never writes.
        QByteArray zip = fixture("pth/tiny-rwkv-4v0-660K-fp32.pth");
        const qsizetype directory = zip.indexOf(QByteArray("PK\x01\x02", 4));
        patch<uint16_t>(zip, directory + 10, 8);
        expect(zip, ErrorKind::UnsupportedType, {"compressed"});
        // A file saved by torch before 1.6.
        expect(QByteArray("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.", 15), ErrorKind::UnsupportedVersion,
               {"before version 1.6"});
    }

    void zip64_pth_loads()
    {
        const QString original = shared_path("models/tiny/pth/tiny-rwkv-7v0-834K-bf16.pth");
        const QByteArray zip64 = write_zip(read_zip(read_file(original)), true);
        QVERIFY(zip64.contains(QByteArray("PK\x06\x06", 4))); // ZIP64 end record
        QVERIFY(zip64.contains(QByteArray("PK\x06\x07", 4))); // and locator
        const QString path = write(zip64, "pth");
        const auto a = Model::load(original.toStdString(), {.threads = 1});
        const auto b = Model::load(path.toStdString(), {.threads = 1});
        const std::vector<int32_t> tokens = {72, 101, 108, 108, 111};
        const auto la = logits_of(*a, tokens), lb = logits_of(*b, tokens);
        QVERIFY(std::memcmp(la.data(), lb.data(), la.size() * 4) == 0);
        QCOMPARE(b->info().fingerprint, a->info().fingerprint);
    }

    void parameters_load_like_tensors()
    {
        // The state-tuning fixture again, with every tensor an nn.Parameter (_rebuild_parameter).
        const QString original = shared_path("models/tiny/pth/tiny-rwkv-7v0-834K-state.pth");
        std::vector<PthTensor> tensors;
        for (const auto& r : read_zip(read_file(original)))
            if (r.name.contains("/data/"))
                tensors.push_back({"blocks." + r.name.mid(r.name.lastIndexOf('/') + 1) + ".att.time_state",
                                   "BFloat16Storage", {1, 64, 64}, r.data, -1, {}, true});
        QCOMPARE(tensors.size(), size_t(12));
        const QString path = write(write_pth(tensors), "pth");
        const auto model = Model::load(shared_path("models/tiny/tiny-rwkv-7v0-834K-FP32.bin").toStdString(), {.threads = 1});
        const State a = load_tuned_state(original.toStdString(), *model);
        const State b = load_tuned_state(path.toStdString(), *model);
        QVERIFY(a == b);
        QVERIFY(a != model->initial_state());
    }

    void safetensors_header_past_the_end()
    {
        const QByteArray good = fixture("safetensors/tiny-rwkv-5v2-730K-fp32.safetensors");
        QByteArray long_header = good;
        patch<uint64_t>(long_header, 0, uint64_t(good.size()));
        expect(long_header, ErrorKind::Truncated, {"header is", "incomplete"}, "safetensors");
        // The last tensor's data is cut off.
        expect(good.left(good.size() - 4), ErrorKind::Truncated, {"ends at byte", "of the data"}, "safetensors");
    }

    void safetensors_header_not_json()
    {
        const QByteArray good = fixture("safetensors/tiny-rwkv-5v2-730K-fp32.safetensors");
        uint64_t length;
        std::memcpy(&length, good.constData(), 8);
        QByteArray broken = good;
        broken[good.indexOf(':', 8)] = ';';
        expect(broken, ErrorKind::Malformed, {"header is not valid JSON"}, "safetensors");
        QByteArray text(8, '\0');
        patch<uint64_t>(text, 0, 11);
        expect(text + "hello world", ErrorKind::Malformed, {"header is not valid JSON"}, "st");
        // Deeply nested JSON is parsed without recursion.
        const QByteArray deep = "{\"a\":" + QByteArray(500000, '[') + QByteArray(500000, ']') + "}";
        QByteArray nested(8, '\0');
        patch<uint64_t>(nested, 0, uint64_t(deep.size()));
        expect(nested + deep, ErrorKind::Malformed, {"lacks its dtype"}, "safetensors");
    }

    void safetensors_refusals()
    {
        expect(write_safetensors({{"emb.weight", "I64", {4}, QByteArray(32, '\0')}}), ErrorKind::UnsupportedType,
               {"'emb.weight'", "I64", "F32, F16 and BF16"}, "safetensors");
        expect(write_safetensors({{"emb.weight", "F32", {4, 4}, QByteArray(32, '\0')}}), ErrorKind::Malformed,
               {"needs 64 bytes", "span 32"}, "safetensors");
        QByteArray garbage(64, 'x');
        expect(garbage, ErrorKind::BadMagic, {"not a model file"}, "bin");
    }

    // Random damage in the places that hold structure: every outcome is a load or a
    // linnet::Error.
    void random_damage_never_crashes_pth()
    {
        const QByteArray good = fixture("pth/tiny-rwkv-5v2-730K-bf16.pth");
        const qsizetype directory = good.indexOf(QByteArray("PK\x01\x02", 4));
        const qsizetype pickle_end = good.indexOf(QByteArray("PK\x07\x08", 4)); // data.pkl's descriptor
        QVERIFY(directory > 0 && pickle_end > 0);
        std::mt19937 rng(11);
        int refused = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray b = good;
            const int hits = 1 + int(rng() % 3);
            for (int h = 0; h < hits; ++h) {
                qsizetype at;
                switch (i % 3) {
                case 0: at = qsizetype(rng() % pickle_end); break;                              // the pickle
                case 1: at = directory + qsizetype(rng() % (good.size() - directory)); break; // the directory
                default: at = qsizetype(rng() % good.size()); break;                         // anywhere
                }
                b[at] = static_cast<char>(rng());
            }
            if (i % 7 == 0)
                b.truncate(qsizetype(rng() % b.size()));
            refused += load(b).loaded ? 0 : 1;
        }
        QVERIFY(refused > 150);
    }

    void random_damage_never_crashes_safetensors()
    {
        const QByteArray good = fixture("safetensors/tiny-rwkv-7v0-834K-fp32.safetensors");
        uint64_t length;
        std::memcpy(&length, good.constData(), 8);
        std::mt19937 rng(12);
        int refused = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray b = good;
            const qsizetype at = i % 4 == 0 ? qsizetype(rng() % 8) : 8 + qsizetype(rng() % length);
            b[at] = static_cast<char>(rng());
            if (i % 7 == 0)
                b.truncate(qsizetype(rng() % b.size()));
            refused += load(b, "safetensors").loaded ? 0 : 1;
        }
        QVERIFY(refused > 150);
    }
};

QTEST_APPLESS_MAIN(CheckpointFiles)
#include "tst_checkpoint_files.moc"

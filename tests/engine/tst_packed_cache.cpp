// The packed 4-bit weights kept between loads (LoadOptions::packed_cache_dir): a second
// load reads them and gives the same logits bit for bit; a damaged, cut or stale cache
// file is not used (the logits stay exact) and is written anew; a model's copies go
// with remove_packed_weights, and packed_weights_bytes counts them.
#include "linnet/model.h"
#include "test_data.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace linnet;

namespace {

const char* kModel = "models/tiny/tiny-rwkv-7v0-834K-FP32.bin";

struct Loaded {
    std::vector<float> logits;
    bool from_cache;
};

Loaded load(const QString& model, const QString& cache_dir, const char* strategy = "cpu bf16i4")
{
    auto m = Model::load(model.toStdString(),
                         {.strategy = strategy, .threads = 2, .packed_cache_dir = cache_dir.toStdString()});
    std::vector<int32_t> tokens;
    for (int i = 0; i < 40; ++i)
        tokens.push_back(1 + (i * 29) % 250);
    std::vector<float> logits(m->info().n_vocab);
    State state = m->initial_state();
    m->feed(tokens, state, logits);
    return {logits, m->packed_weights_from_cache()};
}

QStringList cacheFiles(const QString& dir)
{
    return QDir(dir).entryList({"*.q4w"}, QDir::Files);
}

} // namespace

class PackedCacheTest : public QObject {
    Q_OBJECT

    QTemporaryDir work_;
    QString model_, cache_;
    std::vector<float> exact_; // packed from the file, no cache

private slots:
    void initTestCase()
    {
        QVERIFY(work_.isValid());
        // A copy: the cache is keyed by the file's path, size and time.
        model_ = work_.filePath("model.bin");
        QVERIFY(QFile::copy(test::shared_path(kModel), model_));
        cache_ = work_.filePath("cache");
        exact_ = load(model_, QString()).logits;
    }

    void second_load_reads_the_cache()
    {
        const Loaded first = load(model_, cache_);
        QVERIFY(!first.from_cache);
        QCOMPARE(cacheFiles(cache_).size(), 1);
        QVERIFY(first.logits == exact_);
        const Loaded second = load(model_, cache_);
        QVERIFY(second.from_cache);
        QVERIFY(second.logits == exact_);
        // Nothing half-written is left behind.
        QCOMPARE(QDir(cache_).entryList(QDir::Files).size(), 1);
    }

    void damaged_files_are_packed_again_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("a flipped byte") << "flip";
        QTest::newRow("cut short") << "cut";
        QTest::newRow("bytes appended") << "append";
        QTest::newRow("an empty file") << "empty";
    }
    void damaged_files_are_packed_again()
    {
        QFETCH(QString, damage);
        QVERIFY(!load(model_, cache_).logits.empty()); // a good cache to start from
        const QString file = QDir(cache_).filePath(cacheFiles(cache_).value(0));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        if (damage == "flip") {
            QVERIFY(f.seek(size * 2 / 3));
            char c;
            QVERIFY(f.getChar(&c));
            QVERIFY(f.seek(size * 2 / 3));
            QVERIFY(f.putChar(char(c ^ 0x10)));
        } else if (damage == "cut") {
            QVERIFY(f.resize(size - 100));
        } else if (damage == "append") {
            QVERIFY(f.seek(size));
            QCOMPARE(f.write("more"), 4);
        } else {
            QVERIFY(f.resize(0));
        }
        f.close();
        const Loaded damaged = load(model_, cache_);
        QVERIFY(!damaged.from_cache);
        QVERIFY(damaged.logits == exact_);
        // The next load writes the cache anew, and the one after reads it.
        load(model_, cache_);
        const Loaded again = load(model_, cache_);
        QVERIFY(again.from_cache);
        QVERIFY(again.logits == exact_);
        QCOMPARE(cacheFiles(cache_).size(), 1);
    }

    // Another strategy or a changed model file is another key: its cache replaces the
    // model's old one.
    void stale_caches_are_replaced()
    {
        load(model_, cache_);
        const QStringList before = cacheFiles(cache_);
        QCOMPARE(before.size(), 1);
        const Loaded mixed = load(model_, cache_, "cpu bf16i4 *2 -> cpu fp32");
        QVERIFY(!mixed.from_cache);
        const QStringList after = cacheFiles(cache_);
        QCOMPARE(after.size(), 1);
        QVERIFY(after != before);

        std::filesystem::last_write_time(model_.toStdString(), std::filesystem::last_write_time(model_.toStdString()) -
                                                                    std::chrono::hours(1));
        const Loaded touched = load(model_, cache_, "cpu bf16i4 *2 -> cpu fp32");
        QVERIFY(!touched.from_cache);
        QVERIFY(cacheFiles(cache_) != after);
    }

    void models_without_4_bits_write_nothing()
    {
        QTemporaryDir dir;
        load(model_, dir.path(), "cpu fp32i8");
        QVERIFY(cacheFiles(dir.path()).isEmpty());
    }

    void remove_takes_the_models_copies()
    {
        load(model_, cache_);
        QCOMPARE(cacheFiles(cache_).size(), 1);
        const QString other = work_.filePath("other.bin");
        QVERIFY(QFile::copy(model_, other));
        load(other, cache_);
        QCOMPARE(cacheFiles(cache_).size(), 2);
        // Each model's bytes are its own copy's (the two are the same size).
        const uint64_t one = packed_weights_bytes(cache_.toStdString(), model_.toStdString());
        QCOMPARE(one, uint64_t(QFileInfo(QDir(cache_).filePath(cacheFiles(cache_)[0])).size()));
        QCOMPARE(packed_weights_bytes(cache_.toStdString(), other.toStdString()), one);
        remove_packed_weights(cache_.toStdString(), model_.toStdString());
        QCOMPARE(cacheFiles(cache_).size(), 1);
        QCOMPARE(packed_weights_bytes(cache_.toStdString(), model_.toStdString()), uint64_t(0));
        QCOMPARE(packed_weights_bytes(cache_.toStdString(), other.toStdString()), one);
        QVERIFY(load(other, cache_).from_cache);
    }

    void an_unwritable_folder_only_means_no_cache()
    {
        const QString file = work_.filePath("not-a-folder");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Loaded l = load(model_, file + "/cache");
        QVERIFY(!l.from_cache);
        QVERIFY(l.logits == exact_);
    }
};

QTEST_APPLESS_MAIN(PackedCacheTest)
#include "tst_packed_cache.moc"

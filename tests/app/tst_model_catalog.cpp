// The model catalog: the built-in one is complete and well formed (schema, addresses,
// hashes, memory estimates, three languages) without any network; bad catalogs are
// refused with a message naming the field; a user's catalog from a file or an address
// replaces the built-in one only when valid. Also the header and address rules the
// downloads depend on.
#include "download_url_policy.h"
#include "http_headers.h"
#include "model_test_support.h"
#include "test_http_server.h"

#include "linnet/cpu.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace linnet::app;
using namespace linnet::test;

namespace {

QByteArray builtInJson()
{
    QFile file(":/linnet/catalog.json");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in catalog is not in the resources");
    return file.readAll();
}

// A valid one-model catalog to break in one place at a time.
QJsonObject minimalCatalog()
{
    return {{"format", 1},
            {"tokenizers",
             QJsonArray{catalogTokenizer("world", "vocab.txt", {"https://example.org/files/vocab.txt"})}},
            {"models", QJsonArray{catalogModel("m", "m.pth", {"https://huggingface.co/BlinkDL/x/resolve/main/m.pth"},
                                               100, QString(64, 'a'))}}};
}

QJsonObject withModelField(const QString& key, const QJsonValue& value)
{
    QJsonObject catalog = minimalCatalog();
    QJsonArray models = catalog["models"].toArray();
    QJsonObject model = models[0].toObject();
    if (value.isUndefined())
        model.remove(key);
    else
        model[key] = value;
    models[0] = model;
    catalog["models"] = models;
    return catalog;
}

} // namespace

class ModelCatalogTest : public QObject {
    Q_OBJECT

    QTemporaryDir scratch_;

private slots:
    void initTestCase()
    {
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
    }

    void built_in_catalog_is_valid_and_complete()
    {
        QString error;
        const auto catalog = ModelCatalog::parse(builtInJson(), &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(&ModelCatalog::builtIn() != nullptr, true);
        QCOMPARE(ModelCatalog::builtIn().models().size(), catalog->models().size());

        // Every family the issue names, with the size range it names.
        QHash<QString, QSet<qint64>> families;
        for (const CatalogModel& m : catalog->models())
            families[m.family].insert(m.parameters);
        auto spans = [&](const QString& family, qint64 smallest, qint64 largest) {
            const QSet<qint64>& sizes = families.value(family);
            return !sizes.isEmpty() && *std::min_element(sizes.begin(), sizes.end()) == smallest &&
                   *std::max_element(sizes.begin(), sizes.end()) == largest;
        };
        QVERIFY(spans("RWKV-7 G1", 100000000, 13300000000));
        QVERIFY(spans("RWKV-7 World", 100000000, 2900000000));
        QVERIFY(spans("RWKV-6 World", 1600000000, 14000000000));
        QVERIFY(families.contains("RWKV-5 World"));
        QVERIFY(families.contains("RWKV-4 World"));
        QVERIFY(spans("RWKV-4 Pile", 169000000, 14000000000));
        QVERIFY(spans("RWKV-4 Raven", 1500000000, 14000000000));

        for (const CatalogModel& m : catalog->models()) {
            const QByteArray what = m.id.toUtf8();
            // Hugging Face first: https://huggingface.co/<repo>/resolve/main/<file>, '%' as %25.
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(m.file));
            QVERIFY2(m.urls[0].startsWith("https://huggingface.co/BlinkDL/"), what);
            QVERIFY2(m.urls[0].endsWith("/resolve/main/" + encoded), what);
            for (const QString& url : m.urls) {
                const QUrl parsed(url, QUrl::StrictMode);
                QVERIFY2(parsed.isValid() && parsed.scheme() == "https", qPrintable(url));
                QVERIFY2(QStringList({"huggingface.co", "modelscope.cn"}).contains(parsed.host()), qPrintable(url));
                QCOMPARE(parsed.path(QUrl::FullyDecoded).section('/', -1), m.file);
                QVERIFY2(!url.contains(QRegularExpression("%(?![0-9A-F]{2})")), qPrintable(url));
            }
            if (m.file.contains('%'))
                QVERIFY2(m.urls[0].contains("%25"), what);
            QVERIFY2(m.sha256.size() == 64, what); // every entry has one (see the report)
            QVERIFY2(m.size > 0 || m.family == "RWKV-4 Pile", what);
            // The memory estimates follow the rule from the file size.
            const RamEstimate expected = ModelCatalog::estimateRam(m.sizeOrEstimate());
            QCOMPARE(m.ram.fp32, expected.fp32);
            QCOMPARE(m.ram.bf16, expected.bf16);
            QCOMPARE(m.ram.int8, expected.int8);
            QVERIFY2(!m.description.en.isEmpty() && !m.description.vi.isEmpty() && !m.description.zh.isEmpty(), what);
            QCOMPARE(m.license, QString("Apache-2.0"));
            QVERIFY(m.contextLength >= 1024);
            // RWKV-4 Pile and Raven read the GPT-NeoX vocabulary, everything else World's.
            const bool neox = m.family == "RWKV-4 Pile" || m.family == "RWKV-4 Raven";
            QCOMPARE(m.tokenizer, QString(neox ? "neox" : "world"));
            QCOMPARE(m.chatTemplate, QString(neox ? "rwkv-raven" : "rwkv-world"));
            // G1 models think: a fast think by default, with the date the dated forms need.
            const bool g1 = m.family == "RWKV-7 G1";
            QCOMPARE(m.think, QString(g1 ? "fast" : ""));
            QVERIFY2(m.released.isValid() || m.family == "RWKV-4 Pile", what);
            QCOMPARE(m.presets.isEmpty(), !g1);
            QCOMPARE(m.version, QString(m.family.startsWith("RWKV-7") ? "7"
                                        : m.family.startsWith("RWKV-6") ? "6"
                                        : m.family.startsWith("RWKV-5") ? "5.2"
                                                                        : "4"));
        }
    }

    // The tokenizer entries describe exactly the files in ../shared/tokenizers, which
    // come from the same upstream repositories.
    void built_in_tokenizers_match_the_real_files()
    {
        const ModelCatalog& catalog = ModelCatalog::builtIn();
        QCOMPARE(catalog.tokenizers().size(), 2);
        for (const CatalogTokenizer& t : catalog.tokenizers()) {
            const QByteArray bytes = read_file(shared_path("tokenizers/" + t.file));
            QCOMPARE(t.size, qint64(bytes.size()));
            QCOMPARE(t.sha256, sha256Hex(bytes));
            QVERIFY(!t.description.vi.isEmpty() && !t.description.zh.isEmpty());
            for (const QString& url : t.urls)
                QVERIFY2(url.startsWith("https://raw.githubusercontent.com/BlinkDL/"), qPrintable(url));
        }
        QCOMPARE(catalog.tokenizer("world")->vocab, 65536);
        QCOMPARE(catalog.tokenizer("neox")->vocab, 50277);
    }

    void think_fields_and_presets()
    {
        const CatalogModel* g1 = ModelCatalog::builtIn().modelByFile("rwkv7-g1d-0.1b-20260129-ctx8192.pth");
        QVERIFY(g1);
        QCOMPARE(g1->released, QDate(2026, 1, 29));
        QCOMPARE(g1->think, QString("fast"));
        // The G1 announcement's suggestion for maths: temperature and top-p 0.3, no penalties.
        QCOMPARE(g1->presets.size(), 1);
        QCOMPARE(g1->presets[0].values["temperature"].toDouble(), 0.3);
        QCOMPARE(g1->presets[0].values["presence_penalty"].toDouble(), 0.0);
        QCOMPARE(releaseDateInFileName("rwkv7-g1a-0.1b-20250922-ctx4096.pth"), QDate(2025, 9, 22));
        QCOMPARE(releaseDateInFileName("RWKV-4-Pile-169M-20220807-8023.pth"), QDate(2022, 8, 7));
        QVERIFY(releaseDateInFileName("my-model.pth").isNull());
        QVERIFY(releaseDateInFileName("model-20251399.pth").isNull());
    }

    void ram_estimate_rule()
    {
        const RamEstimate r = ModelCatalog::estimateRam(1024LL * 1024 * 1024);
        QCOMPARE(r.fp32, 2048 + 1536);
        QCOMPARE(r.bf16, 1024 + 1536);
        QCOMPARE(r.int8, 512 + 1536);
    }

    void invalid_catalogs_are_refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        auto add = [](const char* name, const QJsonObject& o, const QString& mentions) {
            QTest::newRow(name) << QJsonDocument(o).toJson() << mentions;
        };
        QTest::newRow("not json") << QByteArray("{\"format\": 1,") << "not valid JSON";
        QJsonObject v2 = minimalCatalog();
        v2["format"] = 2;
        add("format 2", v2, "format");
        add("no name", withModelField("name", QJsonValue::Undefined), "'name'");
        add("short hash", withModelField("sha256", "abc"), "'sha256'");
        add("upper-case hash", withModelField("sha256", QString(64, 'A')), "'sha256'");
        add("zero size", withModelField("size", 0), "'size'");
        add("fractional size", withModelField("size", 1.5), "'size'");
        add("version 3", withModelField("version", "3"), "'version'");
        add("path in file", withModelField("file", "../m.pth"), "'file'");
        add("not a model file", withModelField("file", "m.exe"), "'file'");
        add("plain http", withModelField("urls", QJsonArray{"http://example.com/m.pth"}), "HTTPS");
        add("address of another file", withModelField("urls", QJsonArray{"https://example.com/other.pth"}), "'urls'");
        add("no address", withModelField("urls", QJsonArray{}), "'urls'");
        add("unknown tokenizer", withModelField("tokenizer", "klingon"), "'klingon'");
        add("no english description", withModelField("description", QJsonObject{{"vi", "x"}}), "'en'");
        add("unknown think mode", withModelField("think", "ponder"), "'think'");
        add("bad release date", withModelField("released", "2026-13-01"), "'released'");
        add("preset with a bad value",
            withModelField("presets", QJsonArray{QJsonObject{{"name", QJsonObject{{"en", "Maths"}}},
                                                             {"values", QJsonObject{{"temperature", "low"}}}}}),
            "temperature");
        QJsonObject twice = minimalCatalog();
        QJsonArray models = twice["models"].toArray();
        models.append(models[0]);
        twice["models"] = models;
        add("duplicate id", twice, "used twice");
        QJsonObject none = minimalCatalog();
        none["models"] = QJsonArray{};
        add("no models", none, "'models'");
    }
    void invalid_catalogs_are_refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ModelCatalog::parse(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.startsWith("The model catalog is not valid"));
        QVERIFY(ModelCatalog::parse(QJsonDocument(minimalCatalog()).toJson(), &error));
    }

    void user_catalog_from_a_file()
    {
        ManagerHarness h;
        QVERIFY(h.manager->catalogSource().isEmpty());
        const QString good = scratch_.filePath("good.json");
        write_file(good, QJsonDocument(minimalCatalog()).toJson());
        QSignalSpy changed(h.manager.get(), &ModelManager::catalogChanged);
        QCOMPARE(h.manager->loadCatalog(good, true), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(h.manager->catalog().models().size(), 1);
        QCOMPARE(h.manager->catalogSource(), good);

        // A bad one is refused and the current one stays.
        const QString bad = scratch_.filePath("bad.json");
        write_file(bad, QJsonDocument(withModelField("sha256", "xyz")).toJson());
        QSignalSpy rejected(h.manager.get(), &ModelManager::catalogRejected);
        QVERIFY(h.manager->loadCatalog(bad, true).contains("'sha256'"));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(h.manager->catalog().models()[0].id, QString("m"));

        // Remembered: the next start uses it, even with the file gone.
        QFile::remove(good);
        h.stop();
        h.start();
        QCOMPARE(h.manager->catalogSource(), good);
        QCOMPARE(h.manager->catalog().models().size(), 1);
        h.manager->useBuiltInCatalog();
        QCOMPARE(h.manager->catalog().models().size(), ModelCatalog::builtIn().models().size());
        h.stop();
        h.start();
        QVERIFY(h.manager->catalogSource().isEmpty());
        QCOMPARE(h.manager->catalog().models().size(), ModelCatalog::builtIn().models().size());
    }

    void user_catalog_from_an_address()
    {
        TestHttpServer server;
        server.route("/catalog.json").body = QJsonDocument(minimalCatalog()).toJson();
        server.route("/broken.json").body = "{\"format\": 1, \"models\": []}";
        ManagerHarness h;
        QSignalSpy changed(h.manager.get(), &ModelManager::catalogChanged);
        QSignalSpy rejected(h.manager.get(), &ModelManager::catalogRejected);

        QCOMPARE(h.manager->loadCatalog(server.url("/missing.json").toString(), false), QString());
        QVERIFY(waitUntil([&] { return rejected.count() == 1; }));
        QVERIFY(rejected[0][0].toString().contains("404") || rejected[0][0].toString().contains("Not Found") ||
                rejected[0][0].toString().contains("Error"));
        QCOMPARE(h.manager->loadCatalog(server.url("/broken.json").toString(), false), QString());
        QVERIFY(waitUntil([&] { return rejected.count() == 2; }));
        QVERIFY(rejected[1][0].toString().contains("'models'"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(h.manager->catalog().models().size(), ModelCatalog::builtIn().models().size());

        QCOMPARE(h.manager->loadCatalog(server.url("/catalog.json").toString(), false), QString());
        QVERIFY(waitUntil([&] { return changed.count() == 1; }));
        QCOMPARE(h.manager->catalog().models().size(), 1);
        QVERIFY(h.manager->loadCatalog("http://example.com/catalog.json", false).contains("HTTPS"));
    }

    void entries_say_what_fits_and_what_is_installed()
    {
        ManagerHarness h;
        const CatalogModel* small = h.manager->catalog().model("rwkv7-g1d-0.1b");
        const CatalogModel* large = h.manager->catalog().model("rwkv7-g1e-13.3b");
        QVERIFY(small && large);
        const qint64 memory = h.manager->totalMemory();
        QVERIFY(memory > 0);
        const auto s = h.manager->status(*small);
        // Below AVX-512 bf16 weights are kept in fp32 (speed_estimate.h).
        const qint64 bf16 = linnet::cpu_keeps_bf16_weights() ? small->ram.bf16 : small->ram.fp32;
        QCOMPARE(s.fitsBf16, bf16 * 1024 * 1024 <= memory);
        QCOMPARE(h.manager->status(*large).fitsFp32, large->ram.fp32 * 1024 * 1024 <= memory);
        QVERIFY(!s.installed);
        QVERIFY(h.manager->isTokenizerInstalled(*h.manager->catalog().tokenizer("world")));
    }

    void download_addresses()
    {
        QVERIFY(isAllowedDownloadUrl(QUrl("https://huggingface.co/x")));
        QVERIFY(isAllowedDownloadUrl(QUrl("http://127.0.0.1:8080/x")));
        QVERIFY(isAllowedDownloadUrl(QUrl("http://localhost/x")));
        QVERIFY(isAllowedDownloadUrl(QUrl("http://[::1]/x")));
        QVERIFY(!isAllowedDownloadUrl(QUrl("http://huggingface.co/x")));
        QVERIFY(!isAllowedDownloadUrl(QUrl("http://192.168.1.2/x")));
        QVERIFY(!isAllowedDownloadUrl(QUrl("ftp://example.com/x")));
        QVERIFY(!isAllowedDownloadUrl(QUrl("file:///etc/passwd")));
        QVERIFY(isSafeFileName("RWKV-4-Raven-7B-v12-Eng98%-Other2%-20230521-ctx8192.pth"));
        for (const char* bad : {"", ".hidden", "a/b.pth", "a\\b.pth", "..", "c:x.pth"})
            QVERIFY2(!isSafeFileName(bad), bad);
    }

    void resume_headers()
    {
        const auto r = parseContentRange("bytes 100-999/1000");
        QVERIFY(r);
        QCOMPARE(r->first, 100);
        QCOMPARE(r->last, 999);
        QCOMPARE(r->total, 1000);
        QVERIFY(!parseContentRange("bytes 100-999/*"));
        QVERIFY(!parseContentRange("bytes 100-1000/1000"));
        QVERIFY(!parseContentRange("bytes 200-100/1000"));
        QVERIFY(!parseContentRange("items 0-1/2"));
        QCOMPARE(rangeFrom(42), QByteArray("bytes=42-"));
        const QString sha = QString(64, 'e');
        QCOMPARE(sha256FromEtag("\"" + sha.toLatin1() + "\""), sha);
        QCOMPARE(sha256FromEtag("W/\"" + sha.toUpper().toLatin1() + "\""), sha);
        QCOMPARE(sha256FromEtag("\"9a0dab0c925f4188aa70fc48dfc8bd9846ecd5ef\""), QString()); // a git blob id
    }
};

QTEST_GUILESS_MAIN(ModelCatalogTest)
#include "tst_model_catalog.moc"

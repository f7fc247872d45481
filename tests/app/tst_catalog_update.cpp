// "Check for new models" against listings in the Hugging Face API's shape, served by
// the tests' own server on 127.0.0.1: new releases become catalog entries, bad listings
// are refused as a whole, and without a network the catalog stays as it was.
#include "catalog_store.h"
#include "catalog_update.h"
#include "database.h"
#include "release_listing.h"
#include "settings_store.h"
#include "test_http_server.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace linnet::app;
using linnet::test::TestHttpServer;

namespace {

const QString kListingPath = "/api/models/BlinkDL/rwkv7-g1/tree/main";

QByteArray recorded_listing()
{
    QFile f(LINNET_TEST_DATA_DIR "/hf-listing-rwkv7-g1.json");
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QByteArray with_entry(const QJsonObject& entry)
{
    QJsonArray a = QJsonDocument::fromJson(recorded_listing()).array();
    a.append(entry);
    return QJsonDocument(a).toJson();
}

QString sha(const char* text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

struct Outcome {
    QList<CatalogModel> added;
    QString error;
};

Outcome check(const QUrl& api, const ModelCatalog& catalog)
{
    CatalogUpdate update(api);
    QSignalSpy found(&update, &CatalogUpdate::found), failed(&update, &CatalogUpdate::failed);
    update.check(catalog);
    if (!QTest::qWaitFor([&] { return found.count() + failed.count() > 0; }, 30000))
        return {{}, "no answer"};
    if (failed.count())
        return {{}, failed[0][0].toString()};
    return {found[0][0].value<QList<CatalogModel>>(), {}};
}

} // namespace

class CatalogUpdateTest : public QObject {
    Q_OBJECT

private slots:
    void new_releases_become_entries()
    {
        TestHttpServer server;
        server.route(kListingPath).body = recorded_listing();
        const Outcome o = check(server.url("/"), ModelCatalog::builtIn());
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        // Only the two releases the built-in catalog lacks; the README, the folder and a text
        // file are no models. Newest first.
        QCOMPARE(o.added.size(), 2);
        const CatalogModel& g = o.added[0];
        QCOMPARE(g.file, QString("rwkv7-g1g-2.9b-20260526-ctx8192.pth"));
        QCOMPARE(g.id, QString("rwkv7-g1g-2.9b-20260526"));
        QCOMPARE(g.name, QString("RWKV-7 G1g 2.9B"));
        QCOMPARE(g.family, QString("RWKV-7 G1"));
        QCOMPARE(g.version, QString("7"));
        QCOMPARE(g.parameters, 2900000000LL);
        QCOMPARE(g.size, 5896275005LL);
        QCOMPARE(g.sha256, sha("rwkv7-g1g-2.9b-20260526-ctx8192.pth"));
        QCOMPARE(g.released, QDate(2026, 5, 26));
        QCOMPARE(g.contextLength, 8192);
        QCOMPARE(g.tokenizer, QString("world"));
        QCOMPARE(g.chatTemplate, QString("rwkv-world"));
        QCOMPARE(g.think, QString("fast"));
        // Memory per precision from the size: 2 × file, file, file / 2, each + 1.5 GiB.
        QCOMPARE(g.ram.fp32, 12783LL);
        QCOMPARE(g.ram.bf16, 7160LL);
        QCOMPARE(g.ram.int8, 4348LL);
        // Hugging Face first, then the mirror the repository's entries use.
        QCOMPARE(g.urls, QStringList({"https://huggingface.co/BlinkDL/rwkv7-g1/resolve/main/" + g.file,
                                      "https://modelscope.cn/models/Blink_DL/rwkv7-g1/resolve/master/" + g.file}));
        QCOMPARE(o.added[1].file, QString("rwkv7-g1f-1.5b-20260419-ctx8192.pth"));
        QCOMPARE(o.added[1].parameters, 1500000000LL);

        // Added to the catalog in use, which stays valid as a whole.
        QTemporaryDir dir;
        Database db(dir.filePath("db.sqlite"));
        SettingsStore settings(db);
        CatalogStore store(settings, dir.filePath("catalog.json"));
        QSignalSpy changed(&store, &CatalogStore::changed);
        store.addReleases(o.added);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.catalog().models().size(), ModelCatalog::builtIn().models().size() + 2);
        QVERIFY(store.catalog().modelByFile("rwkv7-g1f-1.5b-20260419-ctx8192.pth"));
        // Checking again finds nothing new.
        QCOMPARE(check(server.url("/"), store.catalog()).added.size(), 0);
    }

    void bad_listings_are_refused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = recorded_listing();
        QTest::newRow("truncated") << good.left(good.size() / 2) << "incomplete";
        QTest::newRow("not a list") << QByteArray(R"({"error": "Repository not found"})") << "not a list";
        QTest::newRow("entry without a size")
            << with_entry({{"type", "file"}, {"path", "rwkv7-g1h-1.5b-20260601-ctx8192.pth"}}) << "size";
        QTest::newRow("bad hash")
            << with_entry({{"type", "file"}, {"path", "rwkv7-g1h-1.5b-20260601-ctx8192.pth"}, {"size", 10},
                           {"lfs", QJsonObject{{"oid", "xyz"}, {"size", 10}}}})
            << "SHA-256";
        QTest::newRow("sizes disagree")
            << with_entry({{"type", "file"}, {"path", "rwkv7-g1h-1.5b-20260601-ctx8192.pth"}, {"size", 10},
                           {"lfs", QJsonObject{{"oid", sha("x")}, {"size", 11}}}})
            << "sizes disagree";
        QTest::newRow("path in a folder")
            << with_entry({{"type", "file"}, {"path", "../rwkv7-g1h-1.5b-20260601-ctx8192.pth"}, {"size", 10},
                           {"lfs", QJsonObject{{"oid", sha("x")}, {"size", 10}}}})
            << "not a plain file name";
        QTest::newRow("backslash")
            << with_entry({{"type", "file"}, {"path", "misc\\rwkv7-g1h-1.5b-20260601-ctx8192.pth"}, {"size", 10},
                           {"lfs", QJsonObject{{"oid", sha("x")}, {"size", 10}}}})
            << "not a plain file name";
    }

    void bad_listings_are_refused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        TestHttpServer server;
        server.route(kListingPath).body = body;
        const Outcome o = check(server.url("/"), ModelCatalog::builtIn());
        QVERIFY2(o.error.contains(mentions), qPrintable(o.error));
        QVERIFY(o.error.contains("The catalog is unchanged"));
        QVERIFY(o.added.isEmpty());
    }

    void offline_leaves_the_catalog_alone()
    {
        // A port nothing listens on (taken, then given back).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl api(QString("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        const Outcome o = check(api, ModelCatalog::builtIn());
        QVERIFY2(o.error.startsWith("Cannot check for new models"), qPrintable(o.error));
        QVERIFY(o.error.contains("The catalog is unchanged"));
        // An error page is no listing either.
        TestHttpServer server;
        server.route(kListingPath).status = 404;
        QVERIFY(check(server.url("/"), ModelCatalog::builtIn()).error.startsWith("Cannot check for new models"));
    }
};

QTEST_GUILESS_MAIN(CatalogUpdateTest)
#include "tst_catalog_update.moc"

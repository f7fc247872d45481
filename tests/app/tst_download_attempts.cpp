// Downloads that explain themselves, against real sockets on this machine: addresses that
// cannot be reached (a closed port on 127.0.0.1 refuses, a name under .invalid never
// resolves) and the tests' HTTP server. Each try and address is reported while a
// transfer retries, with the time of the next try; once every address failed, one
// sentence in the window's language names them all; cancelling a model's download also
// cancels the tokenizer queued with it, and nothing reports a failure afterwards.
#include "model_test_support.h"
#include "test_http_server.h"

#include <QDateTime>
#include <QDir>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

using namespace linnet::app;
using namespace linnet::test;

namespace {

// Translates the sources it knows, as a loaded .qm file would: a message it changes
// can only have gone through tr().
class TableTranslator : public QTranslator {
public:
    explicit TableTranslator(QHash<QString, QString> table) : table_(std::move(table)) {}
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return table_.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }

private:
    QHash<QString, QString> table_;
};

// An address on this machine where nothing listens: connecting is refused at once.
QString refusingAddress(const QString& path)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QString("http://127.0.0.1:%1%2").arg(port).arg(path);
}

QString hostOf(const QString& url)
{
    const QUrl u(url);
    return u.port() < 0 ? u.host() : QString("%1:%2").arg(u.host()).arg(u.port());
}

// (address, try, waiting for the next try, a reason shown) of each report, in order.
using AttemptKey = std::tuple<int, int, bool, bool>;

} // namespace

class DownloadAttemptsTest : public QObject {
    Q_OBJECT

    QByteArray model_;
    QTemporaryDir scratch_;

    void useCatalog(ManagerHarness& h, const QJsonArray& models, const QJsonArray& tokenizers)
    {
        const QString path = writeCatalog(scratch_.filePath(QString("catalog-%1.json").arg(QTest::currentTestFunction())),
                                          models, tokenizers);
        QCOMPARE(h.manager->loadCatalog(path, false), QString());
    }
    QJsonArray installedTokenizer() const
    {
        // The world vocabulary is in LINNET_TOKENIZER_DIR (../shared/tokenizers).
        return {catalogTokenizer("world", "rwkv_vocab_v20230424.txt", {"https://example.org/rwkv_vocab_v20230424.txt"})};
    }
    QStringList offlineMirrors() const
    {
        return {"https://huggingface.invalid/m/tiny.bin", refusingAddress("/m/tiny.bin"),
                "https://modelscope.invalid/m/tiny.bin"};
    }

private slots:
    void initTestCase()
    {
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
        model_ = tinyModel();
    }

    void offline_summary_names_every_address_in_the_window_language()
    {
        TableTranslator vietnamese({
            {"No internet connection: could not reach %1.", "Không có kết nối Internet: không thể kết nối tới %1."},
            {"%1 or %2", "%1 hoặc %2"},
            {"%1, %2", "%1, %2"},
        });
        QVERIFY(QCoreApplication::installTranslator(&vietnamese));
        const QStringList mirrors = offlineMirrors();
        ManagerHarness h(fastOptions(5000, 1));
        useCatalog(h, {catalogModel("tiny", "tiny.bin", mirrors, model_.size(), sha256Hex(model_))}, installedTokenizer());
        QCOMPARE(h.manager->download("tiny"), QString());
        QVERIFY(h.finished("tiny"));
        QCoreApplication::removeTranslator(&vietnamese);
        QCOMPARE(h.failures["tiny"], QString("Không có kết nối Internet: không thể kết nối tới %1, %2 hoặc %3.")
                                         .arg(hostOf(mirrors[0]), hostOf(mirrors[1]), hostOf(mirrors[2])));
        QVERIFY(noTraceOf(h.modelPath("tiny.bin")));
    }

    // When one address answers, its answer is not hidden behind "no internet".
    void a_server_that_answered_is_named_with_its_answer()
    {
        TestHttpServer server; // nothing is served: 404
        const QStringList mirrors = {"https://huggingface.invalid/m/tiny.bin", server.url("/m/tiny.bin").toString()};
        ManagerHarness h(fastOptions(5000, 1));
        useCatalog(h, {catalogModel("tiny", "tiny.bin", mirrors, model_.size(), sha256Hex(model_))}, installedTokenizer());
        QCOMPARE(h.manager->download("tiny"), QString());
        QVERIFY(h.finished("tiny"));
        const QString message = h.failures["tiny"];
        QVERIFY2(message.startsWith(QString("Test tiny could not be downloaded from %1 or %2.")
                                        .arg(hostOf(mirrors[0]), hostOf(mirrors[1]))),
                 qPrintable(message));
        QVERIFY2(message.contains("404"), qPrintable(message));
        QVERIFY2(!message.contains("No internet"), qPrintable(message));
    }

    void each_try_is_reported_with_its_address_and_the_time_of_the_next()
    {
        const QStringList mirrors = offlineMirrors();
        DownloadOptions options = fastOptions(5000, 1);
        options.backoffMs = options.maxBackoffMs = 200;
        ManagerHarness h(options);
        useCatalog(h, {catalogModel("tiny", "tiny.bin", mirrors, model_.size(), sha256Hex(model_))}, installedTokenizer());
        QList<AttemptKey> seen;
        QList<DownloadAttempt> reports;
        connect(&h.manager->downloads(), &DownloadQueue::changed, this, [&](const QString& id) {
            const DownloadStatus* s = h.manager->downloads().find(id);
            if (!s || s->attempt.host.isEmpty())
                return;
            const AttemptKey key{s->attempt.mirror, s->attempt.attempt, s->attempt.retryAtMs > 0,
                                 !s->attempt.lastError.isEmpty()};
            if (!seen.isEmpty() && seen.last() == key)
                return;
            seen << key;
            reports << s->attempt;
            // The next try lies ahead of the failure by the back-off, never further.
            if (s->attempt.retryAtMs > 0)
                QVERIFY(s->attempt.retryAtMs <= QDateTime::currentMSecsSinceEpoch() + options.maxBackoffMs);
        });
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(h.manager->download("tiny"), QString());
        QVERIFY(h.finished("tiny"));
        const QList<AttemptKey> expected = {
            {0, 1, false, false}, {0, 2, true, true}, {0, 2, false, true}, // the first address, tried twice
            {1, 1, false, true},  {1, 2, true, true}, {1, 2, false, true}, // then each mirror
            {2, 1, false, true},  {2, 2, true, true}, {2, 2, false, true},
        };
        QCOMPARE(seen, expected);
        for (const DownloadAttempt& a : reports) {
            QCOMPARE(a.host, hostOf(mirrors[a.mirror]));
            QCOMPARE(a.mirrors, 3);
            QCOMPARE(a.maxAttempts, 2);
            QVERIFY(a.retryAtMs == 0 || a.retryAtMs >= started + options.backoffMs);
        }
        // The reason above each countdown is that address's own failure.
        for (const int i : {1, 4, 7})
            QVERIFY2(reports[i].lastError.contains(QUrl(mirrors[reports[i].mirror]).host()), qPrintable(reports[i].lastError));
        // Once failed there is no next try to count down to.
        QCOMPARE(h.manager->downloads().find("tiny")->attempt.retryAtMs, qint64(0));
    }

    // The tokenizer queued with a model goes when the model's download is cancelled;
    // while it keeps failing it would otherwise report its failure long after.
    void cancel_takes_the_tokenizer_it_started_along()
    {
        qputenv("LINNET_TOKENIZER_DIR", scratch_.filePath("no-tokenizers").toUtf8());
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        server.route("/m/tiny.bin").stallAt = 200000;
        DownloadOptions options = fastOptions(5000, 50);
        options.backoffMs = options.maxBackoffMs = 300;
        ManagerHarness h(options);
        QStringList notices;
        connect(h.manager.get(), &ModelManager::downloadFailed, this,
                [&](const QString& id, const QString& message) { notices << id + ": " + message; });
        useCatalog(h, {catalogModel("tiny", "tiny.bin", {server.url("/m/tiny.bin").toString()}, model_.size(),
                                    sha256Hex(model_))},
                   {catalogTokenizer("world", "rwkv_vocab_v20230424.txt", {refusingAddress("/t/rwkv_vocab_v20230424.txt")})});
        QStringList ids;
        QCOMPARE(h.manager->download("tiny", &ids), QString());
        QCOMPARE(ids, (QStringList{"tokenizer:world", "tiny"}));
        QVERIFY(h.fileReaches(h.modelPath("tiny.bin.part"), 200000));
        QVERIFY(h.manager->downloads().find("tokenizer:world")); // still retrying
        h.manager->cancelDownload("tiny");
        QVERIFY2(waitUntil([&] { return h.manager->downloads().ids().isEmpty(); }, 5000),
                 qPrintable(h.manager->downloads().ids().join(", ")));
        QVERIFY(h.outcomes["tiny"].cancelled);
        QVERIFY(h.outcomes["tokenizer:world"].cancelled);
        QVERIFY2(notices.isEmpty(), qPrintable(notices.join("\n")));
        QVERIFY(noTraceOf(h.modelPath("tiny.bin")));
        QVERIFY(noTraceOf(h.manager->tokenizerDir() + "/rwkv_vocab_v20230424.txt"));
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
    }

    // A tokenizer another model still waits for stays; it goes with the last of them.
    void a_shared_tokenizer_stays_while_another_model_needs_it()
    {
        qputenv("LINNET_TOKENIZER_DIR", scratch_.filePath("no-tokenizers").toUtf8());
        TestHttpServer server;
        for (const char* path : {"/m/tiny.bin", "/m/other.bin"}) {
            server.route(path).body = model_;
            server.route(path).stallAt = 100000;
        }
        DownloadOptions options = fastOptions(5000, 50);
        options.backoffMs = options.maxBackoffMs = 300;
        options.maxParallel = 3;
        ManagerHarness h(options);
        useCatalog(h,
                   {catalogModel("tiny", "tiny.bin", {server.url("/m/tiny.bin").toString()}, model_.size(), sha256Hex(model_)),
                    catalogModel("other", "other.bin", {server.url("/m/other.bin").toString()}, model_.size(),
                                 sha256Hex(model_))},
                   {catalogTokenizer("world", "rwkv_vocab_v20230424.txt", {refusingAddress("/t/rwkv_vocab_v20230424.txt")})});
        QCOMPARE(h.manager->download("tiny"), QString());
        QCOMPARE(h.manager->download("other"), QString());
        QVERIFY(h.fileReaches(h.modelPath("other.bin.part"), 100000));
        h.manager->cancelDownload("tiny");
        QVERIFY(waitUntil([&] { return !h.manager->downloads().find("tiny"); }, 5000));
        QVERIFY(h.manager->downloads().find("tokenizer:world"));
        h.manager->cancelDownload("other");
        QVERIFY(waitUntil([&] { return h.manager->downloads().ids().isEmpty(); }, 5000));
        QVERIFY(h.failures.isEmpty());
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
    }

    // A failure is told under the name the user knows, not the transfer's key.
    void a_failed_tokenizer_is_named_as_the_catalog_names_it()
    {
        qputenv("LINNET_TOKENIZER_DIR", scratch_.filePath("no-tokenizers").toUtf8());
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        ManagerHarness h(fastOptions(5000, 0));
        QHash<QString, QString> names;
        connect(h.manager.get(), &ModelManager::downloadFailed, this,
                [&](const QString& id, const QString&, const QString& name) { names[id] = name; });
        useCatalog(h, {catalogModel("tiny", "tiny.bin", {server.url("/m/tiny.bin").toString()}, model_.size(),
                                    sha256Hex(model_))},
                   {catalogTokenizer("world", "rwkv_vocab_v20230424.txt", {refusingAddress("/t/rwkv_vocab_v20230424.txt")})});
        QCOMPARE(h.manager->download("tiny"), QString());
        QVERIFY(h.finished("tokenizer:world"));
        QCOMPARE(names.value("tokenizer:world"), QString("world tokenizer"));
        QVERIFY(h.finished("tiny"));
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
    }
};

QTEST_GUILESS_MAIN(DownloadAttemptsTest)
#include "tst_download_attempts.moc"

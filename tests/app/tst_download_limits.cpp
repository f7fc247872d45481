// Downloads from servers that misbehave on purpose (test server on 127.0.0.1): one that
// always sends a little and then closes ends after the total retry budget; one that
// trickles a byte at a time is a stall; an endless stream with no size stops at the cap
// and leaves no partial file. Thresholds are shrunk through DownloadOptions.
#include "model_test_support.h"
#include "test_http_server.h"

#include <QDir>
#include <QTest>

using namespace linnet::app;
using namespace linnet::test;

class DownloadLimitsTest : public QObject {
    Q_OBJECT

    QByteArray model_;

private slots:
    void initTestCase()
    {
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
        model_ = tinyModel();
    }

    // Every attempt delivers some bytes, which resets the per-address count: only the
    // total budget ends it.
    void closing_early_forever_ends_after_the_budget()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        server.route("/m/tiny.bin").closeAfter = 100;
        DownloadOptions options = fastOptions(10000, 2);
        options.maxTotalRetries = 5;
        ManagerHarness h(options);
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), sha256Hex(model_), "tiny.bin", &id),
                 QString());
        QVERIFY2(h.finished(id, 30000), "the download never ended");
        QVERIFY2(h.failures[id].contains("Gave up after 6 attempts"), qPrintable(h.failures[id]));
        // Six attempts; Qt's HTTP layer may repeat a GET on its own after a close.
        QVERIFY(server.requests().size() >= 6 && server.requests().size() <= 12);
        QVERIFY(h.manager->installedModels().isEmpty());
    }

    // 20 bytes a second never reaches the transfer timeout (10 s here, a byte every 50 ms).
    void trickle_is_a_stall()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        server.route("/m/tiny.bin").trickleMs = 50;
        DownloadOptions options = fastOptions(10000, 1);
        options.minBytesPerSecond = 1024;
        options.stallWindowMs = 400;
        options.maxTotalRetries = 2;
        ManagerHarness h(options);
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), sha256Hex(model_), "tiny.bin", &id),
                 QString());
        QVERIFY2(h.finished(id, 30000), "the trickle never ended");
        QVERIFY2(h.failures[id].contains("per second"), qPrintable(h.failures[id]));
        QVERIFY(server.requests().size() >= 2); // a stall is retried
    }

    // No Content-Length, no hash, no catalog size, and bytes without end.
    void endless_stream_stops_at_the_cap_and_leaves_nothing()
    {
        TestHttpServer server;
        server.route("/m/endless.bin").body = QByteArray(64 * 1024, 'x');
        server.route("/m/endless.bin").noLength = true;
        server.route("/m/endless.bin").endless = true;
        DownloadOptions options = fastOptions();
        options.maxUnannouncedBytes = 3 * 1024 * 1024;
        ManagerHarness h(options);
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/endless.bin").toString(), "", "endless.bin", &id), QString());
        QVERIFY2(h.finished(id, 30000), "the stream was never stopped");
        QVERIFY2(h.failures[id].contains("without saying how large"), qPrintable(h.failures[id]));
        QVERIFY(server.bytesSent("/m/endless.bin") >= options.maxUnannouncedBytes);
        QVERIFY(noTraceOf(h.modelPath("endless.bin")));
    }

    // Right-to-left override and other invisible characters in a chosen name.
    void invisible_characters_in_a_name_are_refused()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        ManagerHarness h;
        for (const QString& name : {QString::fromUtf8("tiny\u202Egnp.bin"), QString::fromUtf8("a\u200Bb.bin"),
                                    QString::fromUtf8("a\u2028b.bin")}) {
            QString id;
            const QString error = h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), "", name, &id);
            QVERIFY2(!error.isEmpty(), qPrintable(name));
        }
        QVERIFY(server.requests().isEmpty());
        QVERIFY(QDir(h.modelsDir()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(DownloadLimitsTest)
#include "tst_download_limits.moc"

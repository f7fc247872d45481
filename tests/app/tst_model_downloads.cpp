// Downloads against a test server on 127.0.0.1 serving a real tiny model: verified
// completion and registration, resumes after dropped connections (the Range headers
// show no byte is fetched twice), damaged content, 404, silence, pause/resume across a
// restart, servers that ignore Range, cancel, redirects with X-Linked-Etag, mirrors,
// disk space, tokenizers and the two-transfer limit.
#include "download_sidecar.h"
#include "model_test_support.h"
#include "test_http_server.h"
#include "transfer_rate.h"

#include <QDir>
#include <QTest>

using namespace linnet::app;
using namespace linnet::test;

class ModelDownloadsTest : public QObject {
    Q_OBJECT

    QByteArray model_;
    QString sha_;
    QTemporaryDir scratch_;

    QJsonArray installedTokenizers() const
    {
        // The world vocabulary is already in LINNET_TOKENIZER_DIR (../shared/tokenizers).
        return {catalogTokenizer("world", "rwkv_vocab_v20230424.txt", {"https://example.org/rwkv_vocab_v20230424.txt"})};
    }
    // Loads a catalog with one model served at `urls`.
    void useCatalog(ManagerHarness& h, const QStringList& urls, qint64 size, const QString& sha)
    {
        const QString path = writeCatalog(scratch_.filePath(QString("catalog-%1.json").arg(QTest::currentTestFunction())),
                                          {catalogModel("tiny", "tiny.bin", urls, size, sha)}, installedTokenizers());
        QCOMPARE(h.manager->loadCatalog(path, false), QString());
    }
    static QStringList ranges(const QList<TestHttpServer::Request>& requests)
    {
        QStringList out;
        for (const auto& r : requests)
            out << QString::fromLatin1(r.range);
        return out;
    }
    void verifyInstalled(ManagerHarness& h, const QString& id, const QString& file)
    {
        QVERIFY2(h.installed.contains(id), qPrintable(h.failures.value(id)));
        const auto models = h.manager->installedModels();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0].model.id, h.installed[id]);
        QCOMPARE(models[0].model.sha256, sha_);
        QCOMPARE(models[0].model.version, QString("4"));
        QCOMPARE(models[0].model.vocab, 256);
        QCOMPARE(models[0].model.sizeBytes, qint64(model_.size()));
        QVERIFY(models[0].model.inModelsDir);
        QCOMPARE(read_file(h.modelPath(file)), model_);
        QVERIFY(!QFileInfo::exists(h.modelPath(file) + ".part"));
        QVERIFY(!QFileInfo::exists(h.modelPath(file) + ".part.json"));
    }

private slots:
    void initTestCase()
    {
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
        model_ = tinyModel();
        sha_ = sha256Hex(model_);
        QVERIFY(model_.size() > 1000000);
    }

    void clean_download_registers_the_model()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        ManagerHarness h;
        useCatalog(h, {server.url("/m/tiny.bin").toString()}, model_.size(), sha_);
        QStringList ids;
        QCOMPARE(h.manager->download("tiny", &ids), QString());
        QCOMPARE(ids, QStringList{"tiny"}); // the tokenizer is already there
        QVERIFY(h.finished("tiny"));
        verifyInstalled(h, "tiny", "tiny.bin");
        QCOMPARE(h.outcomes["tiny"].checkedBy, QString("catalog"));
        QCOMPARE(h.outcomes["tiny"].sha256, sha_);
        QCOMPARE(ranges(server.requests()), QStringList{""});
        QCOMPARE(h.manager->installedModels()[0].model.catalogId, QString("tiny"));
        QVERIFY(h.manager->status(*h.manager->catalog().model("tiny")).installed);
        QCOMPARE(h.manager->download("tiny"), QString("Test tiny is already installed."));
    }

    void resumes_after_dropped_connections()
    {
        TestHttpServer server;
        auto& route = server.route("/m/tiny.bin");
        route.body = model_;
        route.dropAfter = {200000, 300000, 400000}; // cut three times, then served to the end
        ManagerHarness h;
        useCatalog(h, {server.url("/m/tiny.bin").toString()}, model_.size(), sha_);
        QCOMPARE(h.manager->download("tiny"), QString());
        for (const qint64 at : {200000, 500000, 900000}) {
            QVERIFY(h.fileReaches(h.modelPath("tiny.bin.part"), at));
            QCOMPARE(server.drop(), 1);
        }
        QVERIFY(h.finished("tiny"));
        verifyInstalled(h, "tiny", "tiny.bin");
        // Each request continues exactly where the bytes received so far end.
        QCOMPARE(ranges(server.requests()),
                 (QStringList{"", "bytes=200000-", "bytes=500000-", "bytes=900000-"}));
        QCOMPARE(server.bytesSent("/m/tiny.bin"), qint64(model_.size()));
    }

    void flipped_byte_is_detected_and_nothing_registered()
    {
        TestHttpServer server;
        QByteArray damaged = model_;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x01);
        server.route("/m/tiny.bin").body = damaged;
        ManagerHarness h;
        useCatalog(h, {server.url("/m/tiny.bin").toString()}, model_.size(), sha_);
        QCOMPARE(h.manager->download("tiny"), QString());
        QVERIFY(h.finished("tiny"));
        QVERIFY(h.failures["tiny"].contains("damaged"));
        QVERIFY(h.failures["tiny"].contains(sha_));
        QVERIFY(h.failures["tiny"].contains("deleted"));
        QVERIFY(h.manager->installedModels().isEmpty());
        QVERIFY(noTraceOf(h.modelPath("tiny.bin")));
    }

    void not_found_fails_cleanly()
    {
        TestHttpServer server; // nothing is served: 404
        ManagerHarness h;
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/missing.bin").toString(), "", "", &id), QString());
        QCOMPARE(id, QString("missing.bin"));
        QVERIFY(h.finished(id));
        QVERIFY2(h.failures[id].contains("404"), qPrintable(h.failures[id]));
        QCOMPARE(server.requests().size(), 1); // a 404 is not retried
        QVERIFY(noTraceOf(h.modelPath("missing.bin")));
        QVERIFY(h.manager->installedModels().isEmpty());
        // The failed entry stays listed with its message until dismissed.
        QCOMPARE(h.manager->downloads().find(id)->state, DownloadState::Failed);
        h.manager->downloads().cancel(id);
        QVERIFY(waitUntil([&] { return !h.manager->downloads().find(id); }, 5000));
    }

    void silent_server_times_out_cleanly()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").silent = true;
        ManagerHarness h(fastOptions(300, 1));
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), sha_, "tiny.bin", &id), QString());
        QVERIFY(h.finished(id));
        QVERIFY2(h.failures[id].contains("did not answer"), qPrintable(h.failures[id]));
        QCOMPARE(server.requests().size(), 2); // one attempt and one retry
        QVERIFY(noTraceOf(h.modelPath("tiny.bin")));
    }

    void pause_and_resume()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        server.route("/m/tiny.bin").stallAt = 400000;
        ManagerHarness h;
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), sha_, "tiny.bin", &id), QString());
        QVERIFY(h.fileReaches(h.modelPath("tiny.bin.part"), 400000));
        h.manager->downloads().pause(id);
        QVERIFY(waitUntil([&] { return h.manager->downloads().find(id)->state == DownloadState::Paused; }));
        QCOMPARE(h.manager->downloads().find(id)->progress.received, qint64(400000));
        QVERIFY(QFileInfo::exists(h.modelPath("tiny.bin.part.json")));
        server.release();
        h.manager->downloads().resume(id);
        QVERIFY(h.finished(id));
        verifyInstalled(h, id, "tiny.bin");
        QCOMPARE(ranges(server.requests()), (QStringList{"", "bytes=400000-"}));
        QCOMPARE(h.outcomes[id].resumedFrom, qint64(400000));
        QCOMPARE(h.outcomes[id].checkedBy, QString("user"));
    }

    // Pause, quit, start again: the partial file is found, re-hashed and continued.
    void resume_after_a_restart()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        server.route("/m/tiny.bin").stallAt = 300000;
        ManagerHarness h;
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), sha_, "tiny.bin", &id), QString());
        QVERIFY(h.fileReaches(h.modelPath("tiny.bin.part"), 300000));
        h.manager->downloads().pause(id);
        QVERIFY(waitUntil([&] { return h.manager->downloads().find(id)->state == DownloadState::Paused; }));
        h.stop();
        server.release();

        h.start();
        const DownloadStatus* restored = h.manager->downloads().find(id);
        QVERIFY(restored);
        QCOMPARE(restored->state, DownloadState::Paused);
        QCOMPARE(restored->progress.received, qint64(300000));
        QCOMPARE(restored->spec.expectedSha256, sha_);
        bool hashed = false;
        connect(&h.manager->downloads(), &DownloadQueue::changed, this, [&](const QString& changed) {
            if (const auto* s = h.manager->downloads().find(changed); s && s->state == DownloadState::Hashing)
                hashed = true;
        });
        h.manager->downloads().resume(id);
        QVERIFY(h.finished(id));
        verifyInstalled(h, id, "tiny.bin");
        QVERIFY(hashed);
        QCOMPARE(ranges(server.requests()), (QStringList{"", "bytes=300000-"}));
        QCOMPARE(h.outcomes[id].resumedFrom, qint64(300000));
    }

    // A server that answers a Range request with 200 and the whole file: the file is
    // restarted from zero, never appended to.
    void server_ignoring_range_still_gives_the_right_file()
    {
        TestHttpServer server;
        auto& route = server.route("/m/tiny.bin");
        route.body = model_;
        route.honourRange = false;
        route.dropAfter = {500000};
        ManagerHarness h;
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), sha_, "tiny.bin", &id), QString());
        QVERIFY(h.fileReaches(h.modelPath("tiny.bin.part"), 500000));
        QCOMPARE(server.drop(), 1);
        QVERIFY(h.finished(id));
        verifyInstalled(h, id, "tiny.bin");
        QCOMPARE(ranges(server.requests()), (QStringList{"", "bytes=500000-"}));
        QCOMPARE(server.bytesSent("/m/tiny.bin"), qint64(500000 + model_.size()));
    }

    // A 206 whose Content-Range does not start where the partial file ends is not
    // appended: the file starts again from zero.
    void wrong_content_range_restarts_from_zero()
    {
        TestHttpServer server;
        auto& route = server.route("/m/tiny.bin");
        route.body = model_;
        route.mislabelledRange = true;
        route.dropAfter = {300000};
        ManagerHarness h;
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), sha_, "tiny.bin", &id), QString());
        QVERIFY(h.fileReaches(h.modelPath("tiny.bin.part"), 300000));
        QCOMPARE(server.drop(), 1);
        QVERIFY(h.finished(id));
        verifyInstalled(h, id, "tiny.bin");
        QCOMPARE(ranges(server.requests()), (QStringList{"", "bytes=300000-", ""}));
    }

    // Bytes left by another download under the same name (its sidecar names another
    // file) are never continued.
    void partial_file_of_another_download_is_not_continued()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        ManagerHarness h;
        QDir().mkpath(h.modelsDir());
        DownloadSpec other;
        other.id = "tiny.bin";
        other.name = "tiny.bin";
        other.urls = {"https://example.org/tiny.bin"};
        other.destination = h.modelPath("tiny.bin");
        other.expectedSha256 = QString(64, 'b');
        QCOMPARE(writeSidecar(other), QString());
        write_file(h.modelPath("tiny.bin.part"), QByteArray(250000, 'x'));
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), sha_, "tiny.bin", &id), QString());
        QVERIFY(h.finished(id));
        verifyInstalled(h, id, "tiny.bin");
        QCOMPARE(ranges(server.requests()), QStringList{""});
        QCOMPARE(h.outcomes[id].resumedFrom, qint64(0));
    }

    void speed_and_time_left()
    {
        TransferRate rate(5000);
        rate.add(0, 0);
        QCOMPARE(rate.bytesPerSecond(), 0.0); // one sample says nothing
        rate.add(1000, 1000000);
        rate.add(2000, 2000000);
        QCOMPARE(rate.bytesPerSecond(), 1000000.0);
        QCOMPARE(rate.secondsLeft(2000000, 10000000), qint64(8));
        QCOMPARE(rate.secondsLeft(2000000, -1), qint64(-1));
        rate.add(8000, 2000000); // stalled: the old samples leave the window
        QVERIFY(rate.bytesPerSecond() < 1000000.0);
        rate.add(9000, 100); // restarted from zero
        QCOMPARE(rate.bytesPerSecond(), 0.0);
    }

    void cancel_removes_the_partial_file()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        server.route("/m/tiny.bin").stallAt = 300000;
        ManagerHarness h;
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/m/tiny.bin").toString(), sha_, "tiny.bin", &id), QString());
        QVERIFY(h.fileReaches(h.modelPath("tiny.bin.part"), 300000));
        h.manager->downloads().cancel(id);
        QVERIFY(waitUntil([&] { return !h.manager->downloads().find(id); }));
        QVERIFY(h.outcomes[id].cancelled);
        QVERIFY(noTraceOf(h.modelPath("tiny.bin")));
        QVERIFY(h.manager->installedModels().isEmpty());
        QVERIFY(!h.failures.contains(id));
    }

    // Hugging Face answers /resolve/ with a redirect to its CDN that names the file's
    // SHA-256 (X-Linked-Etag): without a hash of its own the download is checked by it.
    void redirect_with_linked_etag()
    {
        TestHttpServer server;
        auto& resolve = server.route("/resolve/tiny.bin");
        resolve.redirectTo = server.url("/cdn/tiny.bin").toEncoded();
        resolve.headers = {{"X-Linked-Etag", "\"" + sha_.toLatin1() + "\""},
                           {"X-Linked-Size", QByteArray::number(model_.size())}};
        server.route("/cdn/tiny.bin").body = model_;
        ManagerHarness h;
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/resolve/tiny.bin").toString(), "", "", &id), QString());
        QVERIFY(h.finished(id));
        verifyInstalled(h, id, "tiny.bin");
        QCOMPARE(h.outcomes[id].checkedBy, QString("x-linked-etag"));

        // The same redirect in front of damaged bytes: caught by the server's hash.
        QByteArray damaged = model_;
        damaged[100] = char(damaged[100] ^ 0x40);
        server.route("/cdn/tiny.bin").body = damaged;
        QCOMPARE(h.manager->downloadUrl(server.url("/resolve/tiny.bin").toString(), "", "other.bin", &id), QString());
        QVERIFY(h.finished(id));
        QVERIFY2(h.failures[id].contains("damaged"), qPrintable(h.failures[id]));
        QVERIFY(noTraceOf(h.modelPath("other.bin")));
    }

    // A catalog entry names its size and SHA-256; a redirect whose X-Linked-Size or
    // X-Linked-Etag says otherwise points at another file, which is not fetched at all.
    void linked_headers_contradicting_the_catalog_are_refused()
    {
        const QString other_sha = QString(64, QChar('a'));
        const struct {
            QByteArray etag, size;
            const char* says;
        } cases[] = {
            {"\"" + other_sha.toLatin1() + "\"", QByteArray::number(model_.size()), "different file"},
            {"\"" + sha_.toLatin1() + "\"", QByteArray::number(model_.size() + 1), "bytes were expected"},
        };
        for (const auto& c : cases) {
            TestHttpServer server;
            auto& resolve = server.route("/resolve/tiny.bin");
            resolve.redirectTo = server.url("/cdn/tiny.bin").toEncoded();
            resolve.headers = {{"X-Linked-Etag", c.etag}, {"X-Linked-Size", c.size}};
            server.route("/cdn/tiny.bin").body = model_;
            ManagerHarness h;
            useCatalog(h, {server.url("/resolve/tiny.bin").toString()}, model_.size(), sha_);
            QCOMPARE(h.manager->download("tiny"), QString());
            QVERIFY(h.finished("tiny"));
            QVERIFY2(h.failures["tiny"].contains(c.says), qPrintable(h.failures["tiny"]));
            QVERIFY(server.requestsFor("/cdn/tiny.bin").isEmpty());
            QVERIFY(noTraceOf(h.modelPath("tiny.bin")));
            QVERIFY(h.manager->installedModels().isEmpty());
        }
    }

    void redirect_to_plain_http_elsewhere_is_refused()
    {
        TestHttpServer server;
        server.route("/resolve/tiny.bin").redirectTo = "http://example.com/tiny.bin";
        ManagerHarness h;
        QString id;
        QCOMPARE(h.manager->downloadUrl(server.url("/resolve/tiny.bin").toString(), sha_, "tiny.bin", &id), QString());
        QVERIFY(h.finished(id));
        QVERIFY2(h.failures[id].contains("HTTPS"), qPrintable(h.failures[id]));
        QVERIFY(noTraceOf(h.modelPath("tiny.bin")));
        QVERIFY(h.manager->downloadUrl("http://example.com/tiny.bin", "", "", &id).contains("HTTPS"));
    }

    void mirror_is_used_when_the_primary_fails()
    {
        TestHttpServer server;
        server.route("/primary/tiny.bin").status = 503; // retried, then given up
        server.route("/mirror/tiny.bin").body = model_;
        ManagerHarness h;
        useCatalog(h, {server.url("/primary/tiny.bin").toString(), server.url("/mirror/tiny.bin").toString()},
                   model_.size(), sha_);
        QCOMPARE(h.manager->download("tiny"), QString());
        QVERIFY(h.finished("tiny"));
        verifyInstalled(h, "tiny", "tiny.bin");
        QCOMPARE(server.requestsFor("/primary/tiny.bin").size(), 1 + h.options.maxRetries);
        QCOMPARE(server.requestsFor("/mirror/tiny.bin").size(), 1);
    }

    void not_enough_disk_space_is_said_before_any_transfer()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        ManagerHarness h;
        useCatalog(h, {server.url("/m/tiny.bin").toString()}, 1000000000000000LL, sha_); // 1 PB
        QCOMPARE(h.manager->download("tiny"), QString());
        QVERIFY(h.finished("tiny"));
        QVERIFY2(h.failures["tiny"].contains("Not enough disk space"), qPrintable(h.failures["tiny"]));
        QVERIFY(server.requests().isEmpty());
        QVERIFY(noTraceOf(h.modelPath("tiny.bin")));
    }

    void tokenizer_comes_with_the_first_model_that_needs_it()
    {
        const QString tokenizers = scratch_.filePath("tokenizers");
        qputenv("LINNET_TOKENIZER_DIR", tokenizers.toUtf8());
        const QByteArray vocab = read_file(shared_path("tokenizers/rwkv_vocab_v20230424.txt"));
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        server.route("/m/other.bin").body = model_;
        server.route("/t/rwkv_vocab_v20230424.txt").body = vocab;
        ManagerHarness h;
        const QString catalog = writeCatalog(
            scratch_.filePath("catalog-tokenizer.json"),
            {catalogModel("tiny", "tiny.bin", {server.url("/m/tiny.bin").toString()}, model_.size(), sha_),
             catalogModel("other", "other.bin", {server.url("/m/other.bin").toString()}, model_.size(), sha_)},
            {catalogTokenizer("world", "rwkv_vocab_v20230424.txt", {server.url("/t/rwkv_vocab_v20230424.txt").toString()},
                              vocab.size(), sha256Hex(vocab))});
        QCOMPARE(h.manager->loadCatalog(catalog, false), QString());
        QStringList ids;
        QCOMPARE(h.manager->download("tiny", &ids), QString());
        QCOMPARE(ids, (QStringList{"tokenizer:world", "tiny"}));
        QVERIFY(h.finished("tokenizer:world"));
        QVERIFY(h.finished("tiny"));
        QCOMPARE(h.installed["tokenizer:world"], qint64(0));
        QCOMPARE(read_file(tokenizers + "/rwkv_vocab_v20230424.txt"), vocab);
        QVERIFY(h.manager->isTokenizerInstalled(*h.manager->catalog().tokenizer("world")));
        // The next model of the same family finds it there.
        QCOMPARE(h.manager->download("other", &ids), QString());
        QCOMPARE(ids, QStringList{"other"});
        QVERIFY(h.finished("other"));
        QCOMPARE(server.requestsFor("/t/rwkv_vocab_v20230424.txt").size(), 1);
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
    }

    void at_most_two_transfers_at_once()
    {
        TestHttpServer server;
        for (const char* path : {"/a.bin", "/b.bin", "/c.bin"}) {
            server.route(path).body = model_;
            server.route(path).stallAt = 100000;
        }
        ManagerHarness h;
        for (const char* name : {"a.bin", "b.bin", "c.bin"})
            QCOMPARE(h.manager->downloadUrl(server.url(QString("/") + name).toString(), sha_, name), QString());
        QVERIFY(h.fileReaches(h.modelPath("a.bin.part"), 100000));
        QVERIFY(h.fileReaches(h.modelPath("b.bin.part"), 100000));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(h.manager->downloads().activeCount(), 2);
        QCOMPARE(h.manager->downloads().find("c.bin")->state, DownloadState::Queued);
        QVERIFY(!QFileInfo::exists(h.modelPath("c.bin.part")));
        server.release();
        for (const char* name : {"a.bin", "b.bin", "c.bin"}) {
            QVERIFY(h.finished(name));
            QVERIFY2(h.installed.contains(name), qPrintable(h.failures.value(name)));
        }
        QCOMPARE(h.manager->installedModels().size(), 3);
        QCOMPARE(h.manager->diskUsage(), 3 * qint64(model_.size()));
    }
};

QTEST_GUILESS_MAIN(ModelDownloadsTest)
#include "tst_model_downloads.moc"

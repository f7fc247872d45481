// `linnet-cli models`, run as a separate process against the test server: download,
// list and remove; a download killed (SIGKILL) in the middle and started again continues
// from its partial file; import refusals; the catalog.
#include "model_test_support.h"
#include "settings_store.h"
#include "test_http_server.h"

#include <QProcess>
#include <QTest>

using namespace linnet::test;

namespace {

struct Run {
    int status = -1;
    QJsonObject json;
    QString err;
};

// Starts linnet-cli without blocking this thread: the test server lives on it.
std::unique_ptr<QProcess> startCli(const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    p->start(QStringLiteral(LINNET_CLI), args);
    if (!p->waitForStarted())
        qFatal("linnet-cli did not start");
    return p;
}

Run finish(QProcess& p)
{
    if (!waitUntil([&] { return p.state() == QProcess::NotRunning; }, 60000))
        qFatal("linnet-cli did not finish");
    Run r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run cli(const QStringList& args)
{
    auto p = startCli(args);
    return finish(*p);
}

} // namespace

class ModelCliTest : public QObject {
    Q_OBJECT

    QByteArray model_;
    QString sha_;

private slots:
    void initTestCase()
    {
        qputenv("LINNET_TOKENIZER_DIR", shared_path("tokenizers").toUtf8());
        model_ = tinyModel();
        sha_ = sha256Hex(model_);
    }

    void download_list_remove()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        QTemporaryDir data;
        const Run d = cli({"models", "download", "--url", server.url("/m/tiny.bin").toString(), "--sha256", sha_,
                           "--name", "tiny.bin", "--data-dir", data.path()});
        QVERIFY2(d.status == 0, qPrintable(d.err));
        const QJsonObject result = d.json["downloads"].toArray()[0].toObject();
        QCOMPARE(result["sha256"].toString(), sha_);
        QCOMPARE(result["checked_by"].toString(), QString("user"));
        QVERIFY(result["model_id"].toInteger() > 0);
        QVERIFY(d.err.contains("[tiny.bin] installed"));

        const Run list = cli({"models", "list", "--data-dir", data.path()});
        QCOMPARE(list.status, 0);
        const QJsonArray models = list.json["models"].toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0]["sha256"].toString(), sha_);
        QCOMPARE(models[0]["version"].toString(), QString("4"));
        QCOMPARE(models[0]["disk_bytes"].toInteger(), qint64(model_.size()));
        QCOMPARE(list.json["total_disk_bytes"].toInteger(), qint64(model_.size()));
        const QString path = models[0]["path"].toString();
        QCOMPARE(read_file(path), model_);

        const Run removed = cli({"models", "remove", QString::number(models[0]["id"].toInteger()), "--data-dir",
                                 data.path()});
        QCOMPARE(removed.status, 0);
        QVERIFY(removed.json["file_deleted"].toBool());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(cli({"models", "list", "--data-dir", data.path()}).json["models"].toArray().isEmpty());
    }

    // The process is killed mid-transfer; started again it finds the partial file,
    // re-hashes it and asks only for the rest.
    void killed_download_resumes_after_a_restart()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        server.route("/m/tiny.bin").stallAt = 600000;
        QTemporaryDir data;
        const QStringList args = {"models", "download", "--url", server.url("/m/tiny.bin").toString(), "--sha256",
                                  sha_, "--name", "tiny.bin", "--data-dir", data.path()};
        auto first = startCli(args);
        const QString part = data.filePath("models/tiny.bin.part");
        QVERIFY(waitUntil([&] { return QFileInfo(part).size() == 600000; }));
        first->kill(); // SIGKILL: no chance to clean up
        QVERIFY(waitUntil([&] { return first->state() == QProcess::NotRunning; }));
        QCOMPARE(first->exitStatus(), QProcess::CrashExit);
        QCOMPARE(QFileInfo(part).size(), 600000);
        QVERIFY(QFileInfo::exists(data.filePath("models/tiny.bin.part.json")));

        // The partial download is listed as paused.
        const Run list = cli({"models", "list", "--data-dir", data.path()});
        const QJsonObject pending = list.json["downloads"].toArray()[0].toObject();
        QCOMPARE(pending["state"].toString(), QString("paused"));
        QCOMPARE(pending["received"].toInteger(), 600000);

        server.release();
        const Run second = cli(args);
        QVERIFY2(second.status == 0, qPrintable(second.err));
        const QJsonObject result = second.json["downloads"].toArray()[0].toObject();
        QCOMPARE(result["resumed_from"].toInteger(), 600000);
        QCOMPARE(result["sha256"].toString(), sha_);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[0].range, QByteArray());
        QCOMPARE(server.requests()[1].range, QByteArray("bytes=600000-"));
        QCOMPARE(server.requests()[1].sent, qint64(model_.size() - 600000));
        QCOMPARE(read_file(data.filePath("models/tiny.bin")), model_);
        QVERIFY(!QFileInfo::exists(part));
    }

    void failed_download_says_why()
    {
        TestHttpServer server;
        server.route("/m/tiny.bin").body = model_;
        QTemporaryDir data;
        const Run r = cli({"models", "download", "--url", server.url("/m/tiny.bin").toString(), "--sha256",
                           QString(64, '0'), "--name", "tiny.bin", "--data-dir", data.path()});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("damaged"), qPrintable(r.err));
        QVERIFY(noTraceOf(data.filePath("models/tiny.bin")));
        QCOMPARE(cli({"models", "download", "no-such-model", "--data-dir", data.path()}).status, 1);
    }

    void import_is_refused_with_a_message()
    {
        QTemporaryDir data;
        const QString notes = data.filePath("notes.bin");
        write_file(notes, "not a model\n");
        const Run r = cli({"models", "import", notes, "--copy", "--data-dir", data.path()});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("not a model file Linnet can read"), qPrintable(r.err));
        const Run ok = cli({"models", "import", tinyModelPath(), "--data-dir", data.path()});
        QVERIFY2(ok.status == 0, qPrintable(ok.err));
        QCOMPARE(ok.json["model"].toObject()["path"].toString(), tinyModelPath());
        QCOMPARE(ok.json["model"].toObject()["in_models_dir"].toBool(), false);
    }

    // A script's unset variable gives an empty or blank key: it must match no model, not
    // the empty catalog id every imported model has.
    void blank_key_removes_nothing()
    {
        QTemporaryDir data;
        const Run imported = cli({"models", "import", tinyModelPath(), "--copy", "--data-dir", data.path()});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        const QString copy = imported.json["model"].toObject()["path"].toString();
        QVERIFY(QFileInfo::exists(copy));
        for (const QString& key : {QString(), QString("  "), QString("\t")}) {
            const Run r = cli({"models", "remove", key, "--data-dir", data.path()});
            QCOMPARE(r.status, 1);
            QVERIFY2(r.err.contains("empty id matches no model"), qPrintable(r.err));
        }
        QVERIFY(QFileInfo::exists(copy));
        QCOMPARE(cli({"models", "list", "--data-dir", data.path()}).json["models"].toArray().size(), 1);
    }

    void catalog_lists_the_built_in_models()
    {
        QTemporaryDir data;
        const Run r = cli({"models", "catalog", "--data-dir", data.path()});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json["source"].toString(), QString("built-in"));
        const QJsonArray models = r.json["models"].toArray();
        QVERIFY(models.size() >= 30);
        for (const auto& entry : models) {
            const QJsonObject m = entry.toObject();
            QVERIFY(!m["installed"].toBool());
            QVERIFY(m["fits"].toObject().contains("bf16"));
            QVERIFY(!m["description"].toObject()["zh"].toString().isEmpty());
        }
        QVERIFY(r.json["total_memory_bytes"].toInteger() > 0);

        const QString bad = data.filePath("bad.json");
        write_file(bad, "{\"format\": 1, \"models\": [{\"id\": \"x\"}]}");
        const Run refused = cli({"models", "catalog", "--catalog", bad, "--data-dir", data.path()});
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.json["source"].toString(), QString("built-in"));
        QVERIFY(refused.json["catalog_error"].toString().contains("not valid"));
        QCOMPARE(refused.json["models"].toArray().size(), models.size());
    }

    // Speed estimates as the window gives them: the read test kept in the data folder
    // (taken by the first call), corrected by the speeds Linnet measured here; the
    // suggestion follows the corrected speeds, and --read-test takes a new test.
    void catalog_estimates_follow_the_kept_read_test_and_corrections()
    {
        QTemporaryDir data;
        const Run first = cli({"models", "catalog", "--data-dir", data.path()});
        QCOMPARE(first.status, 0);
        QVERIFY(first.json["read_bytes_per_s"].toDouble() > 0);
        const auto keep = [&](const QJsonArray& corrections) {
            linnet::app::Database db(linnet::app::DataLocation(data.path()).databasePath());
            linnet::app::SettingsStore settings(db);
            settings.setValue("memory_read_bytes_per_s", 20e9);
            settings.setValue("speed_corrections", corrections);
        };
        keep({});
        const Run plain = cli({"models", "catalog", "--data-dir", data.path()});
        QCOMPARE(plain.json["read_bytes_per_s"].toDouble(), 20e9);
        // One generation of a 2.9B model in 4 bits at a quarter of its estimate: the only
        // ratio kept, so every size's correction until others are measured.
        keep({QJsonObject{{"parameters", 2.9e9}, {"precision", "bf16i4"}, {"ratio", 0.25}}});
        const Run corrected = cli({"models", "catalog", "--data-dir", data.path()});
        const QJsonArray before = plain.json["models"].toArray(), after = corrected.json["models"].toArray();
        QCOMPARE(after.size(), before.size());
        QHash<QString, double> speed;
        for (int i = 0; i < after.size(); ++i) {
            const QJsonObject p = before[i].toObject()["estimate"].toObject();
            const QJsonObject c = after[i].toObject()["estimate"].toObject();
            const double bound = p["read_test_tokens_per_s"].toDouble();
            QVERIFY(bound > 0);
            QCOMPARE(p["correction"].toDouble(), 1.0);
            QCOMPARE(p["tokens_per_s"].toDouble(), bound);
            QCOMPARE(c["read_test_tokens_per_s"].toDouble(), bound);
            QCOMPARE(c["correction"].toDouble(), 0.25);
            QVERIFY2(qAbs(c["tokens_per_s"].toDouble() - bound * 0.25) <= 0.1, qPrintable(after[i].toObject()["id"].toString()));
            speed[after[i].toObject()["id"].toString()] = c["tokens_per_s"].toDouble();
        }
        const QString was = plain.json["suggested"].toString(), now = corrected.json["suggested"].toString();
        QVERIFY(!was.isEmpty() && !now.isEmpty());
        QVERIFY2(was != now, qPrintable(was));
        QVERIFY2(speed[now] >= 10 && speed[was] < 10, qPrintable(now));

        const Run measured = cli({"models", "catalog", "--read-test", "--data-dir", data.path()});
        QCOMPARE(measured.status, 0);
        QVERIFY(measured.json["read_bytes_per_s"].toDouble() > 0);
        QVERIFY(measured.json["read_bytes_per_s"].toDouble() != 20e9);
    }
};

QTEST_GUILESS_MAIN(ModelCliTest)
#include "tst_model_cli.moc"

// Shared set-up for the model manager tests: a data folder with its database and a
// ModelManager, the signals it sent, catalogs pointing at the test server, and the
// tiny real model from ../shared.
#pragma once

#include "data_location.h"
#include "database.h"
#include "model_manager.h"
#include "test_data.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace linnet::test {

// Runs the event loop until `done` (checked every few ms) or the timeout; unlike
// QTest::qWaitFor it never sleeps, so the test server answers at full speed.
inline bool waitUntil(const std::function<bool()>& done, int timeout_ms = 20000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeout_ms)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    return done();
}

inline QString tinyModelPath()
{
    return shared_path("models/tiny/tiny-rwkv-4v0-660K-FP16.bin");
}

inline QByteArray tinyModel()
{
    return read_file(tinyModelPath());
}

inline QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Fast retries and timeouts: the test server is on this machine.
inline app::DownloadOptions fastOptions(int timeout_ms = 10000, int retries = 3)
{
    app::DownloadOptions o;
    o.transferTimeoutMs = timeout_ms;
    o.maxRetries = retries;
    o.backoffMs = 10;
    o.maxBackoffMs = 50;
    return o;
}

// A data folder, its database and a ModelManager that can be restarted, with a record
// of what the manager reported.
struct ManagerHarness {
    explicit ManagerHarness(const app::DownloadOptions& options = fastOptions()) : options(options)
    {
        start();
    }

    void start()
    {
        manager.reset();
        db = std::make_unique<app::Database>(app::DataLocation(dir.path()).databasePath());
        manager = std::make_unique<app::ModelManager>(*db, app::DataLocation(dir.path()), options);
        QObject::connect(manager.get(), &app::ModelManager::downloadInstalled,
                         [this](const QString& id, qint64 model) { installed[id] = model; });
        QObject::connect(manager.get(), &app::ModelManager::downloadFailed,
                         [this](const QString& id, const QString& message) { failures[id] = message; });
        QObject::connect(&manager->downloads(), &app::DownloadQueue::finished,
                         [this](const QString& id, const app::DownloadOutcome& o, const app::DownloadSpec&) {
                             outcomes[id] = o;
                         });
        QObject::connect(manager.get(), &app::ModelManager::importFinished,
                         [this](const QString& id, qint64 model, const QString& error) {
                             imports[id] = {model, error};
                         });
    }
    // Stops the manager as an application exit would (partial files stay).
    void stop()
    {
        manager.reset();
        db.reset();
    }

    // Waits until the download ends; false on timeout.
    bool finished(const QString& id, int timeout_ms = 20000)
    {
        return waitUntil([&] { return installed.contains(id) || failures.contains(id); }, timeout_ms);
    }
    bool fileReaches(const QString& path, qint64 size, int timeout_ms = 20000)
    {
        return waitUntil([&] { return QFileInfo(path).size() == size; }, timeout_ms);
    }
    // The import's (model id, error) once it ended.
    std::pair<qint64, QString> importResult(const QString& request, int timeout_ms = 20000)
    {
        if (!waitUntil([&] { return imports.contains(request); }, timeout_ms))
            return {0, "timeout"};
        return imports[request];
    }
    QString modelsDir() const { return manager->modelsDir(); }
    QString modelPath(const QString& file) const { return modelsDir() + "/" + file; }

    QTemporaryDir dir;
    app::DownloadOptions options;
    std::unique_ptr<app::Database> db;
    std::unique_ptr<app::ModelManager> manager;
    QHash<QString, qint64> installed;
    QHash<QString, QString> failures;
    QHash<QString, app::DownloadOutcome> outcomes;
    QHash<QString, std::pair<qint64, QString>> imports;
};

// No trace of a download of `path`: no file, no partial file, no sidecar.
inline bool noTraceOf(const QString& path)
{
    return !QFileInfo::exists(path) && !QFileInfo::exists(path + ".part") && !QFileInfo::exists(path + ".part.json");
}

// A catalog entry in the JSON form of resources/catalog.json.
inline QJsonObject catalogModel(const QString& id, const QString& file, const QStringList& urls, qint64 size,
                                const QString& sha256, const QString& tokenizer = "world")
{
    QJsonObject o{{"id", id},
                  {"name", "Test " + id},
                  {"version", "4"},
                  {"parameters", 660000},
                  {"file", file},
                  {"urls", QJsonArray::fromStringList(urls)},
                  {"tokenizer", tokenizer},
                  {"context_length", 1024},
                  {"license", "Apache-2.0"},
                  {"description", QJsonObject{{"en", "A tiny test model."}}}};
    if (size > 0)
        o["size"] = size;
    if (!sha256.isEmpty())
        o["sha256"] = sha256;
    return o;
}

inline QJsonObject catalogTokenizer(const QString& id, const QString& file, const QStringList& urls, qint64 size = 0,
                                    const QString& sha256 = {})
{
    QJsonObject o{{"id", id}, {"name", id + " tokenizer"}, {"file", file}, {"vocab", 65536},
                  {"urls", QJsonArray::fromStringList(urls)}};
    if (size > 0)
        o["size"] = size;
    if (!sha256.isEmpty())
        o["sha256"] = sha256;
    return o;
}

inline QString writeCatalog(const QString& path, const QJsonArray& models, const QJsonArray& tokenizers)
{
    write_file(path, QJsonDocument(QJsonObject{{"format", 1}, {"models", models}, {"tokenizers", tokenizers}}).toJson());
    return path;
}

} // namespace linnet::test

// linnet-cli models: the model manager from the command line. One JSON object on
// stdout; download progress as lines on stderr.
#include "command.h"
#include "data_location.h"
#include "model_manager.h"
#include "options.h"
#include "speed_estimate.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <cstdio>
#include <thread>

namespace linnet::cli {

namespace {

using namespace linnet::app;

QJsonObject toJson(const RegisteredModel& m)
{
    return {{"id", m.id},
            {"name", m.name},
            {"path", m.path},
            {"catalog_id", m.catalogId},
            {"format", m.format},
            {"version", m.version},
            {"parameters", m.parameters},
            {"vocab", m.vocab},
            {"size_bytes", m.sizeBytes},
            {"sha256", m.sha256},
            {"in_models_dir", m.inModelsDir},
            {"added_ms", m.addedAt}};
}

QJsonObject toJson(const LocalizedText& t)
{
    return {{"en", t.en}, {"vi", t.vi}, {"zh", t.zh}};
}

QJsonObject toJson(const CatalogModel& m, const CatalogEntryStatus& s)
{
    QJsonObject o{{"id", m.id},
                  {"name", m.name},
                  {"family", m.family},
                  {"version", m.version},
                  {"parameters", m.parameters},
                  {"file", m.file},
                  {"urls", QJsonArray::fromStringList(m.urls)},
                  {"tokenizer", m.tokenizer},
                  {"chat_template", m.chatTemplate},
                  {"context_length", m.contextLength},
                  {"license", m.license},
                  {"ram_mb", QJsonObject{{"fp32", m.ram.fp32}, {"bf16", m.ram.bf16}, {"int8", m.ram.int8}}},
                  {"description", toJson(m.description)},
                  {"installed", s.installed},
                  {"model_id", s.modelId},
                  {"fits", QJsonObject{{"fp32", s.fitsFp32}, {"bf16", s.fitsBf16}, {"int8", s.fitsInt8}}},
                  {"best_precision", s.bestPrecision},
                  {"downloading", s.downloading}};
    if (m.size > 0)
        o["size"] = m.size;
    if (!m.sha256.isEmpty())
        o["sha256"] = m.sha256;
    return o;
}

QJsonObject toJson(const DownloadStatus& s)
{
    return {{"id", s.spec.id},
            {"name", s.spec.name},
            {"file", s.spec.destination},
            {"state", downloadStateName(s.state)},
            {"received", s.progress.received},
            {"expected_size", s.spec.expectedSize},
            {"message", s.message}};
}

bool isAddress(const QString& source)
{
    return source.startsWith("https://", Qt::CaseInsensitive) || source.startsWith("http://", Qt::CaseInsensitive);
}

// Loads the catalog given with --catalog, waiting for an address to answer. A bad
// catalog leaves the current one in use; the message is returned.
QString loadCatalog(ModelManager& manager, const QString& source, bool remember)
{
    QString error = manager.loadCatalog(source, remember);
    if (error.isEmpty() && isAddress(source)) {
        QEventLoop loop;
        QObject::connect(&manager, &ModelManager::catalogChanged, &loop, &QEventLoop::quit);
        QObject::connect(&manager, &ModelManager::catalogRejected, &loop, [&](const QString& message) {
            error = message;
            loop.quit();
        });
        loop.exec();
    }
    if (!error.isEmpty())
        std::fprintf(stderr, "linnet-cli models: %s (using the catalog from %s)\n", qPrintable(error),
                     manager.catalogSource().isEmpty() ? "Linnet" : qPrintable(manager.catalogSource()));
    return error;
}

QJsonObject list(ModelManager& manager)
{
    QJsonArray models;
    for (const InstalledModel& m : manager.installedModels()) {
        QJsonObject o = toJson(m.model);
        o["file_exists"] = m.fileExists;
        o["disk_bytes"] = m.diskBytes;
        models.append(o);
    }
    QJsonArray downloads;
    for (const QString& id : manager.downloads().ids())
        downloads.append(toJson(*manager.downloads().find(id)));
    return {{"models_dir", manager.modelsDir()},
            {"tokenizer_dir", manager.tokenizerDir()},
            {"models", models},
            {"total_disk_bytes", manager.diskUsage()},
            {"downloads", downloads}};
}

// How fast each model would write here at its default precision, as the window says it:
// the read test of this machine's memory kept in the settings (taken now when there is
// none yet, or when asked), corrected by what Linnet measured of its own replies here
// (speed_calibration.h).
SpeedCalibration& calibrated(ModelManager& manager, bool read_test)
{
    SpeedCalibration& speed = manager.speed();
    if (read_test || !speed.known()) {
        const MachineSpeed measured = measureReadSpeeds(int(std::thread::hardware_concurrency()));
        speed.setReadSpeed(measured.read_bytes_per_s, measured.small_reads);
    }
    return speed;
}

double tenths(double v)
{
    return std::round(v * 10) / 10;
}

QJsonObject estimateJson(const ModelCatalog& catalog, const CatalogModel& m, const SpeedCalibration& speed)
{
    const WeightPrecision p = defaultPrecision(m.version);
    const double bound = estimatedTokensPerSecond(m, catalogVocab(catalog, m.tokenizer), p, speed.machine());
    const double correction = speed.corrections().factor(m.parameters, p);
    return {{"precision", precisionName(p)},
            {"tokens_per_s", tenths(bound * correction)},
            {"read_test_tokens_per_s", tenths(bound)},
            {"correction", correction},
            {"memory_bytes", estimatedMemory(m, p)}};
}

QJsonObject catalog(ModelManager& manager, const QString& catalog_error, bool read_test)
{
    const SpeedCalibration& speed = calibrated(manager, read_test);
    QJsonArray models;
    for (const CatalogModel& m : manager.catalog().models()) {
        QJsonObject o = toJson(m, manager.status(m));
        o["estimate"] = estimateJson(manager.catalog(), m, speed);
        models.append(o);
    }
    QJsonArray tokenizers;
    for (const CatalogTokenizer& t : manager.catalog().tokenizers()) {
        QJsonObject o{{"id", t.id},
                      {"name", t.name},
                      {"file", t.file},
                      {"vocab", t.vocab},
                      {"urls", QJsonArray::fromStringList(t.urls)},
                      {"description", toJson(t.description)},
                      {"installed", manager.isTokenizerInstalled(t)}};
        if (t.size > 0)
            o["size"] = t.size;
        if (!t.sha256.isEmpty())
            o["sha256"] = t.sha256;
        tokenizers.append(o);
    }
    QJsonObject out{{"source", manager.catalogSource().isEmpty() ? QString("built-in") : manager.catalogSource()},
                    {"updated", manager.catalog().updated()},
                    {"total_memory_bytes", manager.totalMemory()},
                    {"read_bytes_per_s", qint64(speed.machine().read_bytes_per_s)},
                    {"small_reads", smallReadsJson(speed.machine().small_reads)},
                    {"suggested", speed.recommended(manager.catalog())},
                    {"models", models},
                    {"tokenizers", tokenizers}};
    if (!catalog_error.isEmpty())
        out["catalog_error"] = catalog_error;
    return out;
}

// A progress line on stderr when the state changes, at most one a second otherwise.
class ProgressPrinter {
public:
    void print(const DownloadStatus& s)
    {
        Line& line = lines_[s.spec.id];
        if (line.state == s.state && line.clock.isValid() && line.clock.elapsed() < 1000)
            return;
        const bool state_changed = line.state != s.state;
        line.state = s.state;
        line.clock.start();
        const QLocale locale = QLocale::c();
        QString text = QString("[%1] %2").arg(s.spec.id, downloadStateName(s.state));
        if (s.state == DownloadState::Downloading || s.state == DownloadState::Paused) {
            text += " " + locale.formattedDataSize(s.progress.received);
            if (s.progress.total > 0)
                text += QString(" of %1 (%2%)")
                            .arg(locale.formattedDataSize(s.progress.total))
                            .arg(100.0 * double(s.progress.received) / double(s.progress.total), 0, 'f', 1);
            if (s.progress.bytesPerSecond > 0)
                text += QString(", %1/s").arg(locale.formattedDataSize(qint64(s.progress.bytesPerSecond)));
            if (s.progress.secondsLeft >= 0)
                text += QString(", %1 s left").arg(s.progress.secondsLeft);
        }
        if (state_changed && !s.message.isEmpty())
            text += ": " + s.message;
        std::fprintf(stderr, "%s\n", qPrintable(text));
    }

private:
    struct Line {
        DownloadState state = DownloadState::Queued;
        QElapsedTimer clock;
    };
    QHash<QString, Line> lines_;
};

// Runs the queued transfers to their end; throws Failure when one fails.
QJsonObject waitForDownloads(ModelManager& manager, const QStringList& ids)
{
    QSet<QString> pending(ids.begin(), ids.end());
    QHash<QString, QJsonObject> results;
    QStringList failures;
    ProgressPrinter printer;
    QEventLoop loop;
    DownloadQueue& queue = manager.downloads();
    QObject::connect(&queue, &DownloadQueue::changed, &loop, [&](const QString& id) {
        if (const DownloadStatus* s = queue.find(id))
            printer.print(*s);
    });
    QObject::connect(&queue, &DownloadQueue::finished, &loop,
                     [&](const QString& id, const DownloadOutcome& o, const DownloadSpec&) {
                         results[id] = QJsonObject{{"id", id},
                                                   {"path", o.path},
                                                   {"sha256", o.sha256},
                                                   {"checked_by", o.checkedBy},
                                                   {"size", o.size},
                                                   {"resumed_from", o.resumedFrom}};
                     });
    auto done = [&](const QString& id) {
        pending.remove(id);
        if (pending.isEmpty())
            loop.quit();
    };
    QObject::connect(&manager, &ModelManager::downloadInstalled, &loop, [&](const QString& id, qint64 model_id) {
        results[id]["model_id"] = model_id;
        std::fprintf(stderr, "[%s] installed\n", qPrintable(id));
        done(id);
    });
    QObject::connect(&manager, &ModelManager::downloadFailed, &loop, [&](const QString& id, const QString& message) {
        failures << QString("%1: %2").arg(id, message);
        done(id);
    });
    for (const QString& id : ids)
        if (const DownloadStatus* s = queue.find(id))
            printer.print(*s);
    loop.exec();
    if (!failures.isEmpty())
        throw Failure(failures.join("\n").toStdString());
    QJsonArray out;
    for (const QString& id : ids)
        out.append(results.value(id));
    return {{"downloads", out}};
}

QJsonObject download(ModelManager& manager, const QCommandLineParser& p, const QStringList& args)
{
    QStringList ids;
    QString error;
    if (p.isSet("url")) {
        QString id;
        error = manager.downloadUrl(p.value("url"), p.value("sha256"), p.value("name"), &id);
        ids << id;
    } else if (args.size() == 2) {
        error = manager.download(args[1], &ids);
    } else {
        throw Failure("download needs a catalog id (see 'linnet-cli models catalog') or --url URL");
    }
    if (!error.isEmpty())
        throw Failure(error.toStdString());
    return waitForDownloads(manager, ids);
}

QJsonObject importModel(ModelManager& manager, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 2)
        throw Failure("import needs the path of a model file");
    QString request;
    if (const QString error = manager.importModel(args[1], p.isSet("copy"), &request); !error.isEmpty())
        throw Failure(error.toStdString());
    QEventLoop loop;
    qint64 model_id = 0;
    QString error;
    QObject::connect(&manager, &ModelManager::importFinished, &loop,
                     [&](const QString& id, qint64 model, const QString& message) {
                         if (id != request)
                             return;
                         model_id = model;
                         error = message;
                         loop.quit();
                     });
    loop.exec();
    if (!error.isEmpty())
        throw Failure(error.toStdString());
    for (const InstalledModel& m : manager.installedModels())
        if (m.model.id == model_id)
            return {{"model", toJson(m.model)}};
    throw Failure("the imported model is missing from the library");
}

QJsonObject removeModel(ModelManager& manager, const QStringList& args)
{
    if (args.size() != 2)
        throw Failure("remove needs a model id (see 'linnet-cli models list')");
    // A blank key (a script's unset variable) must match nothing: imported models have
    // an empty catalog id, and an empty key would otherwise pick the first of them.
    const QString key = args[1].trimmed();
    if (key.isEmpty())
        throw Failure("remove needs a model id; an empty id matches no model");
    const auto same = [&key](const QString& field) { return !field.isEmpty() && field == key; };
    for (const InstalledModel& m : manager.installedModels()) {
        const RegisteredModel& r = m.model;
        if (!same(QString::number(r.id)) && !same(r.catalogId) && !same(r.name) && !same(r.path))
            continue;
        bool deleted = false;
        if (const QString error = manager.removeModel(r.id, &deleted); !error.isEmpty())
            throw Failure(error.toStdString());
        return {{"removed", r.id}, {"name", r.name}, {"path", r.path}, {"file_deleted", deleted}};
    }
    throw Failure(("no installed model matches '" + key + "'").toStdString());
}

} // namespace

Command models_command()
{
    return {"models", "Manage models: list, catalog, download, import, remove.",
            [](QCommandLineParser& p) {
                p.addPositionalArgument("action", "list | catalog | download ID | import PATH | remove ID");
                p.addOption({"data-dir", "Linnet's data folder (database, models).", "dir"});
                p.addOption({"url", "download: the address of a model file (instead of a catalog id).", "url"});
                p.addOption({"sha256", "download --url: the file's SHA-256, checked after the download.", "hex"});
                p.addOption({"name", "download --url: the file name to save it as.", "file"});
                p.addOption({"copy", "import: copy the file into the models folder (default: use it in place)."});
                p.addOption({"catalog", "Use the model catalog from this file or address.", "source"});
                p.addOption({"remember", "With --catalog: keep using that catalog from now on."});
                p.addOption({"builtin-catalog", "Go back to the catalog that comes with Linnet."});
                p.addOption({"read-test", "catalog: measure this machine's memory read speed again for the speed "
                                          "estimates (otherwise the kept one is used, as in the window)."});
                p.addOption({"timeout", "download: seconds without data before an attempt fails (default 30).", "s"});
                p.addOption({"retries", "download: attempts per address before the next one (default 4).", "n"});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = p.positionalArguments();
                const QString action = args.value(0);
                static const QStringList actions = {"list", "catalog", "download", "import", "remove"};
                if (!actions.contains(action))
                    throw Failure("the action must be one of: list, catalog, download, import, remove");
                const DataLocation location(p.value("data-dir"));
                const bool reads_only = action == "list" || action == "catalog";
                app::Database db(location.databasePath(), app::Checkpoints::OnCommit,
                                 reads_only ? app::Damaged::Refuse : app::Damaged::MoveAside);
                app::DownloadOptions options;
                options.transferTimeoutMs = parse_int(p, "timeout", 30, 1, 3600) * 1000;
                options.maxRetries = parse_int(p, "retries", 4, 0, 100);
                app::ModelManager manager(db, location, options);
                if (p.isSet("builtin-catalog"))
                    manager.useBuiltInCatalog();
                QString catalog_error;
                if (p.isSet("catalog"))
                    catalog_error = loadCatalog(manager, p.value("catalog"), p.isSet("remember"));
                if (action == "list")
                    return list(manager);
                if (action == "catalog")
                    return catalog(manager, catalog_error, p.isSet("read-test"));
                if (action == "download")
                    return download(manager, p, args);
                if (action == "import")
                    return importModel(manager, p, args);
                return removeModel(manager, args);
            }};
}

} // namespace linnet::cli

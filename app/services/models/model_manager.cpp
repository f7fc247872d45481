#include "model_manager.h"

#include "logging.h"
#include "model_import.h"
#include "model_registration.h"
#include "system_memory.h"

#include "linnet/model.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace linnet::app {

namespace {

constexpr qint64 kMiB = 1024 * 1024;
const QString kModelsDirKey = QStringLiteral("models_dir");

} // namespace

ModelManager::ModelManager(Database& db, const DataLocation& location, const DownloadOptions& options,
                           QObject* parent)
    : QObject(parent), db_(db), location_(location), settings_(db), library_(db),
      catalogs_(new CatalogStore(settings_, QDir(location.root()).filePath("user-catalog.json"), this)),
      queue_(new DownloadQueue(options, this)), total_memory_(totalPhysicalMemory())
{
    work_.setMaxThreadCount(2);
    const QString chosen = settings_.value(kModelsDirKey).toString();
    models_dir_ = chosen.isEmpty() ? location_.modelsDir() : chosen;
    connect(catalogs_, &CatalogStore::changed, this, &ModelManager::catalogChanged);
    connect(catalogs_, &CatalogStore::rejected, this, &ModelManager::catalogRejected);
    connect(queue_, &DownloadQueue::finished, this, &ModelManager::onDownloadFinished);
    // Partial downloads of an earlier run are listed as paused, ready to continue.
    queue_->restore(modelsDir());
    queue_->restore(tokenizerDir());
}

ModelManager::~ModelManager()
{
    cancel_->store(true);
    work_.waitForDone();
    delete queue_; // stops the download thread; partial files stay for the next run
    queue_ = nullptr;
}

// --- Catalog -------------------------------------------------------------------------

QString ModelManager::loadCatalog(const QString& source, bool remember)
{
    return catalogs_->load(source, remember);
}

void ModelManager::useBuiltInCatalog()
{
    catalogs_->useBuiltIn();
}

CatalogEntryStatus ModelManager::status(const CatalogModel& model)
{
    CatalogEntryStatus s;
    if (const auto registered = library_.findByCatalogId(model.id); registered && QFileInfo::exists(registered->path)) {
        s.installed = true;
        s.modelId = registered->id;
    }
    // When the system does not tell its memory, nothing is ruled out.
    auto fits = [this](qint64 mib) { return total_memory_ <= 0 || mib * kMiB <= total_memory_; };
    s.fitsFp32 = fits(model.ram.fp32);
    s.fitsBf16 = fits(model.ram.bf16);
    s.fitsInt8 = fits(model.ram.int8);
    s.bestPrecision = s.fitsFp32 ? "fp32" : s.fitsBf16 ? "bf16" : s.fitsInt8 ? "int8" : "";
    s.downloading = queue_->find(model.id) != nullptr;
    return s;
}

bool ModelManager::isTokenizerInstalled(const CatalogTokenizer& tokenizer) const
{
    return QFileInfo::exists(QDir(tokenizerDir()).filePath(tokenizer.file));
}

// --- Library -------------------------------------------------------------------------

QString ModelManager::modelsDir() const
{
    return models_dir_;
}

QString ModelManager::setModelsDir(const QString& dir)
{
    const QString path = QFileInfo(dir).absoluteFilePath();
    if (!QDir().mkpath(path))
        return tr("Cannot create the folder %1.").arg(path);
    QTemporaryFile probe(QDir(path).filePath(".linnet-write-test-XXXXXX"));
    if (!probe.open())
        return tr("Linnet cannot write to %1; choose another folder.").arg(path);
    settings_.setValue(kModelsDirKey, path == location_.modelsDir() ? QString() : path);
    models_dir_ = path;
    queue_->restore(path);
    return {};
}

QList<InstalledModel> ModelManager::installedModels()
{
    QList<InstalledModel> out;
    for (const RegisteredModel& m : library_.list()) {
        const QFileInfo file(m.path);
        out << InstalledModel{m, file.exists(), file.exists() ? file.size() : 0};
    }
    return out;
}

bool ModelManager::firstRun()
{
    return installedModels().isEmpty() && settings_.value("last_model").toString().isEmpty();
}

qint64 ModelManager::diskUsage()
{
    qint64 total = 0;
    for (const InstalledModel& m : installedModels())
        total += m.diskBytes;
    return total;
}

// --- Downloads -----------------------------------------------------------------------

QString ModelManager::checkDestinationFree(const QString& destination, const QString& id)
{
    for (const QString& other : queue_->ids()) {
        const DownloadStatus* s = queue_->find(other);
        if (other != id && QFileInfo(s->spec.destination).absoluteFilePath() == QFileInfo(destination).absoluteFilePath())
            return tr("%1 is already being downloaded as %2.").arg(QFileInfo(destination).fileName(), s->spec.name);
    }
    if (!QFileInfo::exists(destination))
        return {};
    if (const auto registered = library_.findByPath(destination))
        return tr("%1 is already installed.").arg(registered->name);
    return tr("The models folder already has a file named %1; import it or delete it first.")
        .arg(QFileInfo(destination).fileName());
}

QString ModelManager::download(const QString& catalog_id, QStringList* ids)
{
    const CatalogModel* model = catalog().model(catalog_id);
    if (!model)
        return tr("The catalog has no model '%1'.").arg(catalog_id);
    if (status(*model).installed)
        return tr("%1 is already installed.").arg(model->name);
    const QString destination = QDir(modelsDir()).filePath(model->file);
    if (const QString error = checkDestinationFree(destination, model->id); !error.isEmpty())
        return error;
    QStringList queued;
    // The tokenizer comes with the first model that needs it.
    if (const CatalogTokenizer* t = catalog().tokenizer(model->tokenizer); t && !isTokenizerInstalled(*t)) {
        const DownloadSpec tokenizer = tokenizerDownload(*t, QDir(tokenizerDir()).filePath(t->file));
        queue_->enqueue(tokenizer);
        queued << tokenizer.id;
    }
    const DownloadSpec spec = modelDownload(*model, destination);
    queue_->enqueue(spec);
    queued << spec.id;
    if (ids)
        *ids = queued;
    return {};
}

QString ModelManager::downloadUrl(const QString& url, const QString& sha256, const QString& name, QString* id)
{
    QString problem;
    const auto spec = urlDownload(url, sha256, name, modelsDir(), problem);
    if (!spec)
        return problem;
    if (const QString error = checkDestinationFree(spec->destination, spec->id); !error.isEmpty())
        return error;
    queue_->enqueue(*spec);
    if (id)
        *id = spec->id;
    return {};
}

void ModelManager::onDownloadFinished(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec)
{
    if (outcome.cancelled)
        return;
    if (!outcome.ok) {
        emit downloadFailed(id, outcome.message);
        return;
    }
    if (spec.kind == DownloadKind::Tokenizer) {
        emit downloadInstalled(id, 0);
        return;
    }
    // The header is read on a work thread (it may be spread over a large file).
    auto cancel = cancel_;
    work_.start([this, id, outcome, spec, cancel] {
        ImportResult inspected;
        try {
            inspected.info = linnet::inspect_model(outcome.path.toStdString());
        } catch (const std::exception& e) {
            inspected.error = QString::fromStdString(e.what());
        }
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this, [this, id, outcome, spec, inspected] { registerDownload(id, outcome, spec, inspected); },
            Qt::QueuedConnection);
    });
}

void ModelManager::registerDownload(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec,
                                    const ImportResult& inspected)
{
    auto registration = registrationOfDownload(outcome, spec, inspected, catalog());
    if (!registration) {
        QFile::remove(outcome.path);
        emit downloadFailed(id, tr("%1 was downloaded, but it is not a model Linnet can read: %2 The file was "
                                   "deleted.")
                                    .arg(spec.name, inspected.error));
        return;
    }
    if (!inspected.error.isEmpty())
        qCWarning(lcModels) << "registering" << outcome.path << "from its catalog entry:" << inspected.error;
    RegisteredModel& m = *registration;
    try {
        registerModel(m);
    } catch (const StorageError& e) {
        emit downloadFailed(id, e.message());
        return;
    }
    qCInfo(lcModels) << "installed" << m.name << "as model" << m.id;
    emit libraryChanged();
    emit downloadInstalled(id, m.id);
}

// --- Import and removal --------------------------------------------------------------

void ModelManager::registerModel(RegisteredModel& m)
{
    db_.transaction([&] {
        // A registration left behind by a file deleted outside Linnet.
        if (const auto stale = library_.findByPath(m.path))
            library_.remove(stale->id);
        library_.add(m);
    });
}

QString ModelManager::importModel(const QString& path, bool copy, QString* request_id)
{
    const QFileInfo source(path);
    if (!source.isFile())
        return tr("%1 does not exist or is not a file.").arg(path);
    if (!isImportableModelFile(path))
        return tr("%1 is not a model file Linnet imports (.pth, .safetensors, .st or .bin).").arg(source.fileName());
    const QString target = copy ? QDir(modelsDir()).filePath(source.fileName()) : source.absoluteFilePath();
    if (const auto registered = library_.findByPath(target); registered && QFileInfo::exists(registered->path))
        return tr("%1 is already in your library as %2.").arg(target, registered->name);
    const QString rid = QString::number(next_request_++);
    if (request_id)
        *request_id = rid;
    auto cancel = cancel_;
    const QString dir = modelsDir();
    work_.start([this, rid, file = source.absoluteFilePath(), copy, dir, cancel] {
        auto progress = [this, rid](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, rid, done, total] { emit importProgress(rid, done, total); },
                                      Qt::QueuedConnection);
        };
        const ImportResult result = importModelFile(file, copy, dir, *cancel, progress);
        QMetaObject::invokeMethod(this, [this, rid, result] { finishImport(rid, result); }, Qt::QueuedConnection);
    });
    return {};
}

void ModelManager::finishImport(const QString& request_id, const ImportResult& result)
{
    if (!result.error.isEmpty()) {
        emit importFinished(request_id, 0, result.error);
        return;
    }
    RegisteredModel m = registrationOfImport(result, modelsDir(), catalog());
    try {
        registerModel(m);
    } catch (const StorageError& e) {
        if (result.copied)
            QFile::remove(result.path);
        emit importFinished(request_id, 0, e.message());
        return;
    }
    qCInfo(lcModels) << "imported" << m.path << "as model" << m.id;
    emit libraryChanged();
    emit importFinished(request_id, m.id, {});
}

QString ModelManager::removeModel(qint64 id, bool* file_deleted)
{
    const auto model = library_.find(id);
    if (!model)
        return tr("There is no model %1 in the library.").arg(id);
    bool deleted = false;
    if (model->inModelsDir && QFileInfo::exists(model->path)) {
        if (!QFile::remove(model->path))
            return tr("Cannot delete %1; the model stays in the library.").arg(model->path);
        deleted = true;
    }
    library_.remove(id);
    if (file_deleted)
        *file_deleted = deleted;
    qCInfo(lcModels) << "removed model" << id << model->path << (deleted ? "and its file" : "(file kept)");
    emit libraryChanged();
    return {};
}

} // namespace linnet::app

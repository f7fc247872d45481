#include "installed_models.h"

#include "catalog_store.h"
#include "logging.h"
#include "model_import.h"
#include "model_registration.h"

#include "linnet/model.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace linnet::app {

namespace {
const QString kModelsDirKey = QStringLiteral("models_dir");
}

InstalledModels::InstalledModels(Database& db, const DataLocation& location, SettingsStore& settings,
                                 const CatalogStore& catalogs, QObject* parent)
    : QObject(parent), db_(db), location_(location), settings_(settings), catalogs_(catalogs), library_(db)
{
    work_.setMaxThreadCount(2);
    const QString chosen = settings_.value(kModelsDirKey).toString();
    models_dir_ = chosen.isEmpty() ? location_.modelsDir() : chosen;
}

InstalledModels::~InstalledModels()
{
    cancel_->store(true);
    work_.waitForDone();
}

QString InstalledModels::setModelsDir(const QString& dir)
{
    const QString path = QFileInfo(dir).absoluteFilePath();
    if (!QDir().mkpath(path))
        return ModelMessages::tr("Cannot create the folder %1.").arg(path);
    QTemporaryFile probe(QDir(path).filePath(".linnet-write-test-XXXXXX"));
    if (!probe.open())
        return ModelMessages::tr("Linnet cannot write to %1; choose another folder.").arg(path);
    settings_.setValue(kModelsDirKey, path == location_.modelsDir() ? QString() : path);
    models_dir_ = path;
    emit modelsDirChanged(path);
    return {};
}

QList<InstalledModel> InstalledModels::list()
{
    QList<InstalledModel> out;
    const std::string packed_dir = location_.packedWeightsDir().toStdString();
    for (const RegisteredModel& m : library_.list()) {
        const QFileInfo file(m.path);
        const auto packed = static_cast<qint64>(linnet::packed_weights_bytes(packed_dir, m.path.toStdString()));
        out << InstalledModel{m, file.exists(), file.exists() ? file.size() : 0, packed};
    }
    return out;
}

bool InstalledModels::firstRun()
{
    return list().isEmpty() && settings_.value("last_model").toString().isEmpty();
}

qint64 InstalledModels::diskUsage()
{
    qint64 total = 0;
    for (const InstalledModel& m : list())
        total += m.diskBytes + m.packedBytes;
    return total;
}

std::optional<RegisteredModel> InstalledModels::installedFromCatalog(const QString& catalog_id)
{
    if (auto registered = library_.findByCatalogId(catalog_id); registered && QFileInfo::exists(registered->path))
        return registered;
    return std::nullopt;
}

bool InstalledModels::isTokenizerInstalled(const CatalogTokenizer& tokenizer) const
{
    return QFileInfo::exists(QDir(tokenizerDir()).filePath(tokenizer.file));
}

void InstalledModels::add(RegisteredModel& m)
{
    db_.transaction([&] {
        // A registration left behind by a file deleted outside Linnet.
        if (const auto stale = library_.findByPath(m.path))
            library_.remove(stale->id);
        library_.add(m);
    });
    emit changed();
}

QString InstalledModels::importModel(const QString& path, bool copy, QString* request_id)
{
    const QFileInfo source(path);
    if (!source.isFile())
        return ModelMessages::tr("%1 does not exist or is not a file.").arg(path);
    if (!isImportableModelFile(path))
        return ModelMessages::tr("%1 is not a model file Linnet imports (.pth, .safetensors, .st or .bin).")
            .arg(source.fileName());
    const QString target = copy ? QDir(modelsDir()).filePath(source.fileName()) : source.absoluteFilePath();
    if (const auto registered = library_.findByPath(target); registered && QFileInfo::exists(registered->path))
        return ModelMessages::tr("%1 is already in your library as %2.").arg(target, registered->name);
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

void InstalledModels::finishImport(const QString& request_id, const ImportResult& result)
{
    if (!result.error.isEmpty()) {
        emit importFinished(request_id, 0, result.error);
        return;
    }
    RegisteredModel m = registrationOfImport(result, modelsDir(), catalogs_.catalog());
    try {
        add(m);
    } catch (const StorageError& e) {
        if (result.copied)
            QFile::remove(result.path);
        emit importFinished(request_id, 0, e.message());
        return;
    }
    qCInfo(lcModels) << "imported" << m.path << "as model" << m.id;
    emit importFinished(request_id, m.id, {});
}

QString InstalledModels::remove(qint64 id, bool* file_deleted)
{
    const auto model = library_.find(id);
    if (!model)
        return ModelMessages::tr("There is no model %1 in the library.").arg(id);
    bool deleted = false;
    if (model->inModelsDir && QFileInfo::exists(model->path)) {
        if (!QFile::remove(model->path))
            return ModelMessages::tr("Cannot delete %1; the model stays in the library.").arg(model->path);
        deleted = true;
    }
    library_.remove(id);
    linnet::remove_packed_weights(location_.packedWeightsDir().toStdString(), model->path.toStdString());
    if (file_deleted)
        *file_deleted = deleted;
    qCInfo(lcModels) << "removed model" << id << model->path << (deleted ? "and its file" : "(file kept)");
    emit changed();
    return {};
}

} // namespace linnet::app

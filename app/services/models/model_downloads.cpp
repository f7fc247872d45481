#include "model_downloads.h"

#include "catalog_store.h"
#include "installed_models.h"
#include "logging.h"
#include "model_import.h"
#include "model_registration.h"

#include "linnet/model.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace linnet::app {

ModelDownloads::ModelDownloads(const DownloadOptions& options, const CatalogStore& catalogs,
                               InstalledModels& installed, QObject* parent)
    : QObject(parent), catalogs_(catalogs), installed_(installed), queue_(new DownloadQueue(options, this))
{
    work_.setMaxThreadCount(2);
    connect(queue_, &DownloadQueue::finished, this, &ModelDownloads::onFinished);
    connect(&installed_, &InstalledModels::modelsDirChanged, queue_, &DownloadQueue::restore);
    queue_->restore(installed_.modelsDir());
    queue_->restore(installed_.tokenizerDir());
}

ModelDownloads::~ModelDownloads()
{
    cancel_->store(true);
    work_.waitForDone();
    delete queue_; // stops the download thread; partial files stay for the next run
    queue_ = nullptr;
}

QString ModelDownloads::checkDestinationFree(const QString& destination, const QString& id)
{
    for (const QString& other : queue_->ids()) {
        const DownloadStatus* s = queue_->find(other);
        if (other != id && QFileInfo(s->spec.destination).absoluteFilePath() == QFileInfo(destination).absoluteFilePath())
            return ModelMessages::tr("%1 is already being downloaded as %2.").arg(QFileInfo(destination).fileName(),
                                                                          s->spec.name);
    }
    if (!QFileInfo::exists(destination))
        return {};
    if (const auto registered = installed_.findByPath(destination))
        return ModelMessages::tr("%1 is already installed.").arg(registered->name);
    return ModelMessages::tr("The models folder already has a file named %1; import it or delete it first.")
        .arg(QFileInfo(destination).fileName());
}

QString ModelDownloads::download(const QString& catalog_id, QStringList* ids)
{
    const ModelCatalog& catalog = catalogs_.catalog();
    const CatalogModel* model = catalog.model(catalog_id);
    if (!model)
        return ModelMessages::tr("The catalog has no model '%1'.").arg(catalog_id);
    if (installed_.installedFromCatalog(model->id))
        return ModelMessages::tr("%1 is already installed.").arg(model->name);
    const QString destination = QDir(installed_.modelsDir()).filePath(model->file);
    if (const QString error = checkDestinationFree(destination, model->id); !error.isEmpty())
        return error;
    QStringList queued;
    // The tokenizer comes with the first model that needs it.
    if (const CatalogTokenizer* t = catalog.tokenizer(model->tokenizer); t && !installed_.isTokenizerInstalled(*t)) {
        const DownloadSpec tokenizer = tokenizerDownload(*t, QDir(installed_.tokenizerDir()).filePath(t->file));
        queue_->enqueue(tokenizer);
        queued << tokenizer.id;
    }
    const DownloadSpec spec = modelDownload(*model, destination);
    queue_->enqueue(spec);
    started_[spec.id] = queued;
    queued << spec.id;
    if (ids)
        *ids = queued;
    return {};
}

QString ModelDownloads::downloadUrl(const QString& url, const QString& sha256, const QString& name, QString* id)
{
    QString problem;
    const auto spec = urlDownload(url, sha256, name, installed_.modelsDir(), problem);
    if (!spec)
        return problem;
    if (const QString error = checkDestinationFree(spec->destination, spec->id); !error.isEmpty())
        return error;
    queue_->enqueue(*spec);
    if (id)
        *id = spec->id;
    return {};
}

QStringList ModelDownloads::withWhatItStarted(const QString& id) const
{
    QStringList ids{id};
    for (const QString& started : started_.value(id)) {
        bool needed_elsewhere = false;
        for (auto it = started_.cbegin(); it != started_.cend(); ++it)
            needed_elsewhere = needed_elsewhere || (it.key() != id && queue_->find(it.key()) && it->contains(started));
        if (!needed_elsewhere)
            ids << started;
    }
    return ids;
}

void ModelDownloads::cancel(const QString& id)
{
    const QStringList ids = withWhatItStarted(id);
    started_.remove(id);
    for (const QString& each : ids) {
        if (!queue_->find(each))
            continue;
        cancelling_.insert(each);
        queue_->cancel(each);
    }
}

void ModelDownloads::pause(const QString& id)
{
    for (const QString& each : withWhatItStarted(id))
        queue_->pause(each);
}

void ModelDownloads::resume(const QString& id)
{
    for (const QString& each : withWhatItStarted(id))
        queue_->resume(each);
}

void ModelDownloads::onFinished(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec)
{
    if (outcome.ok || outcome.cancelled) {
        started_.remove(id);
        cancelling_.remove(id);
    }
    if (outcome.cancelled || cancelling_.contains(id))
        return;
    if (!outcome.ok) {
        emit failed(id, outcome.message, spec.name);
        return;
    }
    if (spec.kind == DownloadKind::Tokenizer) {
        emit installed(id, 0);
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

void ModelDownloads::registerDownload(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec,
                                      const ImportResult& inspected)
{
    auto registration = registrationOfDownload(outcome, spec, inspected, catalogs_.catalog());
    if (!registration) {
        QFile::remove(outcome.path);
        emit failed(id,
                    ModelMessages::tr("%1 was downloaded, but it is not a model Linnet can read: %2 The file was "
                                      "deleted.")
                        .arg(spec.name, inspected.error),
                    spec.name);
        return;
    }
    if (!inspected.error.isEmpty())
        qCWarning(lcModels) << "registering" << outcome.path << "from its catalog entry:" << inspected.error;
    RegisteredModel& m = *registration;
    try {
        installed_.add(m);
    } catch (const StorageError& e) {
        emit failed(id, e.message(), spec.name);
        return;
    }
    qCInfo(lcModels) << "installed" << m.name << "as model" << m.id;
    emit installed(id, m.id);
}

} // namespace linnet::app

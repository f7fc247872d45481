#include "model_library_view.h"

#include "model_manager.h"
#include "model_recommendation.h"
#include "speed_estimate.h"

#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <algorithm>


namespace linnet::ui {

namespace {

QString state_name(app::DownloadState s)
{
    switch (s) {
    case app::DownloadState::Queued: return "queued";
    case app::DownloadState::Hashing: return "hashing";
    case app::DownloadState::Connecting: return "connecting";
    case app::DownloadState::Downloading: return "downloading";
    case app::DownloadState::Paused: return "paused";
    case app::DownloadState::Verifying: return "verifying";
    case app::DownloadState::Completed: return "completed";
    case app::DownloadState::Failed: return "failed";
    case app::DownloadState::Cancelled: return "cancelled";
    }
    return {};
}

// The address and try of a transfer, for the row's "trying … again in 3 s" line.
QVariantMap attempt_map(const app::DownloadAttempt& a)
{
    return {{"host", a.host},       {"mirror", a.mirror},          {"mirrors", a.mirrors},
            {"attempt", a.attempt}, {"maxAttempts", a.maxAttempts}, {"retryAt", double(a.retryAtMs)},
            {"lastError", a.lastError}};
}

} // namespace

CatalogListModel::CatalogListModel(app::ModelManager& manager, QObject* parent)
    : QAbstractListModel(parent), manager_(manager)
{
    refresh();
}

int CatalogListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(manager_.catalog().models().size());
}

QVariant CatalogListModel::data(const QModelIndex& index, int role) const
{
    const auto& models = manager_.catalog().models();
    if (!index.isValid() || index.row() >= models.size())
        return {};
    const app::CatalogModel& m = models[index.row()];
    const app::CatalogEntryStatus& status = status_.value(index.row());
    const app::DownloadStatus* d = manager_.downloads().find(m.id);
    switch (role) {
    case IdRole: return m.id;
    case NameRole:
    case Qt::DisplayRole: return m.name;
    case FamilyRole: return m.family;
    case VersionRole: return m.version;
    case ParametersRole: return double(m.parameters);
    case SizeRole: return double(m.sizeOrEstimate());
    case DescriptionRole: return m.description.in(language_);
    case LicenseRole: return m.license;
    case RamFp32Role: return double(m.ram.fp32);
    case RamBf16Role: return double(m.ram.bf16);
    case RamInt8Role: return double(m.ram.int8);
    case BestPrecisionRole: return status.bestPrecision;
    case InstalledRole: return status.installed;
    case ModelIdRole: return status.modelId;
    case DownloadStateRole: return d ? state_name(d->state) : QString();
    case ReceivedRole: return d ? double(d->progress.received) : 0.0;
    case TotalRole: return d ? double(d->progress.total) : -1.0;
    case SpeedRole: return d ? d->progress.bytesPerSecond : 0.0;
    case SecondsLeftRole: return d ? double(d->progress.secondsLeft) : -1.0;
    case MessageRole: return d ? d->message : QString();
    case RecommendedRole: return m.id == recommended_;
    case AttemptRole: return d ? attempt_map(d->attempt) : QVariantMap();
    case NewRole: return new_ids_.contains(m.id);
    case Sha256Role: return m.sha256;
    case TokensPerSecondRole: return tokens_per_s_.value(index.row());
    case EstimatePrecisionRole: return app::precisionName(app::defaultPrecision(m.version));
    }
    return {};
}

QHash<int, QByteArray> CatalogListModel::roleNames() const
{
    return {{IdRole, "catalogId"},       {NameRole, "name"},           {FamilyRole, "family"},
            {VersionRole, "version"},    {ParametersRole, "parameters"}, {SizeRole, "sizeBytes"},
            {DescriptionRole, "description"}, {LicenseRole, "license"}, {RamFp32Role, "ramFp32"},
            {RamBf16Role, "ramBf16"},    {RamInt8Role, "ramInt8"},     {BestPrecisionRole, "bestPrecision"},
            {InstalledRole, "installed"}, {ModelIdRole, "modelId"},    {DownloadStateRole, "downloadState"},
            {ReceivedRole, "received"},  {TotalRole, "total"},         {SpeedRole, "speed"},
            {SecondsLeftRole, "secondsLeft"}, {MessageRole, "message"}, {RecommendedRole, "recommended"},
            {AttemptRole, "attempt"},       {NewRole, "isNew"},          {Sha256Role, "sha256"},
            {TokensPerSecondRole, "tokensPerSecond"}, {EstimatePrecisionRole, "estimatePrecision"}};
}

void CatalogListModel::setNewIds(const QStringList& ids)
{
    new_ids_ = ids;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {NewRole});
}

void CatalogListModel::setLanguage(const QString& language)
{
    language_ = language;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {DescriptionRole});
}

void CatalogListModel::refresh()
{
    beginResetModel();
    status_.clear();
    for (const auto& m : manager_.catalog().models())
        status_.append(manager_.status(m));
    estimateSpeeds();
    endResetModel();
}

void CatalogListModel::estimateSpeeds()
{
    const app::ModelCatalog& catalog = manager_.catalog();
    const app::SpeedCalibration& speed = manager_.speed();
    tokens_per_s_.clear();
    for (const auto& m : catalog.models())
        tokens_per_s_.append(speed.tokensPerSecond(catalog, m));
    recommended_ = speed.known() ? speed.recommended(catalog)
                                 : app::recommendedModel(catalog.models(), status_, manager_.totalMemory());
}

void CatalogListModel::refreshSpeeds()
{
    estimateSpeeds();
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {TokensPerSecondRole, RecommendedRole});
}

void CatalogListModel::refreshDownload(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0 || row >= status_.size())
        return;
    status_[row] = manager_.status(manager_.catalog().models()[row]);
    emit dataChanged(index(row), index(row));
}

QString CatalogListModel::recommendedId() const
{
    return recommended_;
}

int CatalogListModel::rowOf(const QString& catalog_id) const
{
    const auto& models = manager_.catalog().models();
    for (qsizetype i = 0; i < models.size(); ++i)
        if (models[i].id == catalog_id)
            return int(i);
    return -1;
}

InstalledListModel::InstalledListModel(app::ModelManager& manager, QObject* parent)
    : QAbstractListModel(parent), manager_(manager)
{
    refresh();
}

int InstalledListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant InstalledListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row& r = rows_[index.row()];
    switch (role) {
    case IdRole: return r.id;
    case NameRole:
    case Qt::DisplayRole: return r.name;
    case PathRole: return r.path;
    case VersionRole: return r.version;
    case FormatRole: return r.format;
    case DiskBytesRole: return double(r.disk);
    case PackedBytesRole: return double(r.packed);
    case ExistsRole: return r.exists;
    }
    return {};
}

QHash<int, QByteArray> InstalledListModel::roleNames() const
{
    return {{IdRole, "modelId"}, {NameRole, "name"}, {PathRole, "path"}, {VersionRole, "version"},
            {FormatRole, "format"}, {DiskBytesRole, "diskBytes"}, {PackedBytesRole, "packedBytes"},
            {ExistsRole, "fileExists"}};
}

qint64 InstalledListModel::diskBytes() const
{
    qint64 total = 0;
    for (const Row& r : rows_)
        total += r.disk + r.packed;
    return total;
}

void InstalledListModel::refresh()
{
    beginResetModel();
    rows_.clear();
    for (const auto& m : manager_.installedModels())
        rows_.append({m.model.id, m.model.name, m.model.path, m.model.version, m.model.format, m.diskBytes, m.packedBytes,
                      m.fileExists});
    endResetModel();
    emit countChanged();
}

QString InstalledListModel::pathOf(qint64 id) const
{
    for (const Row& r : rows_)
        if (r.id == id)
            return r.path;
    return {};
}

ModelLibraryView::ModelLibraryView(app::ModelManager& manager, QObject* parent)
    : QObject(parent), manager_(manager), catalog_(manager), installed_(manager)
{
    auto& queue = manager_.downloads();
    connect(&queue, &app::DownloadQueue::added, &catalog_, &CatalogListModel::refreshDownload);
    connect(&queue, &app::DownloadQueue::changed, &catalog_, &CatalogListModel::refreshDownload);
    connect(&queue, &app::DownloadQueue::removed, &catalog_, &CatalogListModel::refreshDownload);
    connect(&manager_, &app::ModelManager::catalogChanged, &catalog_, &CatalogListModel::refresh);
    connect(&manager_.speed(), &app::SpeedCalibration::changed, this, [this] {
        catalog_.refreshSpeeds();
        emit libraryChanged(); // the suggestion's name
    });
    manager_.speed().measureOnce();
    connect(&manager_, &app::ModelManager::libraryChanged, this, [this] {
        installed_.refresh();
        catalog_.refresh();
        emit libraryChanged();
    });
    connect(&manager_, &app::ModelManager::downloadInstalled, this, [this](const QString&, qint64 model_id) {
        if (model_id > 0)
            emit installedModel(model_id, installed_.pathOf(model_id));
    });
    connect(&manager_, &app::ModelManager::newModelsFound, this, &ModelLibraryView::showNewModels);
    connect(&manager_, &app::ModelManager::newModelsFailed, this, [this](const QString& message) {
        new_message_ = message;
        emit newModelsChanged();
    });
    connect(&manager_, &app::ModelManager::downloadFailed, this,
            [this](const QString& id, const QString& message, const QString& name) {
                addFailure(id, tr("Download of %1 failed: %2").arg(name, message));
            });
    connect(&manager_, &app::ModelManager::importFinished, this,
            [this](const QString&, qint64 model_id, const QString& error) {
                if (!error.isEmpty())
                    emit problem(error);
                else
                    emit installedModel(model_id, installed_.pathOf(model_id));
            });
}

double ModelLibraryView::totalMemoryGb() const
{
    return manager_.totalMemory() / 1073741824.0;
}

void ModelLibraryView::refreshDiskUse()
{
    installed_.refresh();
    emit libraryChanged();
}

qint64 ModelLibraryView::diskUsage() const
{
    return installed_.diskBytes();
}

QString ModelLibraryView::modelsDir() const
{
    return manager_.modelsDir();
}

QString ModelLibraryView::recommendedName() const
{
    const auto* m = manager_.catalog().model(recommendedId());
    return m ? m->name : QString();
}

QString ModelLibraryView::download(const QString& catalog_id)
{
    return manager_.download(catalog_id);
}

void ModelLibraryView::pause(const QString& id)
{
    manager_.pauseDownload(id);
}

void ModelLibraryView::resume(const QString& id)
{
    manager_.resumeDownload(id);
}

void ModelLibraryView::cancel(const QString& id)
{
    manager_.cancelDownload(id);
}

QString ModelLibraryView::importFile(const QString& path_or_url, bool copy)
{
    const QUrl url(path_or_url);
    return manager_.importModel(url.isLocalFile() ? url.toLocalFile() : path_or_url, copy);
}

QString ModelLibraryView::remove(qint64 model_id)
{
    return manager_.removeModel(model_id);
}

void ModelLibraryView::checkForNewModels()
{
    new_message_ = tr("Checking for new models…");
    manager_.checkForNewModels();
    emit newModelsChanged();
}

QString ModelLibraryView::setReleasesApi(const QString& address)
{
    const QString error = manager_.setReleasesApi(address);
    emit newModelsChanged();
    return error;
}

void ModelLibraryView::showNewModels(const QList<app::CatalogModel>& added)
{
    new_ids_.clear();
    QStringList names;
    for (const app::CatalogModel& m : added) {
        new_ids_ << m.id;
        names << m.name;
    }
    catalog_.setNewIds(new_ids_);
    new_message_ = added.isEmpty() ? tr("The catalog is up to date: there is no new official release.")
                                   : tr("%n new model(s), marked New below: %1", "", int(added.size()))
                                         .arg(QLocale().createSeparatedList(names));
    emit newModelsChanged();
}

void ModelLibraryView::addFailure(const QString& download_id, const QString& text)
{
    const app::DownloadStatus* status = manager_.downloads().find(download_id);
    const Failure failure{download_id, status && status->spec.kind == app::DownloadKind::Tokenizer, text};
    failures_.removeIf([&](const Failure& f) { return f.download_id == download_id; });
    const auto after = std::find_if(failures_.begin(), failures_.end(),
                                    [&](const Failure& f) { return f.tokenizer && !failure.tokenizer; });
    failures_.insert(after, failure);
    QStringList lines;
    for (const Failure& f : failures_)
        lines << f.text;
    emit problem(lines.join('\n'));
}

} // namespace linnet::ui

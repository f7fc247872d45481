#include "model_manager.h"

#include "catalog_update.h"
#include "download_url_policy.h"

#include <QDir>

namespace linnet::app {

ModelManager::ModelManager(Database& db, const DataLocation& location, const DownloadOptions& options,
                           QObject* parent)
    : QObject(parent), settings_(db), catalogs_(settings_, QDir(location.root()).filePath("user-catalog.json")),
      installed_(db, location, settings_, catalogs_), downloads_(options, catalogs_, installed_),
      status_(installed_, downloads_.queue()), speed_(settings_, status_.totalMemory())
{
    connect(&catalogs_, &CatalogStore::changed, this, &ModelManager::catalogChanged);
    connect(&catalogs_, &CatalogStore::rejected, this, &ModelManager::catalogRejected);
    connect(&installed_, &InstalledModels::changed, this, &ModelManager::libraryChanged);
    connect(&installed_, &InstalledModels::importProgress, this, &ModelManager::importProgress);
    connect(&installed_, &InstalledModels::importFinished, this, &ModelManager::importFinished);
    connect(&downloads_, &ModelDownloads::installed, this, &ModelManager::downloadInstalled);
    connect(&downloads_, &ModelDownloads::failed, this, &ModelManager::downloadFailed);
}

namespace {

const QString kReleasesApiKey = QStringLiteral("releases_api");
const QString kDefaultReleasesApi = QStringLiteral("https://huggingface.co");

} // namespace

QUrl ModelManager::releasesApi()
{
    return QUrl(settings_.value(kReleasesApiKey, kDefaultReleasesApi).toString());
}

QString ModelManager::setReleasesApi(const QString& address)
{
    const QString trimmed = address.trimmed();
    const QUrl url(trimmed.isEmpty() ? kDefaultReleasesApi : trimmed);
    if (const QString problem = downloadUrlProblem(url); !problem.isEmpty())
        return problem;
    settings_.setValue(kReleasesApiKey, url.toString());
    return {};
}

void ModelManager::checkForNewModels()
{
    if (update_)
        return;
    update_ = new CatalogUpdate(releasesApi(), {"rwkv7-g1"}, this);
    connect(update_, &CatalogUpdate::found, this, [this](const QList<CatalogModel>& added) {
        std::exchange(update_, nullptr)->deleteLater();
        catalogs_.addReleases(added);
        emit newModelsFound(added);
    });
    connect(update_, &CatalogUpdate::failed, this, [this](const QString& message) {
        std::exchange(update_, nullptr)->deleteLater();
        emit newModelsFailed(message);
    });
    update_->check(catalogs_.catalog());
}

} // namespace linnet::app

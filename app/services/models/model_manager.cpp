#include "model_manager.h"

#include <QDir>

namespace linnet::app {

ModelManager::ModelManager(Database& db, const DataLocation& location, const DownloadOptions& options,
                           QObject* parent)
    : QObject(parent), settings_(db), catalogs_(settings_, QDir(location.root()).filePath("user-catalog.json")),
      installed_(db, location, settings_, catalogs_), downloads_(options, catalogs_, installed_),
      status_(installed_, downloads_.queue())
{
    connect(&catalogs_, &CatalogStore::changed, this, &ModelManager::catalogChanged);
    connect(&catalogs_, &CatalogStore::rejected, this, &ModelManager::catalogRejected);
    connect(&installed_, &InstalledModels::changed, this, &ModelManager::libraryChanged);
    connect(&installed_, &InstalledModels::importProgress, this, &ModelManager::importProgress);
    connect(&installed_, &InstalledModels::importFinished, this, &ModelManager::importFinished);
    connect(&downloads_, &ModelDownloads::installed, this, &ModelManager::downloadInstalled);
    connect(&downloads_, &ModelDownloads::failed, this, &ModelManager::downloadFailed);
}

} // namespace linnet::app

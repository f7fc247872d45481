// The model services as one object for their callers (`linnet-cli models`, the window's
// model page and tests): it builds the catalog (CatalogStore, CatalogStatus), the
// installed models (InstalledModels) and the downloads (ModelDownloads) over one
// database and data folder, and forwards to them. Made to be bound by a view model:
//  - everything slow runs elsewhere (network and hashing on the download thread,
//    copies and model headers on work pools); results arrive as signals;
//  - lists keep a stable order and every change names the row it touches
//    (downloads(): added/changed/removed by id; libraryChanged(); catalogChanged()).
#pragma once

#include "catalog_status.h"
#include "catalog_store.h"
#include "data_location.h"
#include "database.h"
#include "download_queue.h"
#include "installed_models.h"
#include "model_downloads.h"
#include "settings_store.h"
#include "speed_calibration.h"

#include <QObject>
#include <QUrl>

namespace linnet::app {

class CatalogUpdate;

class ModelManager : public QObject {
    Q_OBJECT
public:
    ModelManager(Database& db, const DataLocation& location, const DownloadOptions& options = {},
                 QObject* parent = nullptr);

    // --- Catalog ---
    const ModelCatalog& catalog() const { return catalogs_.catalog(); }
    const QString& catalogSource() const { return catalogs_.source(); } // empty: built-in
    // See CatalogStore::load: from a file the error is returned, from an address the
    // result comes as catalogChanged() or catalogRejected().
    QString loadCatalog(const QString& source, bool remember) { return catalogs_.load(source, remember); }
    void useBuiltInCatalog() { catalogs_.useBuiltIn(); }
    CatalogEntryStatus status(const CatalogModel& model) { return status_.of(model); }
    bool isTokenizerInstalled(const CatalogTokenizer& tokenizer) const
    {
        return installed_.isTokenizerInstalled(tokenizer);
    }
    qint64 totalMemory() const { return status_.totalMemory(); }
    // This computer's read speed and Linnet's measured corrections, for speed estimates.
    SpeedCalibration& speed() { return speed_; }
    // "Check for new models" (CatalogUpdate) through the Hugging Face API at releasesApi():
    // new official releases are added to the catalog in use; the answer comes as
    // newModelsFound() or newModelsFailed(). A check already under way is not repeated.
    void checkForNewModels();
    bool checkingForNewModels() const { return update_ != nullptr; }
    // https://huggingface.co, or a mirror of its API (e.g. https://hf-mirror.com); kept in
    // the settings. Returns why an address cannot be used, or empty.
    QUrl releasesApi();
    QString setReleasesApi(const QString& address);

    // --- Library (see InstalledModels) ---
    QString modelsDir() const { return installed_.modelsDir(); }
    QString tokenizerDir() const { return installed_.tokenizerDir(); }
    QString setModelsDir(const QString& dir) { return installed_.setModelsDir(dir); }
    QList<InstalledModel> installedModels() { return installed_.list(); }
    qint64 diskUsage() { return installed_.diskUsage(); }
    bool firstRun() { return installed_.firstRun(); }
    QString importModel(const QString& path, bool copy, QString* request_id = nullptr)
    {
        return installed_.importModel(path, copy, request_id);
    }
    QString removeModel(qint64 id, bool* file_deleted = nullptr) { return installed_.remove(id, file_deleted); }

    // --- Downloads (see ModelDownloads) ---
    DownloadQueue& downloads() { return downloads_.queue(); }
    QString download(const QString& catalog_id, QStringList* ids = nullptr)
    {
        return downloads_.download(catalog_id, ids);
    }
    QString downloadUrl(const QString& url, const QString& sha256, const QString& name, QString* id = nullptr)
    {
        return downloads_.downloadUrl(url, sha256, name, id);
    }
    // With what the download started (a model's tokenizer); see ModelDownloads.
    void cancelDownload(const QString& id) { downloads_.cancel(id); }
    void pauseDownload(const QString& id) { downloads_.pause(id); }
    void resumeDownload(const QString& id) { downloads_.resume(id); }

signals:
    void catalogChanged();
    void catalogRejected(const QString& message);
    void newModelsFound(const QList<linnet::app::CatalogModel>& added);
    void newModelsFailed(const QString& message);
    void libraryChanged();
    void downloadInstalled(const QString& download_id, qint64 model_id);
    void downloadFailed(const QString& download_id, const QString& message, const QString& name);
    void importProgress(const QString& request_id, qint64 done, qint64 total);
    void importFinished(const QString& request_id, qint64 model_id, const QString& error);

private:
    // In construction order: each part uses only those above it (and is destroyed
    // before them: the downloads stop before the library they register into).
    SettingsStore settings_;
    CatalogStore catalogs_;
    InstalledModels installed_;
    ModelDownloads downloads_;
    CatalogStatus status_;
    SpeedCalibration speed_;
    CatalogUpdate* update_ = nullptr; // the check under way
};

} // namespace linnet::app

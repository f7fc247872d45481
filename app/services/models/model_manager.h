// The model manager: the catalog of official models (or the user's), the library of
// installed models, downloads and imports. It is the service behind `linnet-cli models`
// and the window's model page, made to be bound by a view model:
//  - everything slow runs elsewhere (network and hashing on the download thread,
//    copies and model headers on a work pool); results arrive as signals;
//  - lists keep a stable order and every change names the row it touches
//    (downloads(): added/changed/removed by id; libraryChanged(); catalogChanged()).
#pragma once

#include "catalog_store.h"
#include "data_location.h"
#include "database.h"
#include "download_queue.h"
#include "model_library.h"
#include "settings_store.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace linnet::app {

struct ImportResult;

// How a catalog model relates to this machine.
struct CatalogEntryStatus {
    bool installed = false;
    qint64 modelId = 0;       // its registration when installed
    bool fitsFp32 = false;    // the estimated memory is at most the machine's
    bool fitsBf16 = false;
    bool fitsInt8 = false;
    QString bestPrecision;    // the most precise that fits: "fp32", "bf16", "int8"; empty: none
    bool downloading = false; // a transfer for it is listed in downloads()
};

struct InstalledModel {
    RegisteredModel model;
    bool fileExists = false;
    qint64 diskBytes = 0;     // the file's size on disk (0 when missing)
};

class ModelManager : public QObject {
    Q_OBJECT
public:
    ModelManager(Database& db, const DataLocation& location, const DownloadOptions& options = {},
                 QObject* parent = nullptr);
    ~ModelManager() override;

    // --- Catalog ---
    const ModelCatalog& catalog() const { return catalogs_->catalog(); }
    const QString& catalogSource() const { return catalogs_->source(); } // empty: built-in
    // See CatalogStore::load: from a file the error is returned, from an address the
    // result comes as catalogChanged() or catalogRejected().
    QString loadCatalog(const QString& source, bool remember);
    void useBuiltInCatalog();
    CatalogEntryStatus status(const CatalogModel& model);
    bool isTokenizerInstalled(const CatalogTokenizer& tokenizer) const;
    qint64 totalMemory() const { return total_memory_; }

    // --- Library ---
    QString modelsDir() const;
    QString tokenizerDir() const { return location_.tokenizerDir(); }
    // Where new downloads and copies go; an error message when the folder is unusable.
    QString setModelsDir(const QString& dir);
    QList<InstalledModel> installedModels();
    qint64 diskUsage(); // of every installed model's file
    // No model installed and none used before: the window opens the model page with a
    // suggestion.
    bool firstRun();

    // --- Downloads ---
    DownloadQueue& downloads() { return *queue_; }
    // Queues a catalog model, and the tokenizer it needs when that is missing. Returns
    // an error message, or empty with the ids of the transfers in `ids`.
    QString download(const QString& catalog_id, QStringList* ids = nullptr);
    // A model from any HTTPS address, checked against `sha256` when given.
    QString downloadUrl(const QString& url, const QString& sha256, const QString& name, QString* id = nullptr);

    // --- Import and removal ---
    // Reads the file's header (and copies it when `copy`) on a work thread; the result
    // comes as importFinished(request_id, …). Returns an error found at once, or empty.
    QString importModel(const QString& path, bool copy, QString* request_id = nullptr);
    // Removes the registration, and the file when it is Linnet's copy. Conversations
    // stay; their saved states belong to the model's fingerprint and are rebuilt for
    // the next model. Returns an error message, or empty.
    QString removeModel(qint64 id, bool* file_deleted = nullptr);

signals:
    void catalogChanged();
    void catalogRejected(const QString& message);
    void libraryChanged();
    // A download finished and is usable: a model is registered (model_id), or a
    // tokenizer is in place (model_id 0).
    void downloadInstalled(const QString& download_id, qint64 model_id);
    void downloadFailed(const QString& download_id, const QString& message);
    void importProgress(const QString& request_id, qint64 done, qint64 total);
    void importFinished(const QString& request_id, qint64 model_id, const QString& error);

private:
    void onDownloadFinished(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec);
    void registerDownload(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec,
                          const ImportResult& inspected);
    void finishImport(const QString& request_id, const ImportResult& result);
    // Adds `m` to the library in one transaction, replacing a registration of the same
    // path; throws StorageError.
    void registerModel(RegisteredModel& m);
    // Empty when nothing is at `destination` and no other transfer than `id` writes it.
    QString checkDestinationFree(const QString& destination, const QString& id);

    Database& db_;
    DataLocation location_;
    SettingsStore settings_;
    ModelLibrary library_;
    CatalogStore* catalogs_;
    DownloadQueue* queue_;
    QString models_dir_;
    QThreadPool work_;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    qint64 total_memory_ = 0;
    int next_request_ = 1;
};

} // namespace linnet::app

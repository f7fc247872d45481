// The library side of the model services: the models folder, the installed models and
// their files, imports and removal. Copies and model headers are read on a work pool;
// results arrive as signals.
#pragma once

#include "data_location.h"
#include "database.h"
#include "model_library.h"
#include "settings_store.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace linnet::app {

class CatalogStore;
struct CatalogTokenizer;
struct ImportResult;

struct InstalledModel {
    RegisteredModel model;
    bool fileExists = false;
    qint64 diskBytes = 0;     // the file's size on disk (0 when missing)
    qint64 packedBytes = 0;   // its packed 4-bit copy kept for loading (0 when none)
};

class InstalledModels : public QObject {
    Q_OBJECT
public:
    // `catalogs` names imported copies of official checkpoints.
    InstalledModels(Database& db, const DataLocation& location, SettingsStore& settings,
                    const CatalogStore& catalogs, QObject* parent = nullptr);
    ~InstalledModels() override;

    QString modelsDir() const { return models_dir_; }
    QString tokenizerDir() const { return location_.tokenizerDir(); }
    // Where new downloads and copies go; an error message when the folder is unusable.
    QString setModelsDir(const QString& dir);
    QList<InstalledModel> list();
    qint64 diskUsage(); // of every installed model's file and packed 4-bit copy
    // No model installed and none used before: the window opens the model page with a
    // suggestion.
    bool firstRun();

    // The registration of a catalog model whose file is in place.
    std::optional<RegisteredModel> installedFromCatalog(const QString& catalog_id);
    std::optional<RegisteredModel> findByPath(const QString& path) { return library_.findByPath(path); }
    bool isTokenizerInstalled(const CatalogTokenizer& tokenizer) const;

    // Reads the file's header (and copies it when `copy`) on a work thread; the result
    // comes as importFinished(request_id, …). Returns an error found at once, or empty.
    QString importModel(const QString& path, bool copy, QString* request_id = nullptr);
    // Adds `m` in one transaction, replacing a registration of the same path, and sends
    // changed(); throws StorageError.
    void add(RegisteredModel& m);
    // Removes the registration, and the file when it is Linnet's copy. Conversations
    // stay; their saved states belong to the model's fingerprint and are rebuilt for
    // the next model. Returns an error message, or empty.
    QString remove(qint64 id, bool* file_deleted = nullptr);

signals:
    void changed();
    void modelsDirChanged(const QString& dir);
    void importProgress(const QString& request_id, qint64 done, qint64 total);
    void importFinished(const QString& request_id, qint64 model_id, const QString& error);

private:
    void finishImport(const QString& request_id, const ImportResult& result);

    Database& db_;
    DataLocation location_;
    SettingsStore& settings_;
    const CatalogStore& catalogs_;
    ModelLibrary library_;
    QString models_dir_;
    QThreadPool work_;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    int next_request_ = 1;
};

} // namespace linnet::app

// What the library records for a model file, and how a download is asked for: plain
// functions over the catalog, kept apart from InstalledModels and ModelDownloads, which
// run the transfers and the threads.
#pragma once

#include "download_types.h"
#include "model_catalog.h"
#include "model_import.h"
#include "model_library.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace linnet::app {

// The model services' messages: ModelMessages::tr() translates in the one context they
// share, where their translations were made (lupdate reads it from the macro).
class ModelMessages {
    Q_DECLARE_TR_FUNCTIONS(linnet::app::ModelManager)
};

// The transfers for a catalog model (and for its tokenizer, when `tokenizer` is given).
DownloadSpec modelDownload(const CatalogModel& model, const QString& destination);
DownloadSpec tokenizerDownload(const CatalogTokenizer& tokenizer, const QString& destination);
// A model file from any address; `problem` says why not when it cannot be downloaded.
std::optional<DownloadSpec> urlDownload(const QString& url, const QString& sha256, const QString& name,
                                        const QString& models_dir, QString& problem);

// A finished download as the library records it. When the engine could not read the
// header (`inspected.error`), a catalog file verified against its published hash is
// described from its catalog entry; anything else gets nullopt.
std::optional<RegisteredModel> registrationOfDownload(const DownloadOutcome& outcome, const DownloadSpec& spec,
                                                      const ImportResult& inspected, const ModelCatalog& catalog);
// An imported file as the library records it; a copy of an official checkpoint is
// recognised by its hash.
RegisteredModel registrationOfImport(const ImportResult& result, const QString& models_dir,
                                     const ModelCatalog& catalog);

} // namespace linnet::app

// The download side of the model services: catalog models (with the tokenizer they
// need) and models from any HTTPS address, through a DownloadQueue (transfers and
// hashing on its own thread). A finished model's header is read on a work thread, then
// the model is added to the installed models.
#pragma once

#include "download_queue.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace linnet::app {

class CatalogStore;
class InstalledModels;
struct ImportResult;

class ModelDownloads : public QObject {
    Q_OBJECT
public:
    // Partial downloads of an earlier run in the models and tokenizer folders are listed
    // as paused, ready to continue.
    ModelDownloads(const DownloadOptions& options, const CatalogStore& catalogs, InstalledModels& installed,
                   QObject* parent = nullptr);
    ~ModelDownloads() override;

    DownloadQueue& queue() { return *queue_; }
    const DownloadQueue& queue() const { return *queue_; }
    // Queues a catalog model, and the tokenizer it needs when that is missing. Returns
    // an error message, or empty with the ids of the transfers in `ids`.
    QString download(const QString& catalog_id, QStringList* ids = nullptr);
    // A model from any HTTPS address, checked against `sha256` when given.
    QString downloadUrl(const QString& url, const QString& sha256, const QString& name, QString* id = nullptr);

signals:
    // A download finished and is usable: a model is registered (model_id), or a
    // tokenizer is in place (model_id 0).
    void installed(const QString& download_id, qint64 model_id);
    void failed(const QString& download_id, const QString& message);

private:
    void onFinished(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec);
    void registerDownload(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec,
                          const ImportResult& inspected);
    // Empty when nothing is at `destination` and no other transfer than `id` writes it.
    QString checkDestinationFree(const QString& destination, const QString& id);

    const CatalogStore& catalogs_;
    InstalledModels& installed_;
    DownloadQueue* queue_;
    QThreadPool work_;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
};

} // namespace linnet::app

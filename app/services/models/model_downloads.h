// The download side of the model services: catalog models (with the tokenizer they
// need) and models from any HTTPS address, through a DownloadQueue (transfers and
// hashing on its own thread). A finished model's header is read on a work thread, then
// the model is added to the installed models.
#pragma once

#include "download_queue.h"

#include <QHash>
#include <QObject>
#include <QSet>
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
    // Each acts on the download `id` and on what it started (the tokenizer queued with a
    // model) unless another download still needs that. A cancelled download reports no
    // failure afterwards, not even one already on its way.
    void cancel(const QString& id);
    void pause(const QString& id);
    void resume(const QString& id);

signals:
    // A download finished and is usable: a model is registered (model_id), or a
    // tokenizer is in place (model_id 0).
    void installed(const QString& download_id, qint64 model_id);
    // `name`: what was downloaded, as the user knows it ("RWKV World vocabulary").
    void failed(const QString& download_id, const QString& message, const QString& name);

private:
    void onFinished(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec);
    void registerDownload(const QString& id, const DownloadOutcome& outcome, const DownloadSpec& spec,
                          const ImportResult& inspected);
    // Empty when nothing is at `destination` and no other transfer than `id` writes it.
    QString checkDestinationFree(const QString& destination, const QString& id);
    // `id` and the transfers it started that no other download in the list needs.
    QStringList withWhatItStarted(const QString& id) const;

    const CatalogStore& catalogs_;
    InstalledModels& installed_;
    DownloadQueue* queue_;
    QHash<QString, QStringList> started_; // a model download → the transfers queued with it
    QSet<QString> cancelling_;            // cancelled, their outcome not in yet
    QThreadPool work_;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
};

} // namespace linnet::app

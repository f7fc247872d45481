// "Check for new models": reads the official repositories' file listings and turns the
// releases the catalog does not have yet into catalog entries. The built-in catalog
// stays the default (and what is used offline); what is found is added on top.
#pragma once

#include "model_catalog.h"
#include "release_listing.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace linnet::app {

class CatalogUpdate : public QObject {
    Q_OBJECT
public:
    // `api` is where the Hugging Face API answers (https://huggingface.co; a test server's
    // address in tests). `repos`: the BlinkDL repositories to read.
    explicit CatalogUpdate(QUrl api = QUrl("https://huggingface.co"), QStringList repos = {"rwkv7-g1"},
                           QObject* parent = nullptr);

    // Compares the listings with `current`; the answer comes as found() or failed().
    void check(const ModelCatalog& current);

    // The entries of releases in `files` (of `repo`) that `current` does not list.
    static QList<CatalogModel> newReleases(const QList<ListedFile>& files, const QString& repo,
                                           const ModelCatalog& current);

signals:
    // The new releases, newest first (none when the catalog is up to date).
    void found(const QList<linnet::app::CatalogModel>& added);
    void failed(const QString& message);

private:
    void read(QNetworkReply* reply, const QString& repo);

    QUrl api_;
    QStringList repos_;
    QNetworkAccessManager* network_ = nullptr;
    ModelCatalog current_;
    QList<CatalogModel> added_;
    int waiting_ = 0;
    QString error_;
};

} // namespace linnet::app

// The catalog in use: the built-in one, or a catalog the user loaded from a file or an
// address. A loaded catalog is validated first; a bad one is refused with a message and
// the current one stays. A remembered catalog is kept in the data folder (so it works
// offline) and used again at the next start.
#pragma once

#include "model_catalog.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace linnet::app {

class SettingsStore;

class CatalogStore : public QObject {
    Q_OBJECT
public:
    // `cache_path`: where a remembered catalog is kept.
    CatalogStore(SettingsStore& settings, QString cache_path, QObject* parent = nullptr);

    const ModelCatalog& catalog() const { return catalog_; }
    // Where the catalog came from; empty for the built-in one.
    const QString& source() const { return source_; }

    // A file path or an address (https://, or http:// to this machine). From a file the
    // result is known on return (the error, or empty) and the signals have been sent;
    // from an address it arrives later through changed() or rejected().
    QString load(const QString& source, bool remember);
    void useBuiltIn();
    // Adds entries found by "Check for new models" to the catalog in use, for this run
    // (the next start begins from the built-in or remembered catalog again).
    void addReleases(const QList<CatalogModel>& added);

signals:
    void changed();
    void rejected(const QString& message);

private:
    QString loadUrl(const QUrl& url, bool remember);
    QString apply(const QByteArray& bytes, const QString& source, bool remember);

    SettingsStore& settings_;
    QString cache_path_;
    ModelCatalog catalog_;
    QString source_;
    QNetworkAccessManager* network_ = nullptr;
};

} // namespace linnet::app

#include "catalog_update.h"

#include "logging.h"
#include "release_listing.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

namespace linnet::app {

namespace {

constexpr qint64 kMaxListingBytes = 4 * 1024 * 1024;

} // namespace

CatalogUpdate::CatalogUpdate(QUrl api, QStringList repos, QObject* parent)
    : QObject(parent), api_(std::move(api)), repos_(std::move(repos))
{
}

QList<CatalogModel> CatalogUpdate::newReleases(const QList<ListedFile>& files, const QString& repo,
                                               const ModelCatalog& current)
{
    QList<CatalogModel> added;
    QSet<QString> known_files, known_ids;
    for (const CatalogModel& m : current.models())
        known_files << m.file, known_ids << m.id;
    for (const ListedFile& f : files) {
        if (known_files.contains(f.name))
            continue;
        // Mirrors follow the pattern of an entry of the same repository.
        const CatalogModel* like = nullptr;
        for (const CatalogModel& m : current.models())
            if (!m.urls.isEmpty() && m.urls[0].contains("/BlinkDL/" + repo + "/"))
                like = &m;
        if (auto entry = releaseEntry(f, repo, like); entry && !known_ids.contains(entry->id))
            added << *entry;
    }
    std::sort(added.begin(), added.end(),
              [](const CatalogModel& a, const CatalogModel& b) { return a.released > b.released; });
    return added;
}

void CatalogUpdate::check(const ModelCatalog& current)
{
    if (waiting_ > 0)
        return;
    if (!network_)
        network_ = new QNetworkAccessManager(this);
    current_ = current;
    added_.clear();
    error_.clear();
    for (const QString& repo : repos_) {
        QUrl url = api_;
        url.setPath(QString("/api/models/BlinkDL/%1/tree/main").arg(repo));
        QNetworkRequest request(url);
        request.setTransferTimeout(30000);
        QNetworkReply* reply = network_->get(request);
        ++waiting_;
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > kMaxListingBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, repo] { read(reply, repo); });
    }
}

void CatalogUpdate::read(QNetworkReply* reply, const QString& repo)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    QString error;
    if (reply->error() != QNetworkReply::NoError) {
        error = tr("Cannot check for new models (%1). The catalog is unchanged.").arg(reply->errorString());
    } else if (const auto files = parseReleaseListing(body, &error)) {
        added_ += newReleases(*files, repo, current_);
    } else {
        error = tr("%1 The catalog is unchanged.").arg(error);
    }
    if (!error.isEmpty() && error_.isEmpty())
        error_ = error;
    if (--waiting_ > 0)
        return;
    // All or nothing: one bad listing leaves the catalog as it was.
    if (!error_.isEmpty()) {
        qCWarning(lcModels) << "check for new models:" << error_;
        emit failed(error_);
    } else {
        qCInfo(lcModels) << "check for new models:" << added_.size() << "new";
        emit found(added_);
    }
}

} // namespace linnet::app

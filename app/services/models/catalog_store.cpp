#include "catalog_store.h"
#include "input_limits.h"

#include "download_url_policy.h"
#include "logging.h"
#include "settings_store.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace linnet::app {

namespace {

constexpr qint64 kMaxCatalogBytes = limits::kMaxCatalogBytes;
const QString kSourceKey = QStringLiteral("catalog_source");

bool looksLikeAddress(const QString& source)
{
    return source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace

CatalogStore::CatalogStore(SettingsStore& settings, QString cache_path, QObject* parent)
    : QObject(parent), settings_(settings), cache_path_(std::move(cache_path)), catalog_(ModelCatalog::builtIn())
{
    const QString remembered = settings_.value(kSourceKey).toString();
    if (remembered.isEmpty())
        return;
    QFile cache(cache_path_);
    QString error;
    std::optional<ModelCatalog> parsed;
    if (cache.open(QIODevice::ReadOnly))
        parsed = ModelCatalog::parse(cache.read(kMaxCatalogBytes), &error);
    if (parsed) {
        catalog_ = *parsed;
        source_ = remembered;
    } else {
        qCWarning(lcModels) << "using the built-in catalog; the remembered one from" << remembered
                            << "cannot be used:" << (error.isEmpty() ? cache.errorString() : error);
    }
}

QString CatalogStore::load(const QString& source, bool remember)
{
    if (looksLikeAddress(source))
        return loadUrl(QUrl(source), remember);
    QFile file(source);
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("Cannot read the catalog %1: %2").arg(source, file.errorString());
    else if (file.size() > kMaxCatalogBytes)
        error = tr("%1 is too large to be a model catalog.").arg(source);
    else
        error = apply(file.readAll(), QFileInfo(source).absoluteFilePath(), remember);
    if (!error.isEmpty())
        emit rejected(error);
    return error;
}

QString CatalogStore::loadUrl(const QUrl& url, bool remember)
{
    if (const QString problem = downloadUrlProblem(url); !problem.isEmpty()) {
        emit rejected(problem);
        return problem;
    }
    if (!network_)
        network_ = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30000);
    QNetworkReply* reply = network_->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxCatalogBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, remember] {
        reply->deleteLater();
        QString error;
        if (reply->error() != QNetworkReply::NoError)
            error = tr("Cannot load the catalog from %1: %2").arg(url.toDisplayString(), reply->errorString());
        else
            error = apply(reply->readAll(), url.toString(), remember);
        if (!error.isEmpty())
            emit rejected(error);
    });
    return {};
}

QString CatalogStore::apply(const QByteArray& bytes, const QString& source, bool remember)
{
    QString error;
    const std::optional<ModelCatalog> parsed = ModelCatalog::parse(bytes, &error);
    if (!parsed) {
        qCWarning(lcModels) << "refused the catalog from" << source << ":" << error;
        return error;
    }
    if (remember) {
        QSaveFile cache(cache_path_);
        if (!cache.open(QIODevice::WriteOnly) || cache.write(bytes) != bytes.size() || !cache.commit())
            return tr("Cannot keep the catalog in %1: %2").arg(cache_path_, cache.errorString());
        settings_.setValue(kSourceKey, source);
    }
    catalog_ = *parsed;
    source_ = source;
    qCInfo(lcModels) << "using the catalog from" << source << "with" << catalog_.models().size() << "models";
    emit changed();
    return {};
}

void CatalogStore::addReleases(const QList<CatalogModel>& added)
{
    if (added.isEmpty())
        return;
    catalog_ = catalog_.withModels(added);
    emit changed();
}

void CatalogStore::useBuiltIn()
{
    settings_.setValue(kSourceKey, QString());
    QFile::remove(cache_path_);
    catalog_ = ModelCatalog::builtIn();
    source_.clear();
    emit changed();
}

} // namespace linnet::app

#include "download_sidecar.h"

#include "download_url_policy.h"
#include "http_headers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace linnet::app {

QString partPath(const QString& destination)
{
    return destination + QStringLiteral(".part");
}

QString sidecarPath(const QString& destination)
{
    return destination + QStringLiteral(".part.json");
}

QString writeSidecar(const DownloadSpec& spec)
{
    QJsonObject o{{"format", 1},
                  {"id", spec.id},
                  {"kind", spec.kind == DownloadKind::Tokenizer ? "tokenizer" : "model"},
                  {"name", spec.name},
                  {"catalog_id", spec.catalogId},
                  {"file", QFileInfo(spec.destination).fileName()},
                  {"urls", QJsonArray::fromStringList(spec.urls)},
                  {"expected_size", spec.expectedSize},
                  {"sha256", spec.expectedSha256},
                  {"hash_source", spec.hashSource},
                  {"written_ms", QDateTime::currentMSecsSinceEpoch()}};
    QSaveFile file(sidecarPath(spec.destination));
    const QByteArray bytes = QJsonDocument(o).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    return {};
}

std::optional<DownloadSpec> readSidecar(const QString& sidecar_file)
{
    QFile file(sidecar_file);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QString name = o["file"].toString();
    if (o["format"].toInt() != 1 || !isSafeFileName(name) || o["id"].toString().isEmpty())
        return std::nullopt;
    DownloadSpec spec;
    spec.id = o["id"].toString();
    spec.kind = o["kind"].toString() == "tokenizer" ? DownloadKind::Tokenizer : DownloadKind::Model;
    spec.name = o["name"].toString(name);
    spec.catalogId = o["catalog_id"].toString();
    for (const auto& u : o["urls"].toArray())
        spec.urls << u.toString();
    spec.destination = QFileInfo(sidecar_file).absoluteDir().filePath(name);
    spec.expectedSize = o["expected_size"].toInteger(-1);
    spec.expectedSha256 = o["sha256"].toString();
    spec.hashSource = o["hash_source"].toString();
    if (!spec.expectedSha256.isEmpty() && !isSha256Hex(spec.expectedSha256))
        return std::nullopt;
    return spec;
}

void removePartial(const QString& destination)
{
    QFile::remove(partPath(destination));
    QFile::remove(sidecarPath(destination));
}

bool canContinue(const DownloadSpec& recorded, const DownloadSpec& wanted)
{
    if (QFileInfo(recorded.destination).absoluteFilePath() != QFileInfo(wanted.destination).absoluteFilePath())
        return false;
    if (!recorded.expectedSha256.isEmpty() && !wanted.expectedSha256.isEmpty() &&
        recorded.expectedSha256 != wanted.expectedSha256)
        return false;
    if (recorded.expectedSize >= 0 && wanted.expectedSize >= 0 && recorded.expectedSize != wanted.expectedSize)
        return false;
    return true;
}

} // namespace linnet::app

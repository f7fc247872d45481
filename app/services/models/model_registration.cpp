#include "model_registration.h"

#include "download_url_policy.h"
#include "http_headers.h"

#include "linnet/model.h"

#include <QDir>
#include <QFileInfo>
#include <QCoreApplication>
#include <QUrl>

namespace linnet::app {

namespace {

QString formatOfFile(const QString& file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == "pth")
        return QStringLiteral("pth");
    if (suffix == "bin")
        return QStringLiteral("rwkv.cpp");
    return QStringLiteral("safetensors");
}

void describe(RegisteredModel& m, const linnet::ModelInfo& info)
{
    m.format = QString::fromStdString(info.format);
    m.version = QString::fromLatin1(linnet::arch_name(info.arch));
    m.parameters = info.parameters;
    m.vocab = info.n_vocab;
}

DownloadSpec checked_download(QString id, QString name, QStringList urls, QString destination, QString sha256,
                              const QString& source)
{
    DownloadSpec spec;
    spec.id = std::move(id);
    spec.name = std::move(name);
    spec.urls = std::move(urls);
    spec.destination = std::move(destination);
    spec.expectedSha256 = std::move(sha256);
    spec.hashSource = spec.expectedSha256.isEmpty() ? QString() : source;
    return spec;
}

} // namespace

DownloadSpec modelDownload(const CatalogModel& model, const QString& destination)
{
    DownloadSpec spec = checked_download(model.id, model.name, model.urls, destination, model.sha256, "catalog");
    spec.catalogId = model.id;
    spec.expectedSize = model.size;
    return spec;
}

DownloadSpec tokenizerDownload(const CatalogTokenizer& tokenizer, const QString& destination)
{
    DownloadSpec spec = checked_download("tokenizer:" + tokenizer.id, tokenizer.name, tokenizer.urls, destination,
                                         tokenizer.sha256, "catalog");
    spec.kind = DownloadKind::Tokenizer;
    spec.expectedSize = tokenizer.size;
    return spec;
}

std::optional<DownloadSpec> urlDownload(const QString& url, const QString& sha256, const QString& name,
                                        const QString& models_dir, QString& problem)
{
    const QUrl address(url);
    problem = downloadUrlProblem(address);
    const QString file = name.isEmpty() ? address.path(QUrl::FullyDecoded).section('/', -1) : name;
    const QString hex = sha256.trimmed().toLower();
    if (problem.isEmpty() && !isSafeFileName(file))
        problem = ModelMessages::tr("'%1' cannot be used as a file name.").arg(file);
    if (problem.isEmpty() && !isImportableModelFile(file))
        problem = ModelMessages::tr("'%1' must end with .pth, .safetensors, .st or .bin.").arg(file);
    if (problem.isEmpty() && !hex.isEmpty() && !isSha256Hex(hex))
        problem = ModelMessages::tr("'%1' is not a SHA-256 (64 hexadecimal digits).").arg(sha256);
    if (!problem.isEmpty())
        return std::nullopt;
    return checked_download(file, file, {QString::fromLatin1(address.toEncoded())}, QDir(models_dir).filePath(file),
                            hex, "user");
}

std::optional<RegisteredModel> registrationOfDownload(const DownloadOutcome& outcome, const DownloadSpec& spec,
                                                      const ImportResult& inspected, const ModelCatalog& catalog)
{
    RegisteredModel m;
    m.name = spec.name;
    m.path = outcome.path;
    m.catalogId = spec.catalogId;
    m.sizeBytes = outcome.size;
    m.sha256 = outcome.sha256;
    m.inModelsDir = true;
    if (inspected.error.isEmpty()) {
        describe(m, inspected.info);
        return m;
    }
    // A catalog file verified against its published hash is the official checkpoint
    // even when this build cannot read its format yet.
    const CatalogModel* entry = spec.catalogId.isEmpty() ? nullptr : catalog.model(spec.catalogId);
    const bool verified = outcome.checkedBy == "catalog" || outcome.checkedBy == "x-linked-etag";
    if (!entry || !verified)
        return std::nullopt;
    m.format = formatOfFile(entry->file);
    m.version = entry->version;
    m.parameters = entry->parameters;
    const CatalogTokenizer* tokenizer = catalog.tokenizer(entry->tokenizer);
    m.vocab = tokenizer ? tokenizer->vocab : 0;
    return m;
}

RegisteredModel registrationOfImport(const ImportResult& result, const QString& models_dir, const ModelCatalog& catalog)
{
    RegisteredModel m;
    m.name = QFileInfo(result.path).completeBaseName();
    m.path = result.path;
    describe(m, result.info);
    m.sizeBytes = result.size;
    m.sha256 = result.sha256;
    m.inModelsDir = result.copied || QFileInfo(result.path).absolutePath() == QFileInfo(models_dir).absoluteFilePath();
    for (const CatalogModel& entry : catalog.models())
        if (!m.sha256.isEmpty() && entry.sha256 == m.sha256)
            m.catalogId = entry.id;
    return m;
}

} // namespace linnet::app

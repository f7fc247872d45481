#include "model_import.h"

#include "disk_space.h"
#include "file_hashing.h"

#include "linnet/error.h"
#include "linnet/model.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace linnet::app {

bool isImportableModelFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "pth" || suffix == "safetensors" || suffix == "st" || suffix == "bin";
}

ImportResult importModelFile(const QString& source, bool copy, const QString& models_dir,
                             const std::atomic<bool>& cancel, const std::function<void(qint64, qint64)>& progress)
{
    ImportResult r;
    const QFileInfo info(source);
    if (!info.isFile()) {
        r.error = QObject::tr("%1 does not exist or is not a file.").arg(source);
        return r;
    }
    if (!isImportableModelFile(source)) {
        r.error = QObject::tr("%1 is not a model file Linnet imports (.pth, .safetensors, .st or .bin).")
                      .arg(info.fileName());
        return r;
    }
    try {
        r.info = linnet::inspect_model(info.absoluteFilePath().toStdString());
    } catch (const std::exception& e) {
        r.error = QObject::tr("%1 cannot be imported: %2").arg(info.fileName(), QString::fromStdString(e.what()));
        return r;
    }
    r.size = info.size();
    if (!copy) {
        r.path = info.absoluteFilePath();
        return r;
    }
    const QString destination = QDir(models_dir).filePath(info.fileName());
    if (QFileInfo::exists(destination)) {
        r.error = QObject::tr("The models folder already has a file named %1.").arg(info.fileName());
        return r;
    }
    if (!QDir().mkpath(models_dir)) {
        r.error = QObject::tr("Cannot create the folder %1.").arg(models_dir);
        return r;
    }
    if (const QString problem = freeSpaceProblem(models_dir, r.size, QObject::tr("A copy of %1").arg(info.fileName()));
        !problem.isEmpty()) {
        r.error = problem;
        return r;
    }
    // Copied under a temporary name, so a half-copied file never looks like a model.
    const QString temporary = destination + QStringLiteral(".importing");
    QFile::remove(temporary);
    const CopyResult copied = copyFileHashing(info.absoluteFilePath(), temporary, cancel, progress);
    if (!copied.error.isEmpty()) {
        r.error = copied.error;
        return r;
    }
    if (!QFile::rename(temporary, destination)) {
        QFile::remove(temporary);
        r.error = QObject::tr("Cannot move the copy to %1.").arg(destination);
        return r;
    }
    r.path = destination;
    r.sha256 = copied.sha256;
    r.copied = true;
    return r;
}

} // namespace linnet::app

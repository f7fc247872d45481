#include "file_places.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace linnet::ui {

QString FilePlaces::homeFolder() const
{
    return QDir::homePath();
}

QString FilePlaces::fileNameFor(const QString& title, const QString& extension) const
{
    static const QRegularExpression forbidden(R"([/\\:*?"<>|\x00-\x1f])");
    QString name = title.simplified();
    name.replace(forbidden, "_");
    // Long titles make names some file systems refuse (255 bytes); 80 characters read well.
    name = name.left(80).trimmed();
    while (name.startsWith('.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("conversation");
    return withExtension(name, extension);
}

QString FilePlaces::withExtension(const QString& name, const QString& extension) const
{
    const QString trimmed = name.trimmed();
    if (extension.isEmpty() || trimmed.endsWith("." + extension, Qt::CaseInsensitive))
        return trimmed;
    return trimmed + "." + extension;
}

QString FilePlaces::join(const QString& folder, const QString& name) const
{
    QString base = folder.trimmed();
    if (base == "~" || base.startsWith("~/"))
        base = QDir::homePath() + base.mid(1);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir::cleanPath(QDir(base).filePath(name));
}

QString FilePlaces::localPath(const QUrl& url) const
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

QUrl FilePlaces::folderUrlOf(const QString& file_path) const
{
    return QUrl::fromLocalFile(QFileInfo(file_path).absolutePath());
}

bool FilePlaces::exists(const QString& path) const
{
    return QFileInfo::exists(path);
}

bool FilePlaces::isFolder(const QString& path) const
{
    return QFileInfo(path).isDir();
}

bool FilePlaces::openFolderOf(const QString& file_path) const
{
    return QDesktopServices::openUrl(folderUrlOf(file_path));
}

} // namespace linnet::ui

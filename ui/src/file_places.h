// Where files go and how their names are made, for the window's own file forms (export,
// import): the home folder to start in, a file name from a chat title with the
// extension of its format, and the folder of a written file to open.
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace linnet::ui {

class FilePlaces : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE QString homeFolder() const;
    // A file name made from a title: characters no file system accepts become "_",
    // and an empty title gives "conversation".
    Q_INVOKABLE QString fileNameFor(const QString& title, const QString& extension) const;
    // `name` ending in `.extension` (case-insensitive), adding it when missing.
    Q_INVOKABLE QString withExtension(const QString& name, const QString& extension) const;
    // folder + name, with "~" at the start of the folder standing for the home folder.
    Q_INVOKABLE QString join(const QString& folder, const QString& name) const;
    Q_INVOKABLE QString localPath(const QUrl& url) const;
    Q_INVOKABLE QUrl folderUrlOf(const QString& file_path) const;
    Q_INVOKABLE QUrl urlOf(const QString& path) const { return QUrl::fromLocalFile(path); }
    Q_INVOKABLE bool exists(const QString& path) const;
    Q_INVOKABLE bool isFolder(const QString& path) const;
    // Shows the folder in the desktop's file manager; false when nothing could open it.
    Q_INVOKABLE bool openFolderOf(const QString& file_path) const;
};

} // namespace linnet::ui

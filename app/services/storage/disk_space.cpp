#include "disk_space.h"

#include <QLocale>
#include <QObject>
#include <QStorageInfo>

namespace linnet::app {

QString freeSpaceProblem(const QString& dir, qint64 needed, const QString& what)
{
    if (needed <= 0)
        return {};
    QStorageInfo storage(dir);
    storage.refresh();
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available < 0 || available >= needed)
        return {};
    const QLocale locale = QLocale::system();
    return QObject::tr("Not enough disk space in %1: %2 needs %3 more, but only %4 are free.")
        .arg(dir, what, locale.formattedDataSize(needed), locale.formattedDataSize(available));
}

} // namespace linnet::app

// Whether a folder's disk has room for what is about to be written there.
#pragma once

#include <QString>

namespace linnet::app {

// Empty when `dir` has at least `needed` bytes free (or the system does not say);
// else a message naming the folder, `what` needs the space and how much is free.
QString freeSpaceProblem(const QString& dir, qint64 needed, const QString& what);

} // namespace linnet::app

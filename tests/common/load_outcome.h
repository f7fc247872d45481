// What loading a model file gave: for the tests that build damaged or hostile files and
// check each is refused with its own kind of error and a message that names it.
#pragma once

#include "linnet/error.h"
#include "linnet/model.h"

#include <QFile>
#include <QString>

namespace linnet::test {

struct LoadOutcome {
    bool loaded = false;
    ErrorKind kind{};
    QString message;
};

// Loads `path` on one thread and removes the file afterwards.
inline LoadOutcome load_and_remove(const QString& path)
{
    LoadOutcome o;
    try {
        Model::load(path.toStdString(), {.threads = 1});
        o.loaded = true;
    } catch (const Error& e) {
        o.kind = e.kind();
        o.message = e.what();
    }
    QFile::remove(path);
    return o;
}

} // namespace linnet::test

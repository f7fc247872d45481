#include "data_location.h"

#include <QDir>
#include <QStandardPaths>

namespace linnet::app {

DataLocation::DataLocation(const QString& override_dir)
    : root_(QDir(override_dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                        : override_dir)
                .absolutePath())
{
}

QString DataLocation::databasePath() const
{
    return QDir(root_).filePath("linnet.db");
}

QString DataLocation::modelsDir() const
{
    return QDir(root_).filePath("models");
}

QString DataLocation::packedWeightsDir() const
{
    return QDir(root_).filePath("packed-weights");
}

QString DataLocation::tokenizerDir() const
{
    // Tests and developers point this at ../shared/tokenizers.
    const QString overridden = qEnvironmentVariable("LINNET_TOKENIZER_DIR");
    return overridden.isEmpty() ? QDir(root_).filePath("tokenizers") : overridden;
}

} // namespace linnet::app

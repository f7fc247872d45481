// Where Linnet keeps its files: the database, downloaded models and tokenizers.
#pragma once

#include <QString>

namespace linnet::app {

class DataLocation {
public:
    // `override_dir` (from --data-dir) when given, else the platform's app data folder.
    explicit DataLocation(const QString& override_dir = {});

    const QString& root() const { return root_; }
    QString databasePath() const;
    QString modelsDir() const;
    QString tokenizerDir() const;

private:
    QString root_;
};

} // namespace linnet::app

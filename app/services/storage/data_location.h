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
    // 4-bit weights kept once packed, one file per model (linnet::LoadOptions::
    // packed_cache_dir): rebuilt when missing, removed with their model.
    QString packedWeightsDir() const;

private:
    QString root_;
};

} // namespace linnet::app

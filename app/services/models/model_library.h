// The models Linnet knows: files downloaded or imported, registered in the database
// with what their header says (version, sizes) and their SHA-256.
#pragma once

#include "database.h"

#include <QList>
#include <QString>

#include <optional>

namespace linnet::app {

struct RegisteredModel {
    qint64 id = 0;
    QString name;
    QString path;
    QString catalogId;   // empty for an imported file
    QString format;      // "rwkv.cpp", "pth", "safetensors"
    QString version;     // "4", "5.1", "5.2", "6", "7"
    qint64 parameters = 0;
    int vocab = 0;
    qint64 sizeBytes = 0;
    QString sha256;      // empty when not computed (a file kept in place)
    bool inModelsDir = false; // Linnet's own copy: its file is deleted with the registration
    qint64 addedAt = 0;  // ms since the epoch
};

class ModelLibrary {
public:
    explicit ModelLibrary(Database& db) : db_(db) {}

    QList<RegisteredModel> list();
    std::optional<RegisteredModel> find(qint64 id);
    std::optional<RegisteredModel> findByPath(const QString& path);
    std::optional<RegisteredModel> findByCatalogId(const QString& catalog_id);

    // Returns the new id; `model.id` and `model.addedAt` are filled in.
    qint64 add(RegisteredModel& model);
    void remove(qint64 id);

private:
    Database& db_;
};

} // namespace linnet::app

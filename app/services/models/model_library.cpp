#include "model_library.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>

namespace linnet::app {

namespace {

const char* kColumns = "id, name, path, catalog_id, format, version, parameters, vocab, size_bytes, sha256, "
                       "in_models_dir, added_at";

RegisteredModel fromRow(const QSqlQuery& q)
{
    RegisteredModel m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.path = q.value(2).toString();
    m.catalogId = q.value(3).toString();
    m.format = q.value(4).toString();
    m.version = q.value(5).toString();
    m.parameters = q.value(6).toLongLong();
    m.vocab = q.value(7).toInt();
    m.sizeBytes = q.value(8).toLongLong();
    m.sha256 = q.value(9).toString();
    m.inModelsDir = q.value(10).toInt() != 0;
    m.addedAt = q.value(11).toLongLong();
    return m;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QList<RegisteredModel> ModelLibrary::list()
{
    return db_.rows(QStringLiteral("SELECT %1 FROM models ORDER BY added_at, id").arg(kColumns), {}, fromRow);
}

std::optional<RegisteredModel> ModelLibrary::find(qint64 id)
{
    return db_.firstRow(QStringLiteral("SELECT %1 FROM models WHERE id = ?").arg(kColumns), {id}, fromRow);
}

std::optional<RegisteredModel> ModelLibrary::findByPath(const QString& path)
{
    return db_.firstRow(QStringLiteral("SELECT %1 FROM models WHERE path = ?").arg(kColumns),
                        {QFileInfo(path).absoluteFilePath()}, fromRow);
}

std::optional<RegisteredModel> ModelLibrary::findByCatalogId(const QString& catalog_id)
{
    return db_.firstRow(QStringLiteral("SELECT %1 FROM models WHERE catalog_id = ? ORDER BY id DESC").arg(kColumns),
                        {catalog_id}, fromRow);
}

qint64 ModelLibrary::add(RegisteredModel& m)
{
    m.path = QFileInfo(m.path).absoluteFilePath();
    m.addedAt = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q = db_.exec(
        "INSERT INTO models (name, path, catalog_id, format, version, parameters, vocab, size_bytes, sha256, "
        "in_models_dir, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {m.name, m.path, textOrNull(m.catalogId), m.format, m.version, m.parameters, m.vocab, m.sizeBytes,
         textOrNull(m.sha256), m.inModelsDir ? 1 : 0, m.addedAt});
    m.id = q.lastInsertId().toLongLong();
    return m.id;
}

void ModelLibrary::remove(qint64 id)
{
    db_.exec("DELETE FROM models WHERE id = ?", {id});
}

} // namespace linnet::app

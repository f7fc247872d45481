#include "remote_model_store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>

namespace linnet::app {

RemoteModelStore::RemoteModelStore(QString data_dir) : path_(QDir(data_dir).filePath("remote-models.json")) {}

QList<RemoteModel> RemoteModelStore::list() const
{
    QFile f(path_);
    QList<RemoteModel> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.read(1 << 20)).object()["models"].toArray()) {
        const QJsonObject o = v.toObject();
        RemoteModel m{{}, o["name"].toString(), QUrl(o["base_url"].toString()), o["model"].toString(),
                      o["api_key"].toString()};
        m.id = idFor(m.name);
        if (!m.name.isEmpty() && m.base_url.isValid())
            out << m;
    }
    return out;
}

std::optional<RemoteModel> RemoteModelStore::find(const QString& id) const
{
    for (const RemoteModel& m : list())
        if (m.id == id)
            return m;
    return std::nullopt;
}

QString RemoteModelStore::save(const RemoteModel& model)
{
    const QString scheme = model.base_url.scheme();
    if (model.name.trimmed().isEmpty() || model.model.isEmpty())
        return QObject::tr("A remote model needs a name and a model.");
    if (!model.base_url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        model.base_url.host().isEmpty())
        return QObject::tr("The address must be an http:// or https:// URL, such as http://192.168.1.5:8080/v1.");
    QList<RemoteModel> models = list();
    models.removeIf([&](const RemoteModel& m) { return m.name == model.name; });
    models << model;
    return write(models);
}

void RemoteModelStore::remove(const QString& id)
{
    QList<RemoteModel> models = list();
    models.removeIf([&](const RemoteModel& m) { return m.id == id; });
    write(models);
}

QString RemoteModelStore::write(const QList<RemoteModel>& models) const
{
    QJsonArray array;
    for (const RemoteModel& m : models)
        array.append(QJsonObject{{"name", m.name},
                                 {"base_url", m.base_url.toString()},
                                 {"model", m.model},
                                 {"api_key", m.api_key}});
    QSaveFile f(path_);
    // Owner only from the start: the key is never readable by others, not even briefly.
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QObject::tr("Cannot write %1: %2").arg(path_, f.errorString());
    f.write(QJsonDocument(QJsonObject{{"models", array}}).toJson());
    if (!f.commit())
        return QObject::tr("Cannot write %1: %2").arg(path_, f.errorString());
    return {};
}

} // namespace linnet::app

// The remote models a user added: a name, the server's base URL, the model chosen from
// its /v1/models, and an optional API key. Kept in the data folder as
// remote-models.json, readable and writable by the user only (the keys are secrets),
// and replaced whole on every change so a crash never leaves half a file.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace linnet::app {

struct RemoteModel {
    QString id; // "remote:<name>": what a conversation records as its model
    QString name;
    QUrl base_url;
    QString model;
    QString api_key;
};

class RemoteModelStore {
public:
    explicit RemoteModelStore(QString data_dir);

    QList<RemoteModel> list() const;
    std::optional<RemoteModel> find(const QString& id) const;
    // Adds or replaces (by name). Returns an error in words, or empty.
    QString save(const RemoteModel& model);
    void remove(const QString& id);

    static QString idFor(const QString& name) { return QStringLiteral("remote:") + name; }

private:
    QString write(const QList<RemoteModel>& models) const;

    QString path_;
};

} // namespace linnet::app

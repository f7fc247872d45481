// The remote models the user added (OpenAI-compatible servers), for the model menu and
// the "Add a remote model" dialog: listing a server's models, adding and removing.
// The network work is asynchronous; nothing here waits on it.
#pragma once

#include "remote_model_store.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace linnet::app {
class RemoteClient;
}

namespace linnet::ui {

class RemoteModelsView : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.remoteModels")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool fetching READ fetching NOTIFY fetchingChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, ModelRole, AddressRole };

    explicit RemoteModelsView(app::RemoteModelStore& store, QObject* parent = nullptr);
    ~RemoteModelsView() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool fetching() const { return client_ != nullptr; }

    // Asks the server at `address` for its models: listed() or failed() follows.
    Q_INVOKABLE void fetch(const QString& address, const QString& api_key);
    // Keeps a remote model; returns its id, or "" with failed() telling why.
    Q_INVOKABLE QString add(const QString& name, const QString& address, const QString& model, const QString& api_key);
    Q_INVOKABLE void remove(const QString& id);

signals:
    void countChanged();
    void fetchingChanged();
    void listed(const QStringList& models);
    void failed(const QString& message);
    void removed(const QString& id);

private:
    void reload();

    app::RemoteModelStore& store_;
    QList<app::RemoteModel> models_;
    std::unique_ptr<app::RemoteClient> client_;
};

} // namespace linnet::ui

#include "remote_models_view.h"

#include "remote_client.h"

namespace linnet::ui {

namespace {

// What people paste: "192.168.1.5:8080", "http://host:8080/" or the full ".../v1".
QUrl apiAddress(const QString& typed)
{
    QString text = typed.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    QUrl url(text);
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/v1"));
    return url;
}

} // namespace

RemoteModelsView::RemoteModelsView(app::RemoteModelStore& store, QObject* parent)
    : QAbstractListModel(parent), store_(store), models_(store.list())
{
}

RemoteModelsView::~RemoteModelsView() = default;

int RemoteModelsView::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(models_.size());
}

QVariant RemoteModelsView::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= models_.size())
        return {};
    const app::RemoteModel& m = models_[index.row()];
    switch (role) {
    case IdRole: return m.id;
    case NameRole: return m.name;
    case ModelRole: return m.model;
    case AddressRole: return m.base_url.toString();
    default: return {};
    }
}

QHash<int, QByteArray> RemoteModelsView::roleNames() const
{
    return {{IdRole, "id"}, {NameRole, "name"}, {ModelRole, "model"}, {AddressRole, "address"}};
}

void RemoteModelsView::fetch(const QString& address, const QString& api_key)
{
    const QUrl url = apiAddress(address);
    if (!url.isValid() || url.host().isEmpty())
        return emit failed(tr("“%1” is not a server address. Type one like http://192.168.1.5:8080/v1.").arg(address));
    client_ = std::make_unique<app::RemoteClient>(app::RemoteEndpoint{url, api_key, 15'000});
    emit fetchingChanged();
    const auto done = [this] {
        client_.release()->deleteLater(); // we are inside its signal
        emit fetchingChanged();
    };
    connect(client_.get(), &app::RemoteClient::modelsListed, this, [this, done](const QStringList& ids) {
        done();
        emit listed(ids);
    });
    connect(client_.get(), &app::RemoteClient::failed, this, [this, done](const QString& message) {
        done();
        emit failed(message);
    });
    client_->listModels();
}

QString RemoteModelsView::add(const QString& name, const QString& address, const QString& model, const QString& api_key)
{
    const app::RemoteModel m{app::RemoteModelStore::idFor(name.trimmed()), name.trimmed(), apiAddress(address), model,
                             api_key};
    if (const QString error = store_.save(m); !error.isEmpty()) {
        emit failed(error);
        return {};
    }
    reload();
    return m.id;
}

void RemoteModelsView::remove(const QString& id)
{
    store_.remove(id);
    reload();
    emit removed(id);
}

void RemoteModelsView::reload()
{
    beginResetModel();
    models_ = store_.list();
    endResetModel();
    emit countChanged();
}

} // namespace linnet::ui

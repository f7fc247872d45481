// The active model in the top bar: which file, loading, ready or failed (with the
// engine's message), or a remote model (an OpenAI-compatible server the user added).
// Loading happens on the inference thread.
#pragma once

#include "gadget_properties.h"
#include "remote_model_store.h"
#include "turn_types.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace linnet::app {
class InferenceWorker;
class SettingsStore;
} // namespace linnet::app

namespace linnet::ui {

class ModelController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.model")
    Q_PROPERTY(QString path READ path NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(double loadProgress READ loadProgress NOTIFY loadProgressChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QVariantMap info READ info NOTIFY changed)
    // A remote model is in use (`path` is its id, "remote:<name>").
    Q_PROPERTY(bool remote READ remote NOTIFY changed)
    // The remote model's model name and server, as "model · host".
    Q_PROPERTY(QString remoteSummary READ remoteSummary NOTIFY changed)

public:
    ModelController(app::SettingsStore& settings, app::RemoteModelStore& remote_models, app::InferenceWorker* worker,
                    QObject* parent = nullptr);

    QString path() const { return path_; }
    QString name() const;
    bool loading() const { return loading_; }
    double loadProgress() const { return load_progress_; }
    bool ready() const { return ready_; }
    QString error() const { return error_; }
    QVariantMap info() const { return gadgetProperties(info_); }
    bool remote() const { return remote_.has_value(); }
    const std::optional<app::RemoteModel>& remoteModel() const { return remote_; }
    QString remoteSummary() const;

    Q_INVOKABLE void load(const QString& path);
    // Chats go to the remote model `id` from now on; the loaded model stays loaded.
    Q_INVOKABLE void useRemote(const QString& id);
    Q_INVOKABLE void reload(); // after an engine setting changed
    void restoreLast();        // the model used last time, if its file is still there
    // The remote model `id` was removed: when it is in use, nothing is.
    void forgetRemote(const QString& id);

signals:
    void changed();
    void loadProgressChanged();
    void loaded();
    void failed(const QString& message);
    void remoteChanged(); // a remote model came into use, or went out of it

private:
    void setRemote(std::optional<app::RemoteModel> remote);

    app::SettingsStore& settings_;
    app::RemoteModelStore& remote_models_;
    app::InferenceWorker* worker_;
    std::optional<app::RemoteModel> remote_;
    QString path_;
    bool loading_ = false;
    double load_progress_ = 0;
    bool ready_ = false;
    QString error_;
    app::LoadedModel info_;
};

} // namespace linnet::ui

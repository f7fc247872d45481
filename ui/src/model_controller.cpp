#include "model_controller.h"

#include "inference_worker.h"
#include "settings_store.h"

#include <QFileInfo>
#include <QUrl>

namespace linnet::ui {

ModelController::ModelController(app::SettingsStore& settings, app::RemoteModelStore& remote_models,
                                 app::InferenceWorker* worker, QObject* parent)
    : QObject(parent), settings_(settings), remote_models_(remote_models), worker_(worker)
{
    connect(worker_, &app::InferenceWorker::modelLoaded, this, [this](const QString& path, const app::LoadedModel& info) {
        if (path != path_)
            return;
        loading_ = false;
        ready_ = true;
        error_.clear();
        info_ = info;
        settings_.setValue("last_model", path);
        emit changed();
        emit loaded();
    });
    connect(worker_, &app::InferenceWorker::modelLoadProgress, this, [this](const QString& path, double done) {
        if (path != path_)
            return;
        load_progress_ = done;
        emit loadProgressChanged();
    });
    connect(worker_, &app::InferenceWorker::modelFailed, this, [this](const QString& path, const QString& message) {
        if (path != path_)
            return;
        loading_ = false;
        ready_ = false;
        error_ = message;
        emit changed();
        emit failed(message);
    });
}

QString ModelController::name() const
{
    if (remote_)
        return remote_->name;
    return path_.isEmpty() ? QString() : QFileInfo(path_).completeBaseName();
}

QString ModelController::remoteSummary() const
{
    return remote_ ? remote_->model + QStringLiteral(" · ") + remote_->base_url.host() : QString();
}

void ModelController::setRemote(std::optional<app::RemoteModel> remote)
{
    const bool was = remote_.has_value();
    remote_ = std::move(remote);
    if (was || remote_)
        emit remoteChanged();
}

void ModelController::useRemote(const QString& id)
{
    auto model = remote_models_.find(id);
    if (!model)
        return emit failed(tr("That remote model is no longer in the list."));
    path_ = id;
    loading_ = false;
    ready_ = true;
    error_.clear();
    info_ = {};
    settings_.setValue("last_model", id);
    setRemote(std::move(model));
    emit changed();
}

void ModelController::forgetRemote(const QString& id)
{
    if (!remote_ || remote_->id != id)
        return;
    path_.clear();
    ready_ = false;
    settings_.setValue("last_model", QString());
    setRemote(std::nullopt);
    emit changed();
}

void ModelController::load(const QString& path_or_url)
{
    const QUrl url(path_or_url);
    const QString path = url.isLocalFile() ? url.toLocalFile() : path_or_url;
    path_ = path;
    setRemote(std::nullopt);
    loading_ = true;
    load_progress_ = 0;
    emit loadProgressChanged();
    ready_ = false;
    error_.clear();
    emit changed();
    const app::EngineSettings engine = settings_.engine();
    auto* w = worker_;
    QMetaObject::invokeMethod(w, [w, path, engine] { w->loadModel(path, engine); }, Qt::QueuedConnection);
}

void ModelController::reload()
{
    if (!path_.isEmpty() && !remote_)
        load(path_);
}

void ModelController::restoreLast()
{
    const QString last = settings_.value("last_model").toString();
    if (remote_models_.find(last))
        useRemote(last);
    else if (!last.isEmpty() && QFileInfo::exists(last))
        load(last);
}

} // namespace linnet::ui

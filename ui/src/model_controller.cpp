#include "model_controller.h"

#include "inference_worker.h"
#include "settings_store.h"

#include <QFileInfo>
#include <QUrl>

namespace linnet::ui {

ModelController::ModelController(app::SettingsStore& settings, app::InferenceWorker* worker, QObject* parent)
    : QObject(parent), settings_(settings), worker_(worker)
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
    return path_.isEmpty() ? QString() : QFileInfo(path_).completeBaseName();
}

void ModelController::load(const QString& path_or_url)
{
    const QUrl url(path_or_url);
    const QString path = url.isLocalFile() ? url.toLocalFile() : path_or_url;
    path_ = path;
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
    if (!path_.isEmpty())
        load(path_);
}

void ModelController::restoreLast()
{
    const QString last = settings_.value("last_model").toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        load(last);
}

} // namespace linnet::ui

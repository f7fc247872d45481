#include "local_server_controller.h"

#include "api_server.h"
#include "inference_worker.h"

#include <QDateTime>
#include <QJsonObject>

namespace linnet::ui {

namespace {
constexpr int kLogLines = 50;
}

LocalServerController::LocalServerController(app::InferenceWorker* worker, ApiServerFactory make_server,
                                             QObject* parent)
    : QObject(parent), worker_(worker), make_server_(std::move(make_server))
{
    // The worker tells which model is loaded; requests must name it.
    connect(worker_, &app::InferenceWorker::modelLoaded, this, [this](const QString& path) {
        model_path_ = path;
        if (server_)
            server_->setModelPath(path);
    });
    connect(worker_, &app::InferenceWorker::modelFailed, this, [this] {
        model_path_.clear();
        if (server_)
            server_->setModelPath({});
    });
}

LocalServerController::~LocalServerController() = default;

QString LocalServerController::address() const
{
    return server_ ? server_->baseUrl() : QString();
}

void LocalServerController::setRunning(bool on, int port)
{
    error_.clear();
    server_.reset();
    if (on) {
        server_ = make_server_(quint16(port));
        server_->setModelPath(model_path_);
        connect(server_.get(), &app::ApiServer::requestLogged, this, [this](const QJsonObject& e) {
            const QJsonObject details = e["prompt_tokens_details"].toObject();
            append(tr("%1  %2 %3 → %4  %5 ms  prompt %6 (cached %7), reply %8")
                       .arg(QDateTime::currentDateTime().toString("HH:mm:ss"), e["method"].toString(),
                            e["path"].toString())
                       .arg(e["status"].toInt())
                       .arg(e["ms"].toInteger())
                       .arg(e["prompt_tokens"].toInt())
                       .arg(details["cached_tokens"].toInt())
                       .arg(e["completion_tokens"].toInt()));
        });
        error_ = server_->start();
        if (!error_.isEmpty())
            server_.reset();
    }
    emit changed();
}

void LocalServerController::append(const QString& line)
{
    log_.prepend(line);
    while (log_.size() > kLogLines)
        log_.removeLast();
    emit logChanged();
}

} // namespace linnet::ui

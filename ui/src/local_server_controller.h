// The "Local server" switch in Settings: starts and stops the OpenAI-compatible API
// on the window's own engine (127.0.0.1 only, so no key is needed), shows the address
// to give clients, and keeps a short log of the latest requests. The server is built by
// the composition root (app/gui/window_services.h); this view model only switches it.
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace linnet::app {
class ApiServer;
class InferenceWorker;
} // namespace linnet::app

namespace linnet::ui {

// A new, not yet listening server on `port` (0: any free port). A new one each time the
// switch goes on, so switching off drops every open connection with the old one.
using ApiServerFactory = std::function<std::unique_ptr<app::ApiServer>(quint16 port)>;

class LocalServerController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.localServer")
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QStringList log READ log NOTIFY logChanged)

public:
    LocalServerController(app::InferenceWorker* worker, ApiServerFactory make_server, QObject* parent = nullptr);
    ~LocalServerController() override;

    bool running() const { return server_ != nullptr; }
    QString address() const;
    QString error() const { return error_; }
    QStringList log() const { return log_; }

    Q_INVOKABLE void setRunning(bool on, int port = 8765);

signals:
    void changed();
    void logChanged();

private:
    void append(const QString& line);

    app::InferenceWorker* worker_;
    ApiServerFactory make_server_;
    std::unique_ptr<app::ApiServer> server_;
    QString model_path_;
    QString error_;
    QStringList log_;
};

} // namespace linnet::ui

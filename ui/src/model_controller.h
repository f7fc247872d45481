// The active model in the top bar: which file, loading, ready or failed (with the
// engine's message). Loading happens on the inference thread.
#pragma once

#include "gadget_properties.h"
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

public:
    ModelController(app::SettingsStore& settings, app::InferenceWorker* worker, QObject* parent = nullptr);

    QString path() const { return path_; }
    QString name() const;
    bool loading() const { return loading_; }
    double loadProgress() const { return load_progress_; }
    bool ready() const { return ready_; }
    QString error() const { return error_; }
    QVariantMap info() const { return gadgetProperties(info_); }

    Q_INVOKABLE void load(const QString& path);
    Q_INVOKABLE void reload(); // after an engine setting changed
    void restoreLast();        // the model used last time, if its file is still there

signals:
    void changed();
    void loadProgressChanged();
    void loaded();
    void failed(const QString& message);

private:
    app::SettingsStore& settings_;
    app::InferenceWorker* worker_;
    QString path_;
    bool loading_ = false;
    double load_progress_ = 0;
    bool ready_ = false;
    QString error_;
    app::LoadedModel info_;
};

} // namespace linnet::ui

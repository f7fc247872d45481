// How the engine runs a model: the strategy (precision per layer) and the thread count.
// Global, stored in the settings table; changing them reloads the model.
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace linnet::app {

struct EngineSettings {
    QString strategy = QStringLiteral("cpu fp32");
    int threads = 0; // 0: automatic (the number of cores, at most 8, fewer while cores are busy)
    QJsonObject toJson() const;
    // Applies `values` on top of `base`; returns an error message (empty when valid).
    static QString apply(const QJsonObject& values, EngineSettings& base);
};

} // namespace linnet::app

Q_DECLARE_METATYPE(linnet::app::EngineSettings)

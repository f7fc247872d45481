// How the engine runs a model: the strategy (precision per layer), the thread count and,
// per model file, a tokenizer other than the one its vocabulary implies. Global, stored in
// the settings table; changing them reloads the model.
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace linnet::app {

// The strategy until the user chooses one: each model in the fastest precision measured
// to keep its RWKV version's accuracy (defaultStrategy in speed_estimate.h).
inline const QString kAutomaticStrategy = QStringLiteral("auto");

struct EngineSettings {
    QString strategy = kAutomaticStrategy;
    int threads = 0; // 0: automatic (the number of cores, at most 8, fewer while cores are busy)
    // Model file path → "world", "neox", "bytes" or a tokenizer file's path (as
    // linnet-cli's --tokenizer); a file not listed uses its vocabulary's tokenizer.
    QJsonObject tokenizers;
    QString tokenizerFor(const QString& model_path) const { return tokenizers.value(model_path).toString(); }
    // The strategy for a model of RWKV `version` ("7", "5.2", …).
    QString strategyFor(const QString& version) const;
    QJsonObject toJson() const;
    // Applies `values` on top of `base`; returns an error message (empty when valid).
    static QString apply(const QJsonObject& values, EngineSettings& base);
};

} // namespace linnet::app

Q_DECLARE_METATYPE(linnet::app::EngineSettings)

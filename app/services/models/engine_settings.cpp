#include "engine_settings.h"

#include "speed_estimate.h"

#include <QObject>

#include <cmath>

namespace linnet::app {

QString EngineSettings::strategyFor(const QString& version) const
{
    return strategy == kAutomaticStrategy ? defaultStrategy(version) : strategy;
}

QJsonObject EngineSettings::toJson() const
{
    return {{"strategy", strategy}, {"threads", threads}, {"tokenizers", tokenizers}};
}

QString EngineSettings::apply(const QJsonObject& values, EngineSettings& base)
{
    EngineSettings result = base;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key() == "strategy") {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                return QObject::tr("strategy must be a text such as \"cpu fp32\"");
            result.strategy = it.value().toString().trimmed();
        } else if (it.key() == "threads") {
            const double d = it.value().toDouble(-1);
            if (!it.value().isDouble() || d != std::floor(d) || d < 0 || d > 256)
                return QObject::tr("threads must be 0 (automatic) or a whole number up to 256");
            result.threads = static_cast<int>(d);
        } else if (it.key() == "tokenizers") {
            const QJsonObject chosen = it.value().toObject();
            for (auto t = chosen.begin(); t != chosen.end(); ++t)
                if (!t.value().isString() || t.value().toString().isEmpty())
                    return QObject::tr("each tokenizer must be world, neox, bytes or the path of a tokenizer file");
            if (!it.value().isObject() || chosen.size() > 10000)
                return QObject::tr("tokenizers must map model files to tokenizers");
            result.tokenizers = chosen;
        } else {
            return QObject::tr("unknown engine setting '%1'").arg(it.key());
        }
    }
    base = result;
    return {};
}

} // namespace linnet::app

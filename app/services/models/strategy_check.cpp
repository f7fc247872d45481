#include "strategy_check.h"

#include "engine_settings.h"

#include "linnet/error.h"
#include "linnet/strategy.h"

namespace linnet::app {

QString strategyError(const QString& strategy)
{
    // The layer count only decides where stages split, not whether the text is valid;
    // any model size checks the grammar, the devices and the precisions.
    if (strategy.trimmed() == kAutomaticStrategy)
        return {};
    try {
        linnet::parse_strategy(strategy.toStdString(), 24);
    } catch (const linnet::Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QStringList strategyPresets()
{
    return {kAutomaticStrategy, "cpu bf16i4", "cpu fp32", "cpu bf16", "cpu bf16i8", "cpu fp32i8", "cpu bf16i8 *12 -> cpu bf16"};
}

} // namespace linnet::app

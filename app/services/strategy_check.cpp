#include "strategy_check.h"

#include <QObject>

namespace linnet::app {

QString strategyError(const QString& strategy)
{
    // The engine runs fp32 only until the precision work lands; anything else is refused.
    const QString s = strategy.simplified();
    if (s == "cpu fp32")
        return {};
    return QObject::tr("Unsupported strategy '%1': this build supports \"cpu fp32\"").arg(strategy);
}

QStringList strategyPresets()
{
    return {"cpu fp32"};
}

} // namespace linnet::app

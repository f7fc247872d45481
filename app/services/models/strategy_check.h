// Strategy strings ("cpu fp32", "cpu bf16 *20 -> cpu fp32"), checked with the engine's
// own parser so the settings panel shows the engine's message.
#pragma once

#include <QString>
#include <QStringList>

namespace linnet::app {

// Empty when the engine accepts the strategy, else its message.
QString strategyError(const QString& strategy);
QStringList strategyPresets();

} // namespace linnet::app

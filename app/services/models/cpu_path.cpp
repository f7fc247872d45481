#include "cpu_path.h"

#include "linnet/cpu.h"

namespace linnet::app {

QString cpu_path_description()
{
    const CpuLevel level = cpu_level();
    return QStringLiteral("%1 — %2").arg(QLatin1String(cpu_level_name(level)),
                                         QLatin1String(cpu_level_description(level)));
}

QString cpu_problem_text() { return QString::fromStdString(cpu_unsupported_message()); }

QString onednn_version_text() { return QString::fromStdString(onednn_version()); }

} // namespace linnet::app

#include "about_info.h"

#include "linnet/cpu.h"

#include <QCoreApplication>

namespace linnet::ui {

QString AboutInfo::version() const { return QCoreApplication::applicationVersion(); }

QString AboutInfo::cpuPath() const
{
    const CpuLevel level = cpu_level();
    return QStringLiteral("%1 — %2").arg(cpu_level_name(level), cpu_level_description(level));
}

QString AboutInfo::qtVersion() const { return QString::fromLatin1(qVersion()); }

QString AboutInfo::onednnVersion() const { return QString::fromStdString(onednn_version()); }

} // namespace linnet::ui

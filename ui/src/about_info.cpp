#include "about_info.h"

#include "cpu_path.h"

#include <QCoreApplication>

namespace linnet::ui {

QString AboutInfo::version() const { return QCoreApplication::applicationVersion(); }

QString AboutInfo::cpuPath() const { return app::cpu_path_description(); }

QString AboutInfo::qtVersion() const { return QString::fromLatin1(qVersion()); }

QString AboutInfo::onednnVersion() const { return app::onednn_version_text(); }

} // namespace linnet::ui

#include "desktop_portal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace linnet::gui {

namespace {

// A backend's .portal file lists the interfaces it implements:
// "Interfaces=org.freedesktop.impl.portal.FileChooser;org.freedesktop.impl.portal.…;"
bool implementsFileChooser(const QString& portal_file)
{
    QFile file(portal_file);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QStringLiteral("Interfaces=")))
            return line.mid(11).split(';', Qt::SkipEmptyParts).contains(QStringLiteral("org.freedesktop.impl.portal.FileChooser"));
    }
    return false;
}

} // namespace

PortalEnvironment PortalEnvironment::current()
{
    PortalEnvironment e;
    e.platformTheme = qEnvironmentVariable("QT_QPA_PLATFORMTHEME");
    e.platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    e.sessionBus = !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty() ||
                   (!runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus")));
    const QString dirs = qEnvironmentVariable("XDG_DATA_DIRS", QStringLiteral("/usr/local/share:/usr/share"));
    e.dataDirs = dirs.split(':', Qt::SkipEmptyParts);
    return e;
}

bool hasPortalFileChooser(const QStringList& data_dirs)
{
    bool service = false;
    bool chooser = false;
    for (const QString& dir : data_dirs) {
        service = service || QFileInfo::exists(dir + QStringLiteral("/dbus-1/services/org.freedesktop.portal.Desktop.service"));
        const QDir portals(dir + QStringLiteral("/xdg-desktop-portal/portals"));
        for (const QFileInfo& file : portals.entryInfoList({QStringLiteral("*.portal")}, QDir::Files))
            chooser = chooser || implementsFileChooser(file.filePath());
    }
    return service && chooser;
}

QString portalThemeFor(const PortalEnvironment& environment)
{
    // Offscreen and minimal windows (tests, screenshots) have no desktop to ask.
    static const QStringList headless = {QStringLiteral("offscreen"), QStringLiteral("minimal")};
    if (!environment.platformTheme.isEmpty() || headless.contains(environment.platform.section(':', 0, 0)) ||
        !environment.sessionBus || !hasPortalFileChooser(environment.dataDirs))
        return {};
    return QStringLiteral("xdgdesktopportal");
}

QString preferPortalFileDialogs()
{
    const QString theme = portalThemeFor(PortalEnvironment::current());
    if (!theme.isEmpty())
        qputenv("QT_QPA_PLATFORMTHEME", theme.toLatin1());
    return theme;
}

} // namespace linnet::gui

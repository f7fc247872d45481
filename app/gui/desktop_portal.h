// The desktop's own file dialog, through xdg-desktop-portal, where one is installed.
//
// Qt 6.4 reaches the portal only through its "xdgdesktopportal" platform theme, and
// picks that theme by itself only inside Flatpak or Snap. Elsewhere the file dialogs
// of Qt Quick are the desktop's only when its theme (KDE's, or GTK's with
// qt6-gtk-platformtheme) brings them, and otherwise Qt's own. So, when nobody chose a
// theme (QT_QPA_PLATFORMTHEME is unset), a session bus is there and a portal with a
// file chooser is installed, the window asks for the portal theme. That theme wraps
// the one Qt would have used anyway (colours, fonts and icons still come from it) and
// takes over the file dialogs only; without its plugin
// (qt6-xdgdesktopportal-platformtheme) Qt goes on with its usual theme.
// QT_QPA_PLATFORMTHEME set to anything keeps that choice.
#pragma once

#include <QString>
#include <QStringList>

namespace linnet::gui {

// What the choice depends on, read from the environment and the data folders.
struct PortalEnvironment {
    QString platformTheme;   // QT_QPA_PLATFORMTHEME
    QString platform;        // QT_QPA_PLATFORM
    bool sessionBus = false; // DBUS_SESSION_BUS_ADDRESS, or $XDG_RUNTIME_DIR/bus
    QStringList dataDirs;    // XDG_DATA_DIRS (with its default)
    static PortalEnvironment current();
};

// True when a portal service and a backend implementing its file chooser are
// installed in one of `data_dirs`.
bool hasPortalFileChooser(const QStringList& data_dirs);
// The platform theme to ask for, or empty to leave Qt's choice alone.
QString portalThemeFor(const PortalEnvironment& environment);
// Before QGuiApplication: asks for the portal theme when portalThemeFor() says so.
// Returns the theme asked for (empty when none).
QString preferPortalFileDialogs();

} // namespace linnet::gui

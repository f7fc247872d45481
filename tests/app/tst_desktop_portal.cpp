// When the window asks Qt for the xdg-desktop-portal theme (the desktop's own file
// dialogs): only with a portal service and a file-chooser backend installed, a session
// bus, a real display and no theme chosen by the user. The data folders are laid out
// in a temporary folder as a distribution installs them.
#include "desktop_portal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using linnet::gui::PortalEnvironment;

namespace {

void writeFile(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class DesktopPortalTest : public QObject {
    Q_OBJECT

    QTemporaryDir root_;
    QString installed_, serviceOnly_, otherBackend_;

    PortalEnvironment desktop(const QString& data_dir) const
    {
        PortalEnvironment e;
        e.platform = "xcb";
        e.sessionBus = true;
        e.dataDirs = {root_.filePath("empty"), data_dir};
        return e;
    }

private slots:
    void initTestCase()
    {
        installed_ = root_.filePath("installed");
        writeFile(installed_ + "/dbus-1/services/org.freedesktop.portal.Desktop.service",
                  "[D-BUS Service]\nName=org.freedesktop.portal.Desktop\n");
        writeFile(installed_ + "/xdg-desktop-portal/portals/gtk.portal",
                  "[portal]\nDBusName=org.freedesktop.impl.portal.desktop.gtk\n"
                  "Interfaces=org.freedesktop.impl.portal.AppChooser;org.freedesktop.impl.portal.FileChooser;\n"
                  "UseIn=gnome\n");
        serviceOnly_ = root_.filePath("service-only");
        writeFile(serviceOnly_ + "/dbus-1/services/org.freedesktop.portal.Desktop.service", "[D-BUS Service]\n");
        otherBackend_ = root_.filePath("other-backend");
        writeFile(otherBackend_ + "/dbus-1/services/org.freedesktop.portal.Desktop.service", "[D-BUS Service]\n");
        writeFile(otherBackend_ + "/xdg-desktop-portal/portals/wlr.portal",
                  "[portal]\nInterfaces=org.freedesktop.impl.portal.Screenshot;org.freedesktop.impl.portal.ScreenCast;\n");
    }

    void portal_theme_only_where_a_file_chooser_portal_is_installed()
    {
        QCOMPARE(linnet::gui::portalThemeFor(desktop(installed_)), QString("xdgdesktopportal"));
        QCOMPARE(linnet::gui::portalThemeFor(desktop(serviceOnly_)), QString());
        QCOMPARE(linnet::gui::portalThemeFor(desktop(otherBackend_)), QString());
        QCOMPARE(linnet::gui::portalThemeFor(desktop(root_.filePath("nothing"))), QString());
    }

    void the_users_choice_and_headless_windows_are_left_alone()
    {
        PortalEnvironment chosen = desktop(installed_);
        chosen.platformTheme = "gtk3";
        QCOMPARE(linnet::gui::portalThemeFor(chosen), QString());
        for (const char* platform : {"offscreen", "minimal", "offscreen:fontengine=freetype"}) {
            PortalEnvironment headless = desktop(installed_);
            headless.platform = platform;
            QCOMPARE(linnet::gui::portalThemeFor(headless), QString());
        }
        PortalEnvironment no_bus = desktop(installed_);
        no_bus.sessionBus = false;
        QCOMPARE(linnet::gui::portalThemeFor(no_bus), QString());
        PortalEnvironment wayland = desktop(installed_);
        wayland.platform = "wayland";
        QCOMPARE(linnet::gui::portalThemeFor(wayland), QString("xdgdesktopportal"));
    }
};

QTEST_GUILESS_MAIN(DesktopPortalTest)
#include "tst_desktop_portal.moc"

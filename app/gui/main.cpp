// linnet: the desktop chat window.
#include "app_controller.h"
#include "cpu_path.h"
#include "desktop_portal.h"
#include "screenshot.h"
#include "window_services.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LinnetPlugin)
Q_LOGGING_CATEGORY(lcGui, "linnet.gui")

namespace {

// When the data cannot be opened at all, the user still gets a window that says why.
int show_fatal(QGuiApplication& app, const QString& message)
{
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{"message", message}});
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls
        ApplicationWindow {
            required property string message
            visible: true; width: 560; height: 220; title: "Linnet"
            Label { anchors.fill: parent; anchors.margins: 24; wrapMode: Text.Wrap; text: message }
        })");
    return app.exec();
}

// The window's options; --help and --version are answered before any window exists
// (and without a display), see main().
void describe_options(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Chat with RWKV language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({"data-dir", QCoreApplication::translate("main", "Keep conversations and models in this folder."), "dir"});
    parser.addOption({"model", QCoreApplication::translate("main", "Load this model file at start."), "path"});
    // For the screenshots in the README (scripts/screenshots.sh).
    parser.addOption({"screenshot", QCoreApplication::translate("main", "Save the window to this PNG and quit."), "png"});
    parser.addOption({"show", QCoreApplication::translate("main", "Open a panel at start: settings, models or about."), "panel"});
    parser.addOption({"theme", QCoreApplication::translate("main", "light or dark."), "theme"});
    parser.addOption({"language", QCoreApplication::translate("main", "en, vi or zh_CN."), "code"});
    parser.addOption({"size", QCoreApplication::translate("main", "Window size, e.g. 800x600."), "WxH"});
}

// "800x600" → the size; an empty size when the text is not one.
QSize parse_size(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    bool w_ok = false, h_ok = false;
    const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(&w_ok), parts[1].toInt(&h_ok)) : QSize();
    return w_ok && h_ok && size.width() >= 320 && size.height() >= 240 ? size : QSize();
}

// --help or --version anywhere in the arguments.
bool asks_for_help_or_version(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

void set_application_names()
{
    QCoreApplication::setApplicationName("Linnet");
    QCoreApplication::setOrganizationName("Linnet");
    QCoreApplication::setApplicationVersion(LINNET_VERSION);
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer startup;
    startup.start();
    if (asks_for_help_or_version(argc, argv)) {
        QCoreApplication app(argc, argv);
        set_application_names();
        QCommandLineParser parser;
        describe_options(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }
    // The desktop's file dialogs through xdg-desktop-portal where one is installed
    // (desktop_portal.h); the variable is dropped again once read, so programs started
    // from the window (a file manager showing an export) do not inherit it.
    const QString portal_theme = linnet::gui::preferPortalFileDialogs();
    QGuiApplication app(argc, argv);
    if (!portal_theme.isEmpty()) {
        qunsetenv("QT_QPA_PLATFORMTHEME");
        qCInfo(lcGui) << "file dialogs through xdg-desktop-portal";
    }
    set_application_names();
    QQuickStyle::setStyle("Fusion");

    QCommandLineParser parser;
    describe_options(parser);
    parser.process(app);
    if (const QString problem = linnet::app::cpu_problem_text(); !problem.isEmpty())
        return show_fatal(app, problem);

    // The composition root: services first, then the view models over them.
    std::unique_ptr<linnet::gui::WindowServices> services;
    std::unique_ptr<linnet::ui::AppController> controller;
    try {
        services = std::make_unique<linnet::gui::WindowServices>(parser.value("data-dir"));
        controller = std::make_unique<linnet::ui::AppController>(services->forViewModels());
    } catch (const linnet::app::StorageError& e) {
        return show_fatal(app, e.message());
    }
    QQmlApplicationEngine engine;
    controller->makeCurrent();
    if (parser.isSet("language"))
        controller->setLanguage(parser.value("language"));
    engine.addImportPath("qrc:/");
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.load(QUrl("qrc:/Linnet/qml/Main.qml"));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    QObject::connect(window, &QQuickWindow::frameSwapped, &app,
                     [&startup] { qCInfo(lcGui) << "first frame after" << startup.elapsed() << "ms"; },
                     Qt::SingleShotConnection);

    if (parser.isSet("size")) {
        const QSize size = parse_size(parser.value("size"));
        if (!size.isValid()) {
            qCCritical(lcGui) << "--size wants WIDTHxHEIGHT, at least 320x240, e.g. 800x600";
            return 2;
        }
        window->resize(size);
    }
    if (parser.isSet("theme"))
        QMetaObject::invokeMethod(window, "setDark", Q_ARG(QVariant, parser.value("theme") == "dark"));
    if (parser.isSet("show"))
        QMetaObject::invokeMethod(window, "showPanel", Q_ARG(QVariant, parser.value("show")));
    controller->openRecentConversation();
    if (parser.isSet("model"))
        controller->model()->load(parser.value("model"));
    else
        controller->model()->restoreLast();

    std::unique_ptr<linnet::gui::Screenshot> screenshot;
    if (parser.isSet("screenshot")) {
        // Generous: a model loads in well under a second here, but a busy machine is slow.
        constexpr int kScreenshotTimeoutMs = 20000;
        screenshot = std::make_unique<linnet::gui::Screenshot>(window, controller.get(), parser.value("screenshot"),
                                                               parser.value("show"), kScreenshotTimeoutMs);
    }
    return app.exec();
}

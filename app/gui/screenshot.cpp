#include "screenshot.h"

#include "app_controller.h"

#include <QCoreApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>

Q_DECLARE_LOGGING_CATEGORY(lcGui)

namespace linnet::gui {

namespace {
// The states live in C++ controllers and in QML items (list delegates, popups); asking
// them a few times a second is simpler and sturdier than wiring up every signal.
constexpr int kPollMs = 50;
} // namespace

Screenshot::Screenshot(QQuickWindow* window, ui::AppController* app, QString png, QString panel, int timeout_ms,
                       QObject* parent)
    : QObject(parent), window_(window), app_(app), png_(std::move(png)), panel_(std::move(panel)),
      timeout_ms_(timeout_ms)
{
    waited_.start();
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &Screenshot::check);
    poll_.start();
}

QStringList Screenshot::notReady() const
{
    QStringList missing;
    if (app_->model()->loading())
        missing << "the model is still loading";

    const int rows = app_->chat()->messages()->rowCount();
    // Main.qml offers the chat view, which offers its list.
    QObject* chat_view = window_->property("chatView").value<QObject*>();
    auto* list = chat_view ? chat_view->property("messageList").value<QQuickItem*>() : nullptr;
    if (!list) {
        missing << "there is no message list";
    } else if (list->property("count").toInt() != rows) {
        missing << "the message list does not show the conversation yet";
    } else if (rows > 0) {
        // The list scrolls to the end after the conversation opens: the last message's
        // delegate exists once that happened.
        QQuickItem* last = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem*, last), Q_ARG(int, rows - 1));
        if (!last)
            missing << "the last message is not laid out yet";
    }

    if (!panel_.isEmpty()) {
        const char* property = panel_ == "settings" ? "settingsPanel" : panel_ == "models" ? "modelManager" : nullptr;
        QObject* popup = property ? window_->property(property).value<QObject*>() : nullptr;
        if (property && (!popup || !popup->property("opened").toBool()))
            missing << QString("the %1 panel has not finished opening").arg(panel_);
    }
    return missing;
}

void Screenshot::check()
{
    if (grabbing_)
        return;
    const QStringList missing = notReady();
    if (missing.isEmpty()) {
        grabAfterNextFrame();
    } else if (waited_.elapsed() >= timeout_ms_) {
        qCWarning(lcGui).noquote() << "screenshot: grabbing after" << waited_.elapsed() << "ms although"
                                   << missing.join("; ");
        grabAfterNextFrame();
    }
}

void Screenshot::grabAfterNextFrame()
{
    grabbing_ = true;
    poll_.stop();
    // One more frame, so that what the last state changes laid out has been rendered.
    connect(window_, &QQuickWindow::frameSwapped, this, &Screenshot::grab, Qt::SingleShotConnection);
    window_->update();
}

void Screenshot::grab()
{
    if (!window_->grabWindow().save(png_))
        qCWarning(lcGui).noquote() << "screenshot: cannot write" << png_;
    else
        qCInfo(lcGui).noquote() << "screenshot: saved" << png_ << "after" << waited_.elapsed() << "ms";
    QCoreApplication::quit();
}

} // namespace linnet::gui

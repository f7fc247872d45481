// --screenshot: saves the window to a PNG once it shows what a user would see, then quits.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QQuickWindow;

namespace linnet::ui {
class AppController;
}

namespace linnet::gui {

// Waits until the model has finished loading (or failed), the open conversation is in
// the message list with its last message laid out, and the panel asked for (if any) has
// finished opening; then grabs after one more frame. A fixed delay grabbed half-loaded
// windows on a busy machine, so this waits for the real states, with a timeout after
// which it grabs anyway and says what was still missing.
class Screenshot : public QObject {
    Q_OBJECT

public:
    Screenshot(QQuickWindow* window, ui::AppController* app, QString png, QString panel, int timeout_ms,
               QObject* parent = nullptr);

private:
    QStringList notReady() const; // what the window is still waiting for, in words
    void check();
    void grabAfterNextFrame();
    void grab();

    QQuickWindow* window_;
    ui::AppController* app_;
    QString png_;
    QString panel_;
    int timeout_ms_;
    QElapsedTimer waited_;
    QTimer poll_;
    bool grabbing_ = false;
};

} // namespace linnet::gui

// Watches a reply as it streams and finds where it ends: at the template's end of
// reply, or at any stop text. Text that might be the start of a stop text is held
// back, so nothing of a stop text ever reaches the screen.
#pragma once

#include <QString>
#include <QStringList>

namespace linnet::app {

class StopMatcher {
public:
    explicit StopMatcher(QStringList stops);

    // Adds generated text; returns the text that is now safe to show.
    QString push(const QString& text);
    bool stopped() const { return stopped_; }
    // The reply up to (not including) the stop text.
    const QString& reply() const { return reply_; }
    // What was held back when generation ends without a stop (max tokens, user stop).
    QString flush();

private:
    QStringList stops_;
    QString reply_;   // text shown so far
    QString pending_; // held back: could still become a stop text
    bool stopped_ = false;
};

} // namespace linnet::app

// Watches a reply as it streams and finds where it ends: at the template's end of
// reply, or at any stop text. Text that might be the start of a stop text is held
// back, so nothing of a stop text ever reaches the screen.
#pragma once

#include "turn_types.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace linnet::app {

class StopMatcher {
public:
    // `end_of_reply`, when given, ends the reply like the stop texts, but as the model's
    // own end (FinishReason::EndOfReply) rather than a stop text.
    explicit StopMatcher(QStringList stops, QString end_of_reply = {});

    // Adds generated text; returns the text that is now safe to show.
    QString push(const QString& text);
    bool stopped() const { return stopped_; }
    // Why the reply ended: EndOfReply or StopText; nothing while it goes on.
    std::optional<FinishReason> reason() const;
    // The reply up to (not including) the stop text.
    const QString& reply() const { return reply_; }
    // What was held back when generation ends without a stop (max tokens, user stop).
    QString flush();

private:
    QStringList stops_;
    QString end_of_reply_;
    QString matched_; // the text that ended the reply
    QString reply_;   // text shown so far
    QString pending_; // held back: could still become a stop text
    bool stopped_ = false;
};

} // namespace linnet::app

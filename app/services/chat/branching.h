// The versions of a conversation: every edit or regenerated reply is a sibling in the
// message tree, and the branch on screen runs through one sibling of each set. This
// moves between siblings, deletes a branch with its states, copies a branch into a new
// conversation (its saved states with it, so nothing is read again), and decides which
// saved states are kept so that every version resumes without reading its history.
#pragma once

#include "database.h"

#include <QList>

namespace linnet::app {

struct Versions {
    int index = 1; // 1-based position among the siblings
    int count = 1;
    qint64 previous = 0; // the sibling before (0: none)
    qint64 next = 0;     // the sibling after (0: none)
};

class Branching {
public:
    explicit Branching(Database& db) : db_(db) {}

    // The siblings of a message: the other replies to its parent (or the other first
    // messages of its conversation), oldest first.
    QList<qint64> siblings(qint64 message_id);
    Versions versions(qint64 message_id);
    // Shows the branch through `message_id`: the head becomes the newest message below
    // it (following the newest reply at each step). Returns the new head.
    qint64 switchTo(qint64 message_id);
    // Deletes the message, everything below it and their saved states. When the branch
    // on screen went through it, a sibling's branch (or the parent) is shown instead.
    // Returns the conversation's head afterwards (0: the conversation is empty).
    qint64 removeFrom(qint64 message_id);
    // A new conversation holding the path up to `message_id` (same settings, starting
    // point and model) with copies of the saved states of that path. Returns its id.
    qint64 fork(qint64 message_id);

    // Keeps the states of the last `turns` turns of every branch (not only the one on
    // screen), so switching versions restores a state instead of reading the history.
    static void keepRecentStates(Database& db, qint64 conversation_id, int turns);

private:
    qint64 newestLeafBelow(qint64 message_id);
    QList<qint64> subtree(qint64 message_id); // deepest first
    Database& db_;
};

} // namespace linnet::app

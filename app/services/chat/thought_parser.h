// Splits a reply into its thought and its answer while it streams: "<think>…</think>"
// at the start of a reply is the thought, the rest the answer. Text arrives in pieces cut
// at any place (a token may end inside a tag, or hold the end of one tag and the start of
// the answer), so the end of a piece that could still become a tag is held back until
// the next piece decides it.
#pragma once

#include <QString>

namespace linnet::app {

struct ReplyParts {
    QString thought;
    QString answer;
    bool isEmpty() const { return thought.isEmpty() && answer.isEmpty(); }
};

class ThoughtParser {
public:
    // `opening` is what the prompt already wrote of the reply (" <think" for a think cue,
    // " <think>\n</think" for a fast think): it is read first and its text dropped. With an
    // empty `open` tag the whole reply is the answer.
    ThoughtParser(QString open, QString close, const QString& opening = {});

    // The parts of `text` that are now decided.
    ReplyParts push(const QString& text);
    // At the end of the reply: what was held back. A thought left open (no close tag, the
    // reply was cut) stays a thought.
    ReplyParts finish();

    bool inThought() const { return part_ == Part::Thought; }
    // The reply opened with a thought (possibly empty).
    bool hasThought() const { return has_thought_; }
    const QString& thought() const { return thought_; }
    const QString& answer() const { return answer_; }

private:
    enum class Part { Start, Thought, AnswerStart, Answer };
    void step(ReplyParts& out);
    void startPart(ReplyParts& out);
    void thoughtPart(ReplyParts& out);
    void answerPart(ReplyParts& out);

    QString open_, close_;
    QString cue_; // the part of the open tag the prompt wrote (" <think"), if only a part
    QString cue_close_; // the part of the close tag the prompt wrote, until the model goes on
    Part part_ = Part::Start;
    QString held_; // read but not yet decided
    QString thought_, answer_;
    bool has_thought_ = false;
};

} // namespace linnet::app

#include "thought_parser.h"

namespace linnet::app {

namespace {

qsizetype leading_spaces(const QString& s)
{
    qsizetype n = 0;
    while (n < s.size() && s[n].isSpace())
        ++n;
    return n;
}

// The length of the longest end of `text` that is a proper beginning of `tag`.
qsizetype tag_start_at_end(const QString& text, const QString& tag)
{
    for (qsizetype n = std::min(tag.size() - 1, text.size()); n > 0; --n)
        if (QStringView(text).right(n) == QStringView(tag).left(n))
            return n;
    return 0;
}

} // namespace

ThoughtParser::ThoughtParser(QString open, QString close, const QString& opening)
    : open_(std::move(open)), close_(std::move(close))
{
    if (open_.isEmpty() || close_.isEmpty())
        part_ = Part::AnswerStart;
    const QString cue = opening.trimmed();
    if (!cue.isEmpty() && cue.size() < open_.size() && open_.startsWith(cue))
        cue_ = cue;
    push(opening);
    if (part_ == Part::Thought && !held_.isEmpty() && close_.startsWith(held_))
        cue_close_ = held_;
    thought_.clear();
    answer_.clear();
}

ReplyParts ThoughtParser::push(const QString& text)
{
    ReplyParts out;
    held_ += text;
    step(out);
    thought_ += out.thought;
    answer_ += out.answer;
    return out;
}

ReplyParts ThoughtParser::finish()
{
    ReplyParts out;
    step(out);
    // What is still held could not be told apart yet; now it is plain text of its part.
    if (part_ == Part::Thought && cue_close_.isEmpty())
        out.thought += std::exchange(held_, QString());
    else if (part_ == Part::Start && cue_.isEmpty())
        out.answer += held_.trimmed(); // with a cue, what is held is the prompt's own tag
    held_.clear();
    thought_ += out.thought;
    answer_ += out.answer;
    return out;
}

void ThoughtParser::step(ReplyParts& out)
{
    // Each part consumes what it can decide and hands over to the next one.
    while (!held_.isEmpty()) {
        const Part before = part_;
        const qsizetype size = held_.size();
        switch (part_) {
        case Part::Start: startPart(out); break;
        case Part::Thought: thoughtPart(out); break;
        case Part::AnswerStart:
        case Part::Answer: answerPart(out); break;
        }
        if (part_ == before && held_.size() == size)
            break; // waiting for more text
    }
}

// Before anything but spaces: the reply opens with the open tag, or has no thought.
void ThoughtParser::startPart(ReplyParts&)
{
    const qsizetype spaces = leading_spaces(held_);
    const QStringView rest = QStringView(held_).mid(spaces);
    if (rest.startsWith(open_)) {
        held_.remove(0, spaces + open_.size());
        part_ = Part::Thought;
        has_thought_ = true;
    } else if (rest.isEmpty() || QStringView(open_).startsWith(rest)) {
        return; // still could be the open tag
    } else if (!cue_.isEmpty() && rest.startsWith(cue_)) {
        // The prompt opened the thought and the model went on without closing the tag
        // (" <think" then a line break): it is thinking, and the cue is not answer text.
        held_.remove(0, spaces + cue_.size());
        part_ = Part::Thought;
        has_thought_ = true;
    } else {
        part_ = Part::AnswerStart;
    }
}

void ThoughtParser::thoughtPart(ReplyParts& out)
{
    if (!cue_close_.isEmpty()) {
        // The prompt wrote the thought and most of its close tag (" <think>\n</think"):
        // whatever the model writes next, the thought is over.
        if (!held_.startsWith(close_) && close_.startsWith(held_))
            return; // the model may still finish the tag
        if (!held_.startsWith(close_))
            held_.remove(0, cue_close_.size());
        else
            held_.remove(0, close_.size());
        cue_close_.clear();
        part_ = Part::AnswerStart;
        return;
    }
    const qsizetype end = held_.indexOf(close_);
    if (end >= 0) {
        out.thought += held_.left(end);
        held_.remove(0, end + close_.size());
        part_ = Part::AnswerStart;
        return;
    }
    const qsizetype keep = tag_start_at_end(held_, close_);
    out.thought += held_.left(held_.size() - keep);
    held_.remove(0, held_.size() - keep);
}

// The answer without the spaces and line breaks it starts with.
void ThoughtParser::answerPart(ReplyParts& out)
{
    if (part_ == Part::AnswerStart) {
        held_.remove(0, leading_spaces(held_));
        if (held_.isEmpty())
            return;
        part_ = Part::Answer;
    }
    out.answer += std::exchange(held_, QString());
}

} // namespace linnet::app

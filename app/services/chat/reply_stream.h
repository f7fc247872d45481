// Reads a reply as it streams and decides what is thought, what is answer, and where the
// reply ends. Blank lines inside a thought do not end the reply (a thought is written in
// paragraphs); the template's end of reply is looked for only in the answer, the other
// stop texts everywhere. Nothing of a stop text or of a tag ever reaches the screen.
#pragma once

#include "chat_template.h"
#include "stop_matcher.h"
#include "thought_parser.h"

namespace linnet::app {

class ReplyStream {
public:
    // `think_mode` is the mode the turn's cue was written in; `stops` the chat's own stop texts.
    ReplyStream(const ChatTemplate& chat_template, const QString& think_mode, const QStringList& stops);

    // Adds generated text; returns what is now safe to show.
    ReplyParts push(const QString& text);
    // At the end of generation without a stop: what was held back.
    ReplyParts flush();

    bool stopped() const { return thought_stops_.stopped() || answer_stops_.stopped(); }
    // Why the reply ended (the template's end of reply or a stop text); nothing while it goes on.
    std::optional<FinishReason> reason() const
    {
        return thought_stops_.stopped() ? thought_stops_.reason() : answer_stops_.reason();
    }
    bool thinking() const { return parser_.inThought(); }
    bool hasThought() const { return parser_.hasThought(); }
    const QString& thought() const { return thought_stops_.reply(); }
    const QString& answer() const { return answer_stops_.reply(); }

private:
    ReplyParts through_stops(const ReplyParts& parts);

    ThoughtParser parser_;
    StopMatcher thought_stops_;
    StopMatcher answer_stops_;
};

} // namespace linnet::app

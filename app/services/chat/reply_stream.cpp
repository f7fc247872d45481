#include "reply_stream.h"

namespace linnet::app {

ReplyStream::ReplyStream(const ChatTemplate& chat_template, const QString& think_mode, const QStringList& stops)
    : parser_(chat_template.think.open, chat_template.think.close, chat_template.replyOpening(think_mode)),
      thought_stops_(chat_template.stop + stops),
      answer_stops_(chat_template.stop + stops, chat_template.end_of_reply)
{
}

ReplyParts ReplyStream::push(const QString& text)
{
    if (stopped())
        return {};
    return through_stops(parser_.push(text));
}

ReplyParts ReplyStream::flush()
{
    if (stopped())
        return {};
    ReplyParts out = through_stops(parser_.finish());
    if (!stopped()) {
        out.thought += thought_stops_.flush();
        out.answer += answer_stops_.flush();
    }
    return out;
}

ReplyParts ReplyStream::through_stops(const ReplyParts& parts)
{
    ReplyParts out;
    out.thought = thought_stops_.push(parts.thought);
    if (thought_stops_.stopped())
        return out;
    // The thought is over once the answer starts: what its stop texts held back is thought.
    if (!parts.answer.isEmpty() || (!parser_.inThought() && parser_.hasThought()))
        out.thought += thought_stops_.flush();
    out.answer = answer_stops_.push(parts.answer);
    return out;
}

} // namespace linnet::app

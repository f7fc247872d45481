// Chat messages → the tokens the model reads, block by block as Transcript writes a
// chat in the window (system block, "User: …\n\nAssistant:", " reply\n\n"), each block
// tokenized on its own. So the prompt of a growing conversation always begins with
// the exact tokens of the previous request's prompt and reply, which is what lets the
// state cache answer it by reading only the new message.
#pragma once

#include "chat_template.h"
#include "completion_request.h"
#include "transcript.h"

#include "linnet/tokenizer.h"

#include <vector>

namespace linnet::app {

class ApiPrompt {
public:
    ApiPrompt(const ChatTemplate& chat_template, const linnet::Tokenizer& tokenizer)
        : template_(chat_template), tokenizer_(tokenizer), transcript_(chat_template, tokenizer)
    {
    }

    const ChatTemplate& chatTemplate() const { return template_; }
    std::vector<int32_t> encode(const QString& text) const { return transcript_.encode(text); }
    // Ends with the assistant cue after a user message (the cue of `think_mode`, which
    // also adds its words to that message); after an assistant message (a reply to
    // continue) with that reply's text, unfinished. Earlier turns are written as they
    // come: clients send back replies without their thoughts.
    std::vector<int32_t> chat(const QList<ChatMessage>& messages, const QString& think_mode = {}) const;
    // A reply as the next request's messages will hold it.
    std::vector<int32_t> replyBlock(const QString& reply) const;
    // Whether the reply ends where the next turn may begin (and not at another stop text).
    bool endsTurn(const std::vector<int32_t>& generated, const QString& reply) const;

private:
    const ChatTemplate& template_;
    const linnet::Tokenizer& tokenizer_;
    Transcript transcript_; // encodes text exactly as the window's chats do
};

} // namespace linnet::app

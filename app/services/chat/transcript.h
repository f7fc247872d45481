// Writes a conversation the way the model reads it, as tokens. Each block (system
// prompt, user turn, reply) is tokenized on its own, exactly as a live chat feeds it,
// so a state rebuilt from the transcript matches the one the chat built turn by turn.
#pragma once

#include "chat_template.h"
#include "conversation_store.h"

#include "linnet/tokenizer.h"

#include <vector>

namespace linnet::app {

class Transcript {
public:
    Transcript(const ChatTemplate& chat_template, const linnet::Tokenizer& tokenizer)
        : template_(chat_template), tokenizer_(tokenizer)
    {
    }

    std::vector<int32_t> encode(const QString& text) const;
    // The tokens of a new user turn, preceded by the system prompt when it is the first,
    // ending with the cue of `think_mode`.
    std::vector<int32_t> userTurn(const QString& text, bool first, const QString& system_prompt,
                                  const QString& think_mode = {}) const;
    // The blocks of `path` from index `from` on (the whole path: what the model has read
    // after its last message). A trailing user message ends with the assistant cue.
    std::vector<int32_t> path(const QList<Message>& path, const QString& system_prompt, qsizetype from = 0) const;

private:
    const ChatTemplate& template_;
    const linnet::Tokenizer& tokenizer_;
};

} // namespace linnet::app

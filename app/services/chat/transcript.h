// Writes a conversation the way the model reads it, as tokens. Each block (system
// prompt, user turn, document, reply) is tokenized on its own, exactly as a live chat
// feeds it, so a state rebuilt from the transcript matches the one the chat built turn
// by turn.
#pragma once

#include "chat_template.h"
#include "conversation_store.h"

#include "linnet/tokenizer.h"

#include <QStringList>

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
    // The tokens of a document read into the chat (see documentBlock).
    std::vector<int32_t> documentTurn(const QString& text, bool first, const QString& system_prompt) const;
    // The blocks of `path` from index `from` on (the whole path: what the model has read
    // after its last message). A trailing user message ends with the assistant cue.
    std::vector<int32_t> path(const QList<Message>& path, const QString& system_prompt, qsizetype from = 0) const;
    // The same as text (replies as their text), for a starting point that another model
    // reads again.
    // Needs no tokenizer: a chat's state can be exported without loading its model.
    static QString pathText(const ChatTemplate& chat_template, const QList<Message>& path, const QString& system_prompt);

    // A document as the model reads it: a user block whose instruction comes before the
    // material, and no assistant cue (the questions follow as user turns). The RWKV
    // prompt guidelines (wiki.rwkv.com, "Prompting Format Guidelines") warn that an RNN
    // which reads material first and the instruction after it may miss what the
    // instruction needs: it cannot look back. So the model is told what the text is for
    // before it reads it, and each later question comes after it, where recall is best.
    static QString documentBlock(const ChatTemplate& chat_template, const QString& text);

private:
    // The text blocks of path[i], each tokenized on its own.
    static QStringList blocks(const ChatTemplate& chat_template, const QList<Message>& path, qsizetype i,
                              const QString& system_prompt);
    bool hasExactTokens(const Message& m) const;
    // The reply's tokens end with its own end (a stop text, or the end of reply as text;
    // the end-of-text token is not kept), so no end of reply is added after them.
    bool wroteItsEnd(const Message& m) const;

    const ChatTemplate& template_;
    const linnet::Tokenizer& tokenizer_;
};

} // namespace linnet::app

#include "api_prompt.h"

namespace linnet::app {

std::vector<int32_t> ApiPrompt::chat(const QList<ChatMessage>& messages, const QString& think_mode) const
{
    std::vector<int32_t> tokens;
    const auto append = [&](const QString& text) {
        const auto block = encode(text);
        tokens.insert(tokens.end(), block.begin(), block.end());
    };
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const ChatMessage& m = messages[i];
        const bool last = i + 1 == messages.size();
        const QString previous = i > 0 ? messages[i - 1].role : QString();
        if (m.role == QLatin1String("system")) {
            append(template_.systemBlock(m.content));
        } else if (m.role == QLatin1String("user")) {
            append(template_.userTurn(m.content, last ? think_mode : QString()));
            // A user message with no reply after it: the model saw an empty reply (as
            // Transcript writes such a turn).
            if (!last && messages[i + 1].role != QLatin1String("assistant"))
                append(template_.end_of_reply);
        } else {
            if (previous != QLatin1String("user"))
                append(template_.assistant);
            append(last ? template_.reply_prefix + m.content : template_.replyBlock(m.content));
        }
    }
    return tokens;
}

std::vector<int32_t> ApiPrompt::replyBlock(const QString& reply) const
{
    return encode(template_.replyBlock(reply));
}

bool ApiPrompt::endsTurn(const std::vector<int32_t>& generated, const QString& reply) const
{
    const std::string bytes = tokenizer_.decode(generated);
    return QByteArray::fromStdString(bytes) == template_.replyBlock(reply).toUtf8();
}

} // namespace linnet::app

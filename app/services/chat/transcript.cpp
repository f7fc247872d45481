#include "transcript.h"

namespace linnet::app {

std::vector<int32_t> Transcript::encode(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    return tokenizer_.encode(std::string_view(utf8.constData(), size_t(utf8.size())));
}

std::vector<int32_t> Transcript::userTurn(const QString& text, bool first, const QString& system_prompt,
                                          const QString& think_mode) const
{
    std::vector<int32_t> tokens;
    if (first)
        tokens = encode(template_.systemBlock(system_prompt));
    const auto turn = encode(template_.userTurn(text, think_mode));
    tokens.insert(tokens.end(), turn.begin(), turn.end());
    return tokens;
}

std::vector<int32_t> Transcript::path(const QList<Message>& path, const QString& system_prompt, qsizetype from) const
{
    std::vector<int32_t> tokens;
    for (qsizetype i = from; i < path.size(); ++i) {
        const Message& m = path[i];
        std::vector<int32_t> block;
        if (m.role == "user") {
            block = userTurn(m.text, i == 0, system_prompt, m.think_mode);
            // A user message left without a reply (cancelled, or the app closed): the model
            // saw an empty reply.
            if (i + 1 < path.size() && path[i + 1].role == "user") {
                const auto end = encode(template_.end_of_reply);
                block.insert(block.end(), end.begin(), end.end());
            }
        } else if (!m.tokens.ids.empty() && m.tokens.tokenizer == QString::fromStdString(tokenizer_.name())) {
            // Exactly what the model wrote, then the end of reply it was given when it
            // did not write one itself.
            block = m.tokens.ids;
            if (m.stats.finish_reason != "stop_text") {
                const auto end = encode(template_.end_of_reply);
                block.insert(block.end(), end.begin(), end.end());
            }
        } else {
            // Written back from its text, after the cue its user turn was asked with.
            const QString mode = i > 0 ? path[i - 1].think_mode : QString();
            block = encode(template_.replyBlock(m.text, m.thought ? m.thought->text : QString(), mode));
        }
        tokens.insert(tokens.end(), block.begin(), block.end());
    }
    return tokens;
}

} // namespace linnet::app

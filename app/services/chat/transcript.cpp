#include "transcript.h"

#include "turn_types.h"

namespace linnet::app {

namespace {

const char* const kDocumentInstruction =
    "Read the following document carefully: my next messages ask about it, so keep its details in mind.";

} // namespace

std::vector<int32_t> Transcript::encode(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    return tokenizer_.encode(std::string_view(utf8.constData(), size_t(utf8.size())));
}

QString Transcript::documentBlock(const ChatTemplate& chat_template, const QString& text)
{
    return QString(chat_template.user).replace("{text}", QString::fromLatin1(kDocumentInstruction) + '\n' +
                                                         collapseBlankLines(text));
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

std::vector<int32_t> Transcript::documentTurn(const QString& text, bool first, const QString& system_prompt) const
{
    std::vector<int32_t> tokens;
    if (first)
        tokens = encode(template_.systemBlock(system_prompt));
    const auto block = encode(documentBlock(template_, text));
    tokens.insert(tokens.end(), block.begin(), block.end());
    return tokens;
}

bool Transcript::hasExactTokens(const Message& m) const
{
    return m.role == "assistant" && !m.tokens.ids.empty() && m.tokens.tokenizer == QString::fromStdString(tokenizer_.name());
}

bool Transcript::wroteItsEnd(const Message& m) const
{
    if (m.stats.finish_reason == finishReasonName(FinishReason::StopText))
        return true;
    return m.stats.finish_reason == finishReasonName(FinishReason::EndOfReply) &&
           QString::fromStdString(tokenizer_.decode(m.tokens.ids)).endsWith(template_.end_of_reply);
}

QStringList Transcript::blocks(const ChatTemplate& chat_template, const QList<Message>& path, qsizetype i,
                               const QString& system_prompt)
{
    const Message& m = path[i];
    if (m.role == "assistant") {
        // Written back from its text, after the cue its user turn was asked with.
        const QString mode = i > 0 ? path[i - 1].think_mode : QString();
        return {chat_template.replyBlock(m.text, m.thought ? m.thought->text : QString(), mode)};
    }
    QStringList out;
    if (i == 0)
        out << chat_template.systemBlock(system_prompt);
    if (!m.document_name.isEmpty())
        return out << documentBlock(chat_template, m.text);
    out << chat_template.userTurn(m.text, m.think_mode);
    // A user message left without a reply (cancelled, or the app closed): the model saw
    // an empty reply.
    if (i + 1 < path.size() && path[i + 1].role == "user")
        out << chat_template.end_of_reply;
    return out;
}

std::vector<int32_t> Transcript::path(const QList<Message>& path, const QString& system_prompt, qsizetype from) const
{
    std::vector<int32_t> tokens;
    for (qsizetype i = from; i < path.size(); ++i) {
        const Message& m = path[i];
        if (hasExactTokens(m)) {
            // Exactly what the model wrote, then the end of reply it was given when it
            // did not write one itself.
            tokens.insert(tokens.end(), m.tokens.ids.begin(), m.tokens.ids.end());
            if (!wroteItsEnd(m)) {
                const auto end = encode(template_.end_of_reply);
                tokens.insert(tokens.end(), end.begin(), end.end());
            }
            continue;
        }
        for (const QString& block : blocks(template_, path, i, system_prompt)) {
            const auto ids = encode(block);
            tokens.insert(tokens.end(), ids.begin(), ids.end());
        }
    }
    return tokens;
}

QString Transcript::pathText(const ChatTemplate& chat_template, const QList<Message>& path, const QString& system_prompt)
{
    QString text;
    for (qsizetype i = 0; i < path.size(); ++i)
        text += blocks(chat_template, path, i, system_prompt).join(QString());
    return text;
}

} // namespace linnet::app

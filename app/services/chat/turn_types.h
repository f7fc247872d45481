// The values a chat turn and a model load report to their callers: the turn's phase
// while it runs, its result at the end, and the loaded model's figures. Plain values
// (Q_GADGETs with an enum each), so they cross threads in queued signals and QML reads
// their properties; JSON is made from them only for files and linnet-cli's output.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace linnet::app {

Q_NAMESPACE

// Where a turn is: preparing the state (loading), reading the prompt, writing the
// reply; then finished, stopped by the user, or failed.
enum class TurnPhase { Loading, ReadingPrompt, Generating, Finished, Stopped, Failed };
Q_ENUM_NS(TurnPhase)

enum class FinishReason {
    EndOfReply, // the model ended its reply: the template's end of reply, or the end-of-text token
    StopText,  // a stop text (the chat's or the template's own) was written
    MaxTokens, // the token limit was reached
    Stopped,   // the caller raised the stop flag while generating
    Cancelled, // the caller raised the stop flag while the prompt was read
    Read,      // a document was read into the chat (ChatSession::attach): no reply
};
Q_ENUM_NS(FinishReason)

// The name used in files and in linnet-cli's output: end_of_reply, stop_text, max_tokens, stopped, cancelled, read.
QString finishReasonName(FinishReason reason);
std::optional<FinishReason> finishReasonFromName(const QString& name);

struct TurnResult {
    Q_GADGET
    Q_PROPERTY(qint64 conversation_id MEMBER conversation_id)
    Q_PROPERTY(qint64 user_message_id MEMBER user_message_id)
    Q_PROPERTY(qint64 assistant_message_id MEMBER assistant_message_id)
    Q_PROPERTY(QString reply MEMBER reply)
    Q_PROPERTY(QString finish_reason READ finishReasonText)
    Q_PROPERTY(int prompt_tokens MEMBER prompt_tokens)
    Q_PROPERTY(int reply_tokens MEMBER reply_tokens)
    Q_PROPERTY(bool state_restored MEMBER state_restored)
    Q_PROPERTY(double first_token_ms MEMBER first_token_ms)
    Q_PROPERTY(double tokens_per_s MEMBER tokens_per_s)
    Q_PROPERTY(qint64 state_bytes MEMBER state_bytes)

public:
    qint64 conversation_id = 0;
    qint64 user_message_id = 0;
    qint64 assistant_message_id = 0; // 0 when cancelled while reading
    QString reply;
    FinishReason finish_reason = FinishReason::MaxTokens;
    int prompt_tokens = 0;           // tokens fed to the model for this turn
    int reply_tokens = 0;
    bool state_restored = false;     // the conversation's saved state was used
    double first_token_ms = 0;
    double tokens_per_s = 0;
    qint64 state_bytes = 0;          // disk used by the conversation's saved states
    uint64_t seed = 0;

    QString finishReasonText() const { return finishReasonName(finish_reason); }
};

// A model the inference thread has loaded.
struct LoadedModel {
    Q_GADGET
    Q_PROPERTY(QString version MEMBER version)
    Q_PROPERTY(int layers MEMBER layers)
    Q_PROPERTY(int embedding MEMBER embedding)
    Q_PROPERTY(int vocab MEMBER vocab)
    Q_PROPERTY(qint64 parameters MEMBER parameters)
    Q_PROPERTY(QString file_type MEMBER file_type)
    Q_PROPERTY(qint64 state_bytes MEMBER state_bytes)
    Q_PROPERTY(QString strategy MEMBER strategy)
    Q_PROPERTY(int threads MEMBER threads)

public:
    QString version; // "v7", …
    int layers = 0;
    int embedding = 0;
    int vocab = 0;
    qint64 parameters = 0;
    QString file_type;
    qint64 state_bytes = 0; // one saved state
    QString strategy;
    int threads = 0;
};

} // namespace linnet::app

Q_DECLARE_METATYPE(linnet::app::TurnResult)
Q_DECLARE_METATYPE(linnet::app::LoadedModel)

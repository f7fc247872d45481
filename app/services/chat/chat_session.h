// One chat turn, start to finish, against a loaded model: restore the conversation's
// saved state (or rebuild it from the transcript), read the new turn, sample the
// reply, and store the reply with the new states. Synchronous: linnet-cli calls it
// directly, the GUI through InferenceWorker on its own thread.
#pragma once

#include "chat_settings.h"
#include "chat_template.h"
#include "conversation_store.h"
#include "database.h"
#include "settings_store.h"
#include "state_store.h"
#include "turn_types.h"

#include "linnet/model.h"
#include "linnet/tokenizer.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

namespace linnet::app {

class GenerationPipeline;
struct GenerationSettings;

struct TurnCallbacks {
    std::function<void(const QString& text)> text;               // answer text as it streams
    // Thought text as it streams, with the thought's tokens and milliseconds so far.
    std::function<void(const QString& text, int tokens, double ms)> thought;
    std::function<void(qsizetype done, qsizetype total)> reading; // prompt tokens read
    std::function<void()> token; // once per sampled token, for a live rate
    std::function<void(qint64 conversation_id, qint64 user_message_id)> accepted; // the user message is stored
    std::function<void(TurnPhase phase)> phase;                   // Loading, ReadingPrompt, Generating
    // Raised by the user: while reading the prompt it cancels the turn; while
    // generating it ends the reply, which is kept with its state.
    const std::atomic<bool>* stop = nullptr;
};

class ChatSession {
public:
    // `model_path` is recorded on the conversations this session writes to.
    // `tokenizer_key` (tokenizerStateKey) names a tokenizer other than the model's own:
    // saved states are then kept and found under it, apart from the model's own.
    ChatSession(Database& db, linnet::Model& model, const linnet::Tokenizer& tokenizer, QString model_path,
                QString tokenizer_key = {});

    // A new message after the conversation's head (conversation_id 0 starts a new chat).
    TurnResult send(qint64 conversation_id, const QString& text, const QJsonObject& overrides = {},
                    const TurnCallbacks& callbacks = {});
    // Replaces an earlier user message: a new branch from the state before it.
    TurnResult edit(qint64 user_message_id, const QString& text, const QJsonObject& overrides = {},
                    const TurnCallbacks& callbacks = {});
    // A new reply to the head's user message, from its saved state and logits.
    TurnResult regenerate(qint64 conversation_id, const QJsonObject& overrides = {}, const TurnCallbacks& callbacks = {});
    // Continues the last reply (after Stop or the token limit) in place.
    TurnResult continueReply(qint64 conversation_id, const QJsonObject& overrides = {},
                             const TurnCallbacks& callbacks = {});

    // Reads a document into the conversation after its head (conversation_id 0 starts a
    // new chat), so later questions read only themselves. The document becomes a user
    // message named `name` with the state after it, stored in one transaction at the
    // end: a cancel or a crash midway leaves the chat as it was. prompt_tokens is the
    // document's size in tokens; finish_reason is "read" or "cancelled".
    TurnResult attach(qint64 conversation_id, const QString& name, const QString& text,
                      const QJsonObject& overrides = {}, const TurnCallbacks& callbacks = {});

    // Empties the conversation in one transaction: its messages and saved states go,
    // its title and settings stay, and the next message starts from the initial state.
    // Static: it needs no model, so a chat can be reset while none is loaded.
    static void reset(Database& db, qint64 conversation_id);

    // How many recent turns keep their states (older ones are rebuilt when needed).
    void setKeptTurns(int turns) { kept_turns_ = turns; }

private:
    struct Context;
    struct Reading;
    Context begin(qint64 conversation_id, const QJsonObject& overrides);
    // Stores a new user message with the think mode the chat uses now.
    qint64 addUserMessage(const Context& cx, qint64 parent_id, const QString& text, const TurnCallbacks& callbacks);
    Reading stateAfter(Context& cx, qint64 message_id, const TurnCallbacks& callbacks);
    TurnResult answer(Context& cx, qint64 user_message_id, const TurnCallbacks& callbacks, QString reply_so_far = {},
                      qint64 replace_message_id = 0);
    bool readUpToReply(Context& cx, const Message& user, GenerationPipeline& pipeline, Reading& out,
                       const TurnCallbacks& callbacks);
    GenerationSettings generationSettings(const Context& cx, bool continuing) const;
    void store(const Context& cx, TurnResult& result, const ReplyTokens& written,
               const std::optional<ReplyThought>& thought, const Reading& before, const Reading& after,
               qint64 replace_message_id);
    void keepRecentStates(qint64 conversation_id);

    Database& db_;
    ConversationStore conversations_;
    StateStore states_;
    SettingsStore settings_;
    linnet::Model& model_;
    const linnet::Tokenizer& tokenizer_;
    QString model_path_;
    QString tokenizer_key_;
    int kept_turns_ = 3;
};

} // namespace linnet::app

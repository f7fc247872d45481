#include "chat_session.h"

#include "branching.h"
#include "stored_state.h"
#include "logging.h"
#include "generation_pipeline.h"
#include "model_catalog.h"
#include "reply_stream.h"
#include "start_point_reader.h"
#include "think_choice.h"
#include "transcript.h"
#include "turn_lock.h"

#include "linnet/error.h"
#include "linnet/sampler.h"
#include "linnet/tuned_state.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace linnet::app {

struct ChatSession::Context {
    Conversation conversation;
    ChatSettings settings;
    ChatTemplate chat_template;
    linnet::State start; // the state before the first message: the model's, or a tuned one
    std::string state_key; // saved states are reused only under the same key
    std::optional<StartPoint> start_point; // the chat began from it: its state replaces `start`
};

// A state positioned after some message, and the tokens still to feed to reach it
// (all of the transcript when nothing could be restored).
struct ChatSession::Reading {
    linnet::State state;
    std::vector<int32_t> pending;
    int token_count = 0;
    bool restored = false;
};

ChatSession::ChatSession(Database& db, linnet::Model& model, const linnet::Tokenizer& tokenizer, QString model_path,
                         QString tokenizer_key)
    : db_(db), conversations_(db), states_(db), settings_(db), model_(model), tokenizer_(tokenizer),
      model_path_(std::move(model_path)), tokenizer_key_(std::move(tokenizer_key))
{
}

ChatSession::Context ChatSession::begin(qint64 conversation_id, const QJsonObject& overrides)
{
    Context cx;
    // Settings and the start state are checked before a new conversation is made: a
    // refused turn leaves nothing behind.
    if (conversation_id > 0)
        cx.conversation = conversations_.get(conversation_id);
    cx.settings = settings_.chatSettings(cx.conversation);
    if (QString error = ChatSettings::apply(overrides, cx.settings); !error.isEmpty())
        throw StorageError(QObject::tr("Invalid chat setting: %1").arg(error));
    cx.chat_template = ChatTemplate::forChat(cx.settings, model_.info().n_vocab);
    cx.state_key = model_.info().fingerprint;
    if (!tokenizer_key_.isEmpty()) // a state holds what one tokenizer's tokens made of the text
        cx.state_key += "+tokenizer:" + tokenizer_key_.toStdString();
    if (cx.conversation.start_point_id > 0)
        cx.start_point = StartPoints(db_).find(cx.conversation.start_point_id);
    if (cx.start_point) {
        // The starting point stands for the system prompt and any tuned state; its state
        // is found (or read) when the chat first needs it, with progress.
        cx.state_key += StartPoints::keySuffix(*cx.start_point);
        cx.settings.system_prompt.clear();
    } else if (cx.settings.tuned_state.isEmpty()) {
        cx.start = model_.initial_state();
    } else {
        // Throws linnet::Error, naming the file, when it does not fit this model.
        cx.start = linnet::load_tuned_state(cx.settings.tuned_state.toStdString(), model_);
        // Keyed by content, not path: states made from another tuning (or an edited file)
        // are never resumed as if they came from this one.
        const auto values = cx.start.values();
        const QByteArray digest = QCryptographicHash::hash(
            QByteArrayView(reinterpret_cast<const char*>(values.data()), qsizetype(values.size_bytes())),
            QCryptographicHash::Sha256);
        cx.state_key += "+tuned:" + digest.toHex().left(16).toStdString();
    }
    if (conversation_id == 0)
        cx.conversation = conversations_.get(conversations_.create({}, model_path_));
    return cx;
}

ChatSession::Reading ChatSession::stateAfter(Context& cx, qint64 message_id, const TurnCallbacks& callbacks)
{
    Reading r;
    const QList<Message> path = message_id > 0 ? conversations_.pathTo(message_id) : QList<Message>{};
    const Transcript transcript(cx.chat_template, tokenizer_);
    // From the newest reply with a saved state, reading only the messages after it: a
    // turn killed before its reply leaves its question unanswered, and the next turn
    // reads that question on top of the last state instead of the whole conversation.
    for (qsizetype i = path.size(); i-- > 0;) {
        // A reply or a document has a state saved after it.
        if (path[i].role != "assistant" && path[i].document_name.isEmpty())
            continue;
        if (auto saved = states_.find(path[i].id, StateKind::AfterReply, cx.state_key)) {
            r.state = std::move(saved->state);
            r.token_count = saved->token_count;
            r.restored = true;
            r.pending = transcript.path(path, cx.settings.system_prompt, i + 1);
            return r;
        }
    }
    if (cx.start_point) {
        linnet::FeedOptions options;
        if (callbacks.reading)
            options.progress = [&](size_t done, size_t total) { callbacks.reading(qsizetype(done), qsizetype(total)); };
        StartPointState start = StartPointReader(db_, model_, tokenizer_).state(*cx.start_point, options).value();
        r.state = std::move(start.state);
        r.token_count = start.token_count;
    } else {
        r.state = cx.start;
    }
    if (path.isEmpty())
        return r;
    // Nothing saved for this model: read the whole branch again.
    r.pending = transcript.path(path, cx.settings.system_prompt);
    qCInfo(lcChat) << "rebuilding the state of conversation" << cx.conversation.id << "from" << r.pending.size()
                   << "transcript tokens";
    return r;
}

qint64 ChatSession::addUserMessage(const Context& cx, qint64 parent_id, const QString& text,
                                   const TurnCallbacks& callbacks)
{
    const QString mode =
        effectiveThinkMode(cx.settings, thinkChoice(cx.chat_template, model_path_, ModelCatalog::builtIn()));
    qint64 id = 0;
    db_.transaction([&] {
        id = conversations_.addMessage(cx.conversation.id, parent_id, "user", text);
        conversations_.setThinkMode(id, mode);
    });
    if (callbacks.accepted)
        callbacks.accepted(cx.conversation.id, id);
    return id;
}

TurnResult ChatSession::send(qint64 conversation_id, const QString& text, const QJsonObject& overrides,
                             const TurnCallbacks& callbacks)
{
    const TurnLock lock(db_.path(), conversation_id);
    Context cx = begin(conversation_id, overrides);
    return answer(cx, addUserMessage(cx, cx.conversation.head_message_id, text, callbacks), callbacks);
}

TurnResult ChatSession::edit(qint64 user_message_id, const QString& text, const QJsonObject& overrides,
                             const TurnCallbacks& callbacks)
{
    const auto original = conversations_.message(user_message_id);
    if (!original || original->role != "user")
        throw StorageError(QObject::tr("Only your own messages can be edited."));
    const TurnLock lock(db_.path(), original->conversation_id);
    Context cx = begin(original->conversation_id, overrides);
    return answer(cx, addUserMessage(cx, original->parent_id, text, callbacks), callbacks);
}

TurnResult ChatSession::regenerate(qint64 conversation_id, const QJsonObject& overrides, const TurnCallbacks& callbacks)
{
    const TurnLock lock(db_.path(), conversation_id);
    Context cx = begin(conversation_id, overrides);
    const auto head = conversations_.message(cx.conversation.head_message_id);
    if (!head)
        throw StorageError(QObject::tr("There is no reply to regenerate."));
    const qint64 user_id = head->role == "user" ? head->id : head->parent_id;
    return answer(cx, user_id, callbacks);
}

TurnResult ChatSession::continueReply(qint64 conversation_id, const QJsonObject& overrides,
                                      const TurnCallbacks& callbacks)
{
    const TurnLock lock(db_.path(), conversation_id);
    Context cx = begin(conversation_id, overrides);
    const auto head = conversations_.message(cx.conversation.head_message_id);
    if (!head || head->role != "assistant")
        throw StorageError(QObject::tr("There is no reply to continue."));
    return answer(cx, head->parent_id, callbacks, head->text, head->id);
}

namespace {

void report(const TurnCallbacks& callbacks, TurnPhase phase)
{
    if (callbacks.phase)
        callbacks.phase(phase);
}

GenerationCallbacks pipeline_callbacks(const TurnCallbacks& turn)
{
    GenerationCallbacks g{.reading = turn.reading, .token = {}, .text = turn.text, .stop = turn.stop};
    if (turn.phase || turn.token)
        g.token = [&turn, first = true](int32_t) mutable {
            if (std::exchange(first, false) && turn.phase)
                turn.phase(TurnPhase::Generating);
            if (turn.token)
                turn.token();
        };
    return g;
}

// The reply of a turn as it streams, split into thought and answer by ReplyStream (whose
// stop rules follow the think decision), each part sent to its callback, with the
// thought's token count and duration.
class TurnReply {
public:
    TurnReply(const ChatTemplate& chat_template, const QString& think_mode, const QStringList& stops,
              const TurnCallbacks& callbacks)
        : stream_(chat_template, think_mode, stops), callbacks_(callbacks)
    {
        clock_.start();
    }
    // One sampled token's text; why the reply is over, once it is.
    std::optional<FinishReason> push(const QString& text)
    {
        const bool was_thinking = stream_.thinking();
        const ReplyParts parts = stream_.push(text);
        if (was_thinking || stream_.thinking()) {
            ++thought_tokens_;
            thought_ms_ = clock_.nsecsElapsed() * 1e-6;
        }
        deliver(parts);
        return stream_.reason();
    }
    // The reply wrote its own end (the end of reply or a stop text), so the state has it.
    bool ended() const { return stream_.stopped(); }
    // Generation ended without a stop: the text the pipeline held back (not a token of
    // its own, so not counted), then what the stream held back.
    void finish(const QString& held_back)
    {
        ReplyParts parts = stream_.push(held_back);
        const ReplyParts rest = stream_.flush();
        parts.thought += rest.thought;
        parts.answer += rest.answer;
        deliver(parts);
    }
    std::optional<ReplyThought> thought() const
    {
        if (!stream_.hasThought())
            return std::nullopt;
        return ReplyThought{stream_.thought(), thought_tokens_, thought_ms_};
    }
    const QString& answer() const { return stream_.answer(); }

private:
    void deliver(const ReplyParts& parts)
    {
        if (!parts.thought.isEmpty() && callbacks_.thought)
            callbacks_.thought(parts.thought, thought_tokens_, thought_ms_);
        if (!parts.answer.isEmpty() && callbacks_.text)
            callbacks_.text(parts.answer);
    }

    ReplyStream stream_;
    const TurnCallbacks& callbacks_;
    QElapsedTimer clock_;
    int thought_tokens_ = 0;
    double thought_ms_ = 0;
};

} // namespace

// The state before the reply, with the logits of its last token in the pipeline: saved,
// or read from the transcript (false when the user cancelled the reading).
bool ChatSession::readUpToReply(Context& cx, const Message& user, GenerationPipeline& pipeline, Reading& out,
                                const TurnCallbacks& callbacks)
{
    // Saved logits are used only when they are one per vocabulary entry: a database blob
    // is a file like any other.
    if (auto saved = states_.find(user.id, StateKind::BeforeReply, cx.state_key);
        saved && saved->state.logits().size() == size_t(model_.info().n_vocab)) {
        out.state = std::move(saved->state);
        pipeline.setLogits(out.state.logits());
        out.token_count = saved->token_count;
        out.restored = true;
        return true;
    }
    Reading r = stateAfter(cx, user.parent_id, callbacks);
    report(callbacks, TurnPhase::ReadingPrompt);
    std::vector<int32_t> tokens = std::move(r.pending);
    const auto turn = Transcript(cx.chat_template, tokenizer_)
                          .userTurn(user.text, user.parent_id == 0, cx.settings.system_prompt, user.think_mode);
    tokens.insert(tokens.end(), turn.begin(), turn.end());
    out.state = std::move(r.state);
    out.restored = r.restored;
    if (!pipeline.read(tokens, out.state))
        return false;
    out.token_count = r.token_count + int(tokens.size());
    return true;
}

GenerationSettings ChatSession::generationSettings(const Context& cx, bool continuing) const
{
    GenerationSettings g;
    g.sampling = cx.settings.sampling;
    applyTokenZeroRule(g, cx.chat_template.ban_token_zero);
    g.sampling.seed = cx.settings.fixed_seed ? cx.settings.sampling.seed : QRandomGenerator::global()->generate64();
    g.max_tokens = cx.settings.max_tokens;
    // Where the reply ends is the turn's ReplyStream's decision (answer() sets stop_decider).
    g.reply_prefix = continuing ? QString() : cx.chat_template.reply_prefix;
    return g;
}

TurnResult ChatSession::answer(Context& cx, qint64 user_message_id, const TurnCallbacks& callbacks,
                               QString reply_so_far, qint64 replace_message_id)
{
    const auto user = conversations_.message(user_message_id);
    if (!user || user->role != "user")
        throw StorageError(QObject::tr("The message to answer no longer exists."));
    TurnResult result;
    result.conversation_id = cx.conversation.id;
    result.user_message_id = user_message_id;
    report(callbacks, TurnPhase::Loading);
    GenerationPipeline pipeline(model_, &tokenizer_, pipeline_callbacks(callbacks));
    Reading before;
    if (!readUpToReply(cx, *user, pipeline, before, callbacks)) {
        result.finish_reason = FinishReason::Cancelled;
        return result;
    }
    result.state_restored = before.restored;
    Reading after{before.state, {}, before.token_count, before.restored};
    const Transcript transcript(cx.chat_template, tokenizer_);
    ReplyTokens written{QString::fromStdString(tokenizer_.name()), {}};
    if (!reply_so_far.isEmpty()) {
        written.ids = transcript.encode(cx.chat_template.reply_prefix + reply_so_far);
        pipeline.read(written.ids, after.state, GenerationPipeline::ReadAs::Reply);
        after.token_count += int(written.ids.size());
    }
    // A continued reply goes on with its answer; a new one opens as the user turn's cue asked.
    TurnReply reply(cx.chat_template, reply_so_far.isEmpty() ? user->think_mode : QString(), cx.settings.stop,
                    callbacks);
    GenerationSettings settings = generationSettings(cx, !reply_so_far.isEmpty());
    settings.stop_decider = [&reply](const QString& text) { return reply.push(text); };
    result.seed = settings.sampling.seed;
    Generated g = pipeline.generate(settings, after.state);
    written.ids.insert(written.ids.end(), g.tokens.begin(), g.tokens.end());
    if (!reply.ended()) {
        reply.finish(g.held_back);
        // The transcript says the reply ended; so must the state.
        const auto end = transcript.encode(cx.chat_template.end_of_reply);
        model_.feed(end, after.state, {});
        after.token_count += int(end.size());
    }
    after.token_count += g.stats.reply_tokens;
    result.reply = reply_so_far + reply.answer();
    if (result.reply.isNull())
        result.reply = QStringLiteral(""); // a reply that was all thought: empty text, not NULL
    result.finish_reason = g.stats.finish_reason;
    result.prompt_tokens = g.stats.prompt_tokens;
    result.reply_tokens = g.stats.reply_tokens;
    result.first_token_ms = g.stats.first_token_ms;
    result.tokens_per_s = g.stats.tokens_per_s;
    store(cx, result, written, reply.thought(), before, after, replace_message_id);
    return result;
}

// The reply and both states, in one transaction.
void ChatSession::store(const Context& cx, TurnResult& result, const ReplyTokens& written,
                        const std::optional<ReplyThought>& thought, const Reading& before, const Reading& after,
                        qint64 replace_message_id)
{
    const MessageStats stats{finishReasonName(result.finish_reason), result.prompt_tokens, result.reply_tokens, result.first_token_ms,
                             result.tokens_per_s};
    const qint64 conversation = cx.conversation.id;
    db_.transaction([&] {
        if (replace_message_id > 0) {
            conversations_.updateMessage(replace_message_id, result.reply, stats, written);
            conversations_.setHead(conversation, replace_message_id);
            result.assistant_message_id = replace_message_id;
        } else {
            result.assistant_message_id = conversations_.addMessage(conversation, result.user_message_id, "assistant",
                                                                    result.reply, stats, written);
        }
        // A continued reply keeps the thought it had.
        if (thought)
            conversations_.setThought(result.assistant_message_id, thought);
        states_.save(conversation, result.user_message_id, StateKind::BeforeReply, before.state, before.token_count,
                     cx.state_key);
        states_.save(conversation, result.assistant_message_id, StateKind::AfterReply, after.state, after.token_count,
                     cx.state_key);
        conversations_.setModel(conversation, model_path_);
        keepRecentStates(conversation);
    });
    result.state_bytes = states_.bytes(conversation);
}

TurnResult ChatSession::attach(qint64 conversation_id, const QString& name, const QString& text,
                               const QJsonObject& overrides, const TurnCallbacks& callbacks)
{
    const TurnLock lock(db_.path(), conversation_id);
    Context cx = begin(conversation_id, overrides);
    const qint64 parent = cx.conversation.head_message_id;
    Reading r = stateAfter(cx, parent, callbacks);
    std::vector<int32_t> tokens = std::move(r.pending);
    const auto document = Transcript(cx.chat_template, tokenizer_).documentTurn(text, parent == 0, cx.settings.system_prompt);
    tokens.insert(tokens.end(), document.begin(), document.end());
    TurnResult result;
    result.conversation_id = cx.conversation.id;
    result.prompt_tokens = int(document.size());
    result.state_restored = r.restored;
    GenerationPipeline pipeline(model_, &tokenizer_, pipeline_callbacks(callbacks));
    if (!pipeline.read(tokens, r.state)) {
        result.finish_reason = FinishReason::Cancelled;
        return result;
    }
    result.finish_reason = FinishReason::Read;
    db_.transaction([&] {
        MessageStats stats;
        stats.prompt_tokens = result.prompt_tokens;
        result.user_message_id = conversations_.addMessage(cx.conversation.id, parent, "user", text, stats, {}, name);
        states_.save(cx.conversation.id, result.user_message_id, StateKind::AfterReply, r.state,
                     r.token_count + int(tokens.size()), cx.state_key);
        conversations_.setModel(cx.conversation.id, model_path_);
        keepRecentStates(cx.conversation.id);
    });
    result.state_bytes = states_.bytes(cx.conversation.id);
    return result;
}

void ChatSession::reset(Database& db, qint64 conversation_id)
{
    ConversationStore conversations(db);
    conversations.get(conversation_id); // throws when there is no such conversation
    db.transaction([&] {
        StateStore(db).removeAll(conversation_id);
        conversations.clearMessages(conversation_id);
    });
}

void ChatSession::keepRecentStates(qint64 conversation_id)
{
    Branching::keepRecentStates(db_, conversation_id, kept_turns_);
}

} // namespace linnet::app

#include "chat_session.h"

#include "logging.h"
#include "stop_matcher.h"
#include "transcript.h"

#include "linnet/error.h"
#include "linnet/sampler.h"
#include "linnet/tuned_state.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace linnet::app {

struct ChatSession::Context {
    Conversation conversation;
    ChatSettings settings;
    ChatTemplate chat_template;
    linnet::State start; // the state before the first message: the model's, or a tuned one
    std::string state_key; // saved states are reused only under the same key
    QElapsedTimer clock;
};

// A state positioned after some message, and the tokens still to feed to reach it
// (all of the transcript when nothing could be restored).
struct ChatSession::Reading {
    linnet::State state;
    std::vector<int32_t> pending;
    int token_count = 0;
    bool restored = false;
};

namespace {

constexpr double kMs = 1e-6;

// ChatRWKV does not let whitespace and digits build up frequency penalties: they recur
// in any text.
float penalty_weight(const std::string& bytes)
{
    for (unsigned char c : bytes)
        if (!std::isspace(c) && !std::isdigit(c))
            return 1.0f;
    return 0.0f;
}

// Drops the reply prefix (the space after "Assistant:") from the start of the stream.
class PrefixFilter {
public:
    explicit PrefixFilter(QString prefix) : prefix_(std::move(prefix)) {}
    QString push(const QString& text)
    {
        if (done_)
            return text;
        held_ += text;
        if (held_.size() < prefix_.size() && prefix_.startsWith(held_))
            return {};
        done_ = true;
        return held_.startsWith(prefix_) ? held_.mid(prefix_.size()) : held_;
    }
    QString flush() { return done_ ? QString() : std::exchange(held_, QString()); }

private:
    QString prefix_;
    QString held_;
    bool done_ = false;
};

struct Generation {
    QString reply;
    QString finish_reason;
    int tokens = 0;
    double first_token_ms = 0;
    double tokens_per_s = 0;
};

} // namespace

ChatSession::ChatSession(Database& db, linnet::Model& model, const linnet::Tokenizer& tokenizer, QString model_path)
    : db_(db), conversations_(db), states_(db), settings_(db), model_(model), tokenizer_(tokenizer),
      model_path_(std::move(model_path))
{
}

ChatSession::Context ChatSession::begin(qint64 conversation_id, const QJsonObject& overrides)
{
    Context cx;
    cx.clock.start();
    // Settings and the start state are checked before a new conversation is made: a
    // refused turn leaves nothing behind.
    if (conversation_id > 0)
        cx.conversation = conversations_.get(conversation_id);
    cx.settings = settings_.chatSettings(cx.conversation);
    if (QString error = ChatSettings::apply(overrides, cx.settings); !error.isEmpty())
        throw StorageError(QObject::tr("Invalid chat setting: %1").arg(error));
    cx.chat_template = cx.settings.template_id.isEmpty() ? ChatTemplate::forVocabulary(model_.info().n_vocab)
                                                        : ChatTemplate::byId(cx.settings.template_id);
    cx.state_key = model_.info().fingerprint;
    if (cx.settings.tuned_state.isEmpty()) {
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

ChatSession::Reading ChatSession::stateAfter(Context& cx, qint64 message_id, const TurnCallbacks&)
{
    Reading r;
    if (message_id > 0) {
        const auto m = conversations_.message(message_id);
        if (m && m->role == "assistant")
            if (auto saved = states_.find(message_id, StateKind::AfterReply, cx.state_key)) {
                r.state = std::move(saved->state);
                r.token_count = saved->token_count;
                r.restored = true;
                return r;
            }
        // Nothing saved for this model: read the whole branch again.
        r.pending = Transcript(cx.chat_template, tokenizer_)
                        .path(conversations_.pathTo(message_id), cx.settings.system_prompt);
        qCInfo(lcChat) << "rebuilding the state of conversation" << cx.conversation.id << "from"
                       << r.pending.size() << "transcript tokens";
    }
    r.state = cx.start;
    return r;
}

TurnResult ChatSession::send(qint64 conversation_id, const QString& text, const QJsonObject& overrides,
                             const TurnCallbacks& callbacks)
{
    Context cx = begin(conversation_id, overrides);
    const qint64 user_id =
        conversations_.addMessage(cx.conversation.id, cx.conversation.head_message_id, "user", text);
    if (callbacks.accepted)
        callbacks.accepted(cx.conversation.id, user_id);
    return answer(cx, user_id, callbacks);
}

TurnResult ChatSession::edit(qint64 user_message_id, const QString& text, const QJsonObject& overrides,
                             const TurnCallbacks& callbacks)
{
    const auto original = conversations_.message(user_message_id);
    if (!original || original->role != "user")
        throw StorageError(QObject::tr("Only your own messages can be edited."));
    Context cx = begin(original->conversation_id, overrides);
    const qint64 user_id = conversations_.addMessage(cx.conversation.id, original->parent_id, "user", text);
    if (callbacks.accepted)
        callbacks.accepted(cx.conversation.id, user_id);
    return answer(cx, user_id, callbacks);
}

TurnResult ChatSession::regenerate(qint64 conversation_id, const QJsonObject& overrides, const TurnCallbacks& callbacks)
{
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
    Context cx = begin(conversation_id, overrides);
    const auto head = conversations_.message(cx.conversation.head_message_id);
    if (!head || head->role != "assistant")
        throw StorageError(QObject::tr("There is no reply to continue."));
    return answer(cx, head->parent_id, callbacks, head->text, head->id);
}

TurnResult ChatSession::answer(Context& cx, qint64 user_message_id, const TurnCallbacks& callbacks,
                               QString reply_so_far, qint64 replace_message_id)
{
    const auto user = conversations_.message(user_message_id);
    if (!user || user->role != "user")
        throw StorageError(QObject::tr("The message to answer no longer exists."));
    const Transcript transcript(cx.chat_template, tokenizer_);
    TurnResult result;
    result.conversation_id = cx.conversation.id;
    result.user_message_id = user_message_id;
    const int vocab = model_.info().n_vocab;
    std::vector<float> logits(vocab);

    // 1. The state before the reply, with the logits of its last token.
    linnet::State state;
    int token_count = 0;
    if (auto saved = states_.find(user_message_id, StateKind::BeforeReply, cx.state_key); saved && !saved->state.logits().empty()) {
        state = std::move(saved->state);
        std::copy(state.logits().begin(), state.logits().end(), logits.begin());
        token_count = saved->token_count;
        result.state_restored = true;
    } else {
        Reading r = stateAfter(cx, user->parent_id, callbacks);
        std::vector<int32_t> tokens = std::move(r.pending);
        const auto turn = transcript.userTurn(user->text, user->parent_id == 0, cx.settings.system_prompt);
        tokens.insert(tokens.end(), turn.begin(), turn.end());
        linnet::FeedOptions options;
        options.cancel = callbacks.stop;
        if (callbacks.reading)
            options.progress = [&](size_t done, size_t total) { callbacks.reading(qsizetype(done), qsizetype(total)); };
        state = std::move(r.state);
        if (model_.feed(tokens, state, logits, options) < tokens.size()) {
            result.finish_reason = "cancelled";
            return result;
        }
        token_count = r.token_count + int(tokens.size());
        result.prompt_tokens = int(tokens.size());
        result.state_restored = r.restored;
    }
    const linnet::State before_reply = state;
    const int before_reply_tokens = token_count;
    ReplyTokens written{QString::fromStdString(tokenizer_.name()), {}};
    if (!reply_so_far.isEmpty()) {
        written.ids = transcript.encode(cx.chat_template.reply_prefix + reply_so_far);
        model_.feed(written.ids, state, logits);
        token_count += int(written.ids.size());
    }

    // 2. The reply, token by token.
    linnet::SamplingParams params = cx.settings.sampling;
    if (cx.chat_template.ban_token_zero)
        params.banned.push_back(0);
    params.seed = cx.settings.fixed_seed ? cx.settings.sampling.seed : QRandomGenerator::global()->generate64();
    result.seed = params.seed;
    linnet::Sampler sampler(params);
    QStringList stops = QStringList{cx.chat_template.end_of_reply} + cx.chat_template.stop + cx.settings.stop;
    StopMatcher matcher(stops);
    PrefixFilter prefix(reply_so_far.isEmpty() ? cx.chat_template.reply_prefix : QString());
    linnet::Utf8Stream utf8;
    Generation g;
    QElapsedTimer generating;
    auto show = [&](const QString& text) {
        const QString shown = matcher.push(text);
        if (!shown.isEmpty() && callbacks.text)
            callbacks.text(shown);
    };
    for (; g.tokens < cx.settings.max_tokens; ++g.tokens) {
        if (callbacks.stop && callbacks.stop->load()) {
            g.finish_reason = "stopped";
            break;
        }
        const int32_t token = sampler.sample(logits);
        written.ids.push_back(token);
        if (g.tokens == 0) {
            g.first_token_ms = cx.clock.nsecsElapsed() * kMs;
            generating.start();
        }
        const std::string bytes = tokenizer_.decode(std::span(&token, 1));
        sampler.accept(token, penalty_weight(bytes));
        show(prefix.push(QString::fromStdString(utf8.push(bytes))));
        const bool ends = matcher.stopped() || g.tokens + 1 == cx.settings.max_tokens;
        // The last token only needs to enter the state; its logits are never used.
        model_.feed(std::span(&token, 1), state, ends ? std::span<float>() : std::span<float>(logits),
                    {.mode = linnet::Mode::Rnn});
        if (matcher.stopped()) {
            ++g.tokens;
            g.finish_reason = "stop_text";
            break;
        }
    }
    if (g.finish_reason.isEmpty())
        g.finish_reason = "max_tokens";
    if (g.finish_reason != "stop_text") {
        show(prefix.push(QString::fromStdString(utf8.flush())) + prefix.flush());
        if (const QString rest = matcher.flush(); !rest.isEmpty() && callbacks.text)
            callbacks.text(rest);
        // The transcript says the reply ended; so must the state.
        const auto end = transcript.encode(cx.chat_template.end_of_reply);
        model_.feed(end, state, {});
        token_count += int(end.size());
    }
    token_count += g.tokens;
    if (g.tokens > 0 && generating.isValid())
        g.tokens_per_s = g.tokens / std::max(1e-9, generating.nsecsElapsed() * 1e-9);

    // 3. The reply and both states, in one transaction.
    result.reply = reply_so_far + matcher.reply();
    result.finish_reason = g.finish_reason;
    result.reply_tokens = g.tokens;
    result.first_token_ms = g.first_token_ms;
    result.tokens_per_s = g.tokens_per_s;
    MessageStats stats{g.finish_reason, result.prompt_tokens, g.tokens, g.first_token_ms, g.tokens_per_s};
    const qint64 conversation = cx.conversation.id;
    db_.transaction([&] {
        if (replace_message_id > 0) {
            conversations_.updateMessage(replace_message_id, result.reply, stats, written);
            conversations_.setHead(conversation, replace_message_id);
            result.assistant_message_id = replace_message_id;
        } else {
            result.assistant_message_id =
                conversations_.addMessage(conversation, user_message_id, "assistant", result.reply, stats, written);
        }
        states_.save(conversation, user_message_id, StateKind::BeforeReply, before_reply, before_reply_tokens,
                     cx.state_key);
        states_.save(conversation, result.assistant_message_id, StateKind::AfterReply, state, token_count, cx.state_key);
        conversations_.setModel(conversation, model_path_);
        keepRecentStates(conversation);
    });
    result.state_bytes = states_.bytes(conversation);
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
    const QList<Message> branch = conversations_.branch(conversation_id);
    QList<qint64> keep;
    for (qsizetype i = std::max<qsizetype>(0, branch.size() - 2 * kept_turns_); i < branch.size(); ++i)
        keep << branch[i].id;
    states_.keepOnly(conversation_id, keep);
}

} // namespace linnet::app

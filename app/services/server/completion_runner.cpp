#include "completion_runner.h"

#include "api_error.h"
#include "model_catalog.h"
#include "reply_stream.h"
#include "state_embedding.h"
#include "think_choice.h"

#include <QObject>
#include <QRandomGenerator>

namespace linnet::app {

namespace {

GenerationSettings settingsFor(const CompletionRequest& request, const ChatTemplate& chat_template)
{
    GenerationSettings s;
    s.sampling = request.sampling;
    if (!request.seed_given)
        s.sampling.seed = QRandomGenerator::global()->generate64();
    applyTokenZeroRule(s, chat_template.ban_token_zero);
    s.max_tokens = request.max_tokens;
    s.stop_texts = request.stop;
    const bool continues_reply = request.kind == CompletionRequest::Kind::Chat &&
                                 request.messages.back().role == QLatin1String("assistant");
    if (request.kind == CompletionRequest::Kind::Chat) {
        s.end_of_reply = chat_template.end_of_reply;
        s.stop_texts = chat_template.stop + request.stop;
        s.reply_prefix = continues_reply ? QString() : chat_template.reply_prefix;
    }
    return s;
}

// A new chat reply in a think mode (a reply being continued goes on with its answer).
bool thinks(const CompletionRequest& request, const ChatTemplate& chat_template)
{
    return request.kind == CompletionRequest::Kind::Chat &&
           request.messages.back().role != QLatin1String("assistant") && chat_template.thinkForm(request.think_mode);
}

QString openAiFinish(FinishReason reason)
{
    switch (reason) {
    case FinishReason::EndOfReply:
    case FinishReason::StopText:
        return QStringLiteral("stop");
    case FinishReason::MaxTokens:
        return QStringLiteral("length");
    case FinishReason::Stopped:
    case FinishReason::Cancelled:
    case FinishReason::Read:
        break;
    }
    return QStringLiteral("cancelled");
}

} // namespace

QString apiThinkMode(const CompletionRequest& request, const ChatTemplate& chat_template, const QString& model_path)
{
    if (request.kind != CompletionRequest::Kind::Chat)
        return {};
    const ThinkChoice choice = thinkChoice(chat_template, model_path, ModelCatalog::builtIn());
    if (request.think_mode.isEmpty())
        return choice.start_mode;
    if (!choice.modes.contains(request.think_mode))
        throw ApiError::invalid(QObject::tr("This model does not take the think mode '%1'; it takes: %2.")
                                    .arg(request.think_mode, choice.modes.join(", ")),
                                "think");
    return request.think_mode;
}

CompletionOutcome CompletionRunner::complete(const CompletionRequest& request, const Sinks& sinks,
                                             const std::atomic<bool>* stop)
{
    const ChatTemplate chat_template = ChatTemplate::forVocabulary(model_.info().n_vocab);
    const ApiPrompt prompt(chat_template, tokenizer_);
    const std::vector<int32_t> tokens = request.kind == CompletionRequest::Kind::Chat
                                            ? prompt.chat(request.messages, request.think_mode)
                                            : prompt.encode(request.prompt);
    if (tokens.empty())
        throw ApiError::invalid(QObject::tr("The prompt is empty."), "prompt");
    const std::string& fingerprint = model_.info().fingerprint;

    CompletionOutcome out;
    out.prompt_tokens = int(tokens.size());
    const StateCache::Hit hit = cache_.longestPrefix(fingerprint, tokens);
    out.cached_tokens = int(hit.tokens);
    linnet::State state = hit.state ? *hit.state : model_.initial_state();
    GenerationPipeline pipeline(model_, &tokenizer_, {.text = sinks.text, .stop = stop});
    if (hit.tokens == tokens.size())
        pipeline.setLogits(state.logits());
    else if (!pipeline.read(std::span(tokens).subspan(hit.tokens), state))
        return {.finish_reason = QStringLiteral("cancelled")};

    // Before the reply, with its logits: the same prompt again is answered at once.
    auto before = std::make_shared<linnet::State>(state);
    before->set_logits(pipeline.logits());
    cache_.put(fingerprint, tokens, std::move(before));
    state.clear_logits();

    const Generated g = generate(request, chat_template, pipeline, state, sinks, out);
    out.finish_reason = openAiFinish(g.stats.finish_reason);
    out.completion_tokens = g.stats.reply_tokens;
    out.first_token_ms = g.stats.first_token_ms;
    if (g.stats.finish_reason != FinishReason::Stopped)
        cacheAfter(request, prompt, tokens, g, std::move(state));
    return out;
}

// The reply. A think-mode reply goes through a ReplyStream, as a chat turn in the window
// does: it splits thought from answer and decides where the reply ends (a blank line
// inside a thought does not end it).
Generated CompletionRunner::generate(const CompletionRequest& request, const ChatTemplate& chat_template,
                                     GenerationPipeline& pipeline, linnet::State& state, const Sinks& sinks,
                                     CompletionOutcome& out)
{
    GenerationSettings settings = settingsFor(request, chat_template);
    if (!thinks(request, chat_template)) {
        Generated g = pipeline.generate(settings, state);
        out.text = g.text;
        return g;
    }
    ReplyStream stream(chat_template, request.think_mode, request.stop);
    const auto deliver = [&sinks](const ReplyParts& parts) {
        if (!parts.thought.isEmpty() && sinks.reasoning)
            sinks.reasoning(parts.thought);
        if (!parts.answer.isEmpty() && sinks.text)
            sinks.text(parts.answer);
    };
    settings.stop_decider = [&](const QString& text) {
        deliver(stream.push(text));
        return stream.reason();
    };
    Generated g = pipeline.generate(settings, state);
    deliver(stream.push(g.held_back));
    deliver(stream.flush());
    out.thought = true;
    out.reasoning = stream.thought();
    out.text = stream.answer();
    return g;
}

// After the reply, under the tokens the model wrote, and, when the reply ended its turn,
// under the tokens the next request will write for it (they can differ when the model
// spelled a word with other tokens than the tokenizer would). A think-mode reply comes
// back without its thought, so only the tokens it wrote are kept here (and the turn as
// it comes back by cacheTurnAsSentBack).
void CompletionRunner::cacheAfter(const CompletionRequest& request, const ApiPrompt& prompt,
                                  std::vector<int32_t> written, const Generated& g, linnet::State state)
{
    const std::string& fingerprint = model_.info().fingerprint;
    const std::vector<int32_t> tokens = written;
    written.insert(written.end(), g.tokens.begin(), g.tokens.end());
    auto after = std::make_shared<const linnet::State>(std::move(state));
    const bool new_reply = request.kind == CompletionRequest::Kind::Chat &&
                           request.messages.back().role != QLatin1String("assistant");
    if (new_reply && !thinks(request, prompt.chatTemplate()) && g.stats.finish_reason == FinishReason::EndOfReply && prompt.endsTurn(g.tokens, g.text)) {
        std::vector<int32_t> next = tokens;
        const auto block = prompt.replyBlock(g.text);
        next.insert(next.end(), block.begin(), block.end());
        if (next != written)
            cache_.put(fingerprint, std::move(next), after);
    }
    cache_.put(fingerprint, std::move(written), after);
}

// A client sends a think-mode reply back without its thought, and its user message
// without the mode's words, so no state the reply left behind is a prefix of the next
// request. The turn is read again as that request will write it, from the longest cached
// prefix (usually the state before this turn): a few hundred tokens read at prompt speed
// after the reply went out, and then the next turn reads only its new message and
// answers exactly as it would from a cold start (the state holds no thought the client
// cannot see).
void CompletionRunner::cacheTurnAsSentBack(const CompletionRequest& request, const CompletionOutcome& outcome,
                                           const std::atomic<bool>* stop)
{
    const ChatTemplate chat_template = ChatTemplate::forVocabulary(model_.info().n_vocab);
    if (!outcome.thought || !thinks(request, chat_template) || outcome.finish_reason == QLatin1String("cancelled"))
        return;
    const ApiPrompt prompt(chat_template, tokenizer_);
    std::vector<int32_t> tokens = prompt.chat(request.messages);
    const std::vector<int32_t> reply = prompt.replyBlock(outcome.text);
    tokens.insert(tokens.end(), reply.begin(), reply.end());
    const std::string& fingerprint = model_.info().fingerprint;
    const StateCache::Hit hit = cache_.longestPrefix(fingerprint, tokens);
    linnet::State state = hit.state ? *hit.state : model_.initial_state();
    const std::span<const int32_t> rest = std::span<const int32_t>(tokens).subspan(hit.tokens);
    linnet::FeedOptions options;
    options.cancel = stop;
    if (model_.feed(rest, state, {}, options) < rest.size())
        return;
    state.clear_logits();
    cache_.put(fingerprint, std::move(tokens), std::make_shared<const linnet::State>(std::move(state)));
}

EmbeddingOutcome CompletionRunner::embed(const EmbeddingRequest& request, const std::atomic<bool>* stop)
{
    const ChatTemplate chat_template = ChatTemplate::forVocabulary(model_.info().n_vocab);
    const ApiPrompt prompt(chat_template, tokenizer_);
    EmbeddingOutcome out;
    for (const QString& input : request.inputs) {
        const std::vector<int32_t> tokens = prompt.encode(input);
        linnet::State state = model_.initial_state();
        linnet::FeedOptions options;
        options.cancel = stop;
        if (model_.feed(tokens, state, {}, options) < tokens.size()) {
            out.cancelled = true;
            return out;
        }
        out.vectors.append(stateEmbedding(state));
        out.prompt_tokens += int(tokens.size());
    }
    return out;
}

} // namespace linnet::app

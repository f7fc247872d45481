#include "completion_runner.h"

#include "api_error.h"
#include "api_prompt.h"
#include "generation_pipeline.h"
#include "state_embedding.h"

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
    if (chat_template.ban_token_zero)
        s.sampling.banned.push_back(0);
    s.max_tokens = request.max_tokens;
    s.stop_texts = request.stop;
    const bool continues_reply = request.kind == CompletionRequest::Kind::Chat &&
                                 request.messages.back().role == QLatin1String("assistant");
    if (request.kind == CompletionRequest::Kind::Chat) {
        s.stop_texts = QStringList{chat_template.end_of_reply} + chat_template.stop + request.stop;
        s.reply_prefix = continues_reply ? QString() : chat_template.reply_prefix;
    }
    return s;
}

QString openAiFinish(FinishReason reason)
{
    switch (reason) {
    case FinishReason::StopText:
        return QStringLiteral("stop");
    case FinishReason::MaxTokens:
        return QStringLiteral("length");
    case FinishReason::Stopped:
    case FinishReason::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

} // namespace

CompletionOutcome CompletionRunner::complete(const CompletionRequest& request,
                                             const std::function<void(const QString&)>& text,
                                             const std::atomic<bool>* stop)
{
    const ChatTemplate chat_template = ChatTemplate::forVocabulary(model_.info().n_vocab);
    const ApiPrompt prompt(chat_template, tokenizer_);
    const std::vector<int32_t> tokens =
        request.kind == CompletionRequest::Kind::Chat ? prompt.chat(request.messages) : prompt.encode(request.prompt);
    if (tokens.empty())
        throw ApiError::invalid(QObject::tr("The prompt is empty."), "prompt");
    const std::string& fingerprint = model_.info().fingerprint;

    CompletionOutcome out;
    out.prompt_tokens = int(tokens.size());
    const StateCache::Hit hit = cache_.longestPrefix(fingerprint, tokens);
    out.cached_tokens = int(hit.tokens);
    linnet::State state = hit.state ? *hit.state : model_.initial_state();
    GenerationPipeline pipeline(model_, &tokenizer_, {.text = text, .stop = stop});
    if (hit.tokens == tokens.size())
        pipeline.setLogits(state.logits());
    else if (!pipeline.read(std::span(tokens).subspan(hit.tokens), state))
        return {.finish_reason = QStringLiteral("cancelled")};

    // Before the reply, with its logits: the same prompt again is answered at once.
    auto before = std::make_shared<linnet::State>(state);
    before->set_logits(pipeline.logits());
    cache_.put(fingerprint, tokens, std::move(before));
    state.clear_logits();

    const GenerationSettings settings = settingsFor(request, chat_template);
    const Generated g = pipeline.generate(settings, state);
    out.text = g.text;
    out.finish_reason = openAiFinish(g.stats.finish_reason);
    out.completion_tokens = g.stats.reply_tokens;
    out.first_token_ms = g.stats.first_token_ms;
    if (g.stats.finish_reason == FinishReason::Stopped)
        return out;

    // After the reply, under the tokens the model wrote, and, when the reply ended its
    // turn, under the tokens the next request will write for it (they can differ when
    // the model spelled a word with other tokens than the tokenizer would).
    std::vector<int32_t> written = tokens;
    written.insert(written.end(), g.tokens.begin(), g.tokens.end());
    auto after = std::make_shared<const linnet::State>(std::move(state));
    if (request.kind == CompletionRequest::Kind::Chat && !settings.reply_prefix.isEmpty() &&
        g.stats.finish_reason == FinishReason::StopText && prompt.endsTurn(g.tokens, g.text)) {
        std::vector<int32_t> next = tokens;
        const auto block = prompt.replyBlock(g.text);
        next.insert(next.end(), block.begin(), block.end());
        if (next != written)
            cache_.put(fingerprint, std::move(next), after);
    }
    cache_.put(fingerprint, std::move(written), after);
    return out;
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

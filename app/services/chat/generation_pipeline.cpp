#include "generation_pipeline.h"

#include "stop_matcher.h"

#include <algorithm>
#include <cctype>

namespace linnet::app {

namespace {

constexpr double kMsPerNs = 1e-6;

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

// ChatRWKV does not let whitespace and digits build up frequency penalties: they recur
// in any text. One rule for every caller, so the same settings sample the same tokens.
float penalty_weight(const std::string& bytes)
{
    for (unsigned char c : bytes)
        if (!std::isspace(c) && !std::isdigit(c))
            return 1.0f;
    return 0.0f;
}

} // namespace

// Token bytes → the reply text the caller sees: whole characters only, the reply
// prefix dropped, nothing of a stop text shown. With a stop decider, the text goes to
// it and it alone says where the reply ends.
class GenerationPipeline::ReplyText {
public:
    ReplyText(const GenerationSettings& settings, const std::function<void(const QString&)>& sink)
        : prefix_(settings.reply_prefix),
          matcher_(settings.stop_decider ? QStringList() : settings.stop_texts,
                   settings.stop_decider ? QString() : settings.end_of_reply),
          decider_(settings.stop_decider), sink_(sink)
    {
    }
    void push(const std::string& bytes) { show(prefix_.push(QString::fromStdString(utf8_.push(bytes)))); }
    // Why the reply is over: its end of reply or a stop text was written; nothing while it goes on.
    std::optional<FinishReason> ended() const { return decided_ ? decided_ : matcher_.reason(); }
    // Generation ended without a stop text: whatever was held back is reply after all.
    // A decider hears each sampled token once and nothing more, so what was held back
    // for it is returned to the caller instead.
    QString flush()
    {
        const QString rest = prefix_.push(QString::fromStdString(utf8_.flush())) + prefix_.flush();
        if (decider_)
            return rest;
        deliver(matcher_.push(rest) + matcher_.flush());
        return {};
    }
    const QString& reply() const { return matcher_.reply(); }

private:
    void show(const QString& text)
    {
        if (decider_)
            decided_ = decider_(text);
        else
            deliver(matcher_.push(text));
    }
    void deliver(const QString& shown)
    {
        if (!shown.isEmpty() && sink_)
            sink_(shown);
    }

    PrefixFilter prefix_;
    StopMatcher matcher_;
    const std::function<std::optional<FinishReason>(const QString&)>& decider_;
    std::optional<FinishReason> decided_;
    linnet::Utf8Stream utf8_;
    const std::function<void(const QString&)>& sink_;
};

void applyTokenZeroRule(GenerationSettings& settings, bool ban_token_zero)
{
    if (ban_token_zero)
        settings.sampling.banned.push_back(0);
    else
        settings.end_of_text = 0;
}

GenerationPipeline::GenerationPipeline(linnet::Model& model, const linnet::Tokenizer* tokenizer,
                                       GenerationCallbacks callbacks)
    : model_(model), tokenizer_(tokenizer), callbacks_(std::move(callbacks)), logits_(model.info().n_vocab)
{
    clock_.start();
}

bool GenerationPipeline::read(std::span<const int32_t> tokens, linnet::State& state, ReadAs as)
{
    if (as == ReadAs::Reply) {
        model_.feed(tokens, state, logits_);
        return true;
    }
    linnet::FeedOptions options;
    options.cancel = callbacks_.stop;
    if (callbacks_.reading)
        options.progress = [this](size_t done, size_t total) { callbacks_.reading(qsizetype(done), qsizetype(total)); };
    QElapsedTimer timer;
    timer.start();
    const size_t done = model_.feed(tokens, state, logits_, options);
    stats_.prompt_ms += timer.nsecsElapsed() * kMsPerNs;
    if (done < tokens.size()) {
        stats_.finish_reason = FinishReason::Cancelled;
        return false;
    }
    stats_.prompt_tokens += int(tokens.size());
    return true;
}

void GenerationPipeline::setLogits(std::span<const float> logits)
{
    std::copy_n(logits.begin(), std::min(logits.size(), logits_.size()), logits_.begin());
}

std::string GenerationPipeline::bytesOf(int32_t token) const
{
    return tokenizer_ ? tokenizer_->decode(std::span(&token, 1)) : std::string();
}

Generated GenerationPipeline::generate(const GenerationSettings& settings, linnet::State& state)
{
    Generated out;
    linnet::Sampler sampler(settings.sampling.engineParams());
    ReplyText text(settings, callbacks_.text);
    QElapsedTimer generating;
    GenerationStats& s = stats_;
    s.finish_reason = FinishReason::MaxTokens;
    s.reply_tokens = 0;
    for (; s.reply_tokens < settings.max_tokens; ++s.reply_tokens) {
        if (callbacks_.stop && callbacks_.stop->load()) {
            s.finish_reason = FinishReason::Stopped;
            break;
        }
        const int32_t token = sampler.sample(logits_);
        if (s.reply_tokens == 0) {
            s.first_token_ms = clock_.nsecsElapsed() * kMsPerNs;
            generating.start();
        }
        if (token == settings.end_of_text) {
            s.finish_reason = FinishReason::EndOfReply;
            break;
        }
        out.tokens.push_back(token);
        if (callbacks_.token)
            callbacks_.token(token);
        const std::string bytes = bytesOf(token);
        sampler.accept(token, tokenizer_ ? penalty_weight(bytes) : 1.0f);
        text.push(bytes);
        const std::optional<FinishReason> ended = text.ended();
        const bool ends = ended || s.reply_tokens + 1 == settings.max_tokens;
        const bool keep_logits = !ends || settings.logits_after_last;
        model_.feed(std::span(&token, 1), state, keep_logits ? std::span<float>(logits_) : std::span<float>(),
                    {.mode = linnet::Mode::Rnn});
        if (ended) {
            ++s.reply_tokens;
            s.finish_reason = *ended;
            break;
        }
    }
    if (!text.ended() && tokenizer_)
        out.held_back = text.flush();
    if (s.reply_tokens > 0 && generating.isValid())
        s.tokens_per_s = s.reply_tokens / std::max(1e-9, generating.nsecsElapsed() * 1e-9);
    out.text = text.reply();
    out.stats = s;
    return out;
}

} // namespace linnet::app

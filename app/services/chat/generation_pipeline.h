// One generation, the same for every caller (a chat turn, linnet-cli generate and
// bench, and later the API server): read the prompt in chunks (cancellable, with
// progress), sample with the full sampler and one penalty rule, turn tokens into text
// only at whole UTF-8 characters, end at stop texts, and count what was done.
//
// Callers plug in through GenerationCallbacks: a server streams `text` deltas, a
// thought/answer parser wraps `text`, per-message statistics read Generated::stats.
#pragma once

#include "sampling_settings.h"
#include "turn_types.h"

#include "linnet/model.h"
#include "linnet/sampler.h"
#include "linnet/tokenizer.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace linnet::app {

struct GenerationStats {
    int prompt_tokens = 0;     // tokens read as prompt
    int reply_tokens = 0;      // tokens sampled
    double prompt_ms = 0;      // time spent reading the prompt
    double first_token_ms = 0; // from the pipeline's start to the first sampled token
    double tokens_per_s = 0;   // sampled tokens per second, from the first one on
    FinishReason finish_reason = FinishReason::MaxTokens;
};

struct GenerationSettings {
    SamplingSettings sampling;
    int max_tokens = 0;
    QStringList stop_texts;  // the reply ends right before the first one it writes
    // The template's end of reply: ends the reply like a stop text, reported as the
    // model's own end (FinishReason::EndOfReply).
    QString end_of_reply;
    // The token that ends a text (0 in RWKV vocabularies), when the template lets the
    // model write it: it ends the reply (EndOfReply) without becoming part of it.
    std::optional<int32_t> end_of_text;
    QString reply_prefix;    // dropped from the start of the text (the space after "Assistant:")
    // Compute the logits after the last token too, to generate on from them later
    // (otherwise the last token only enters the state).
    bool logits_after_last = false;
    // When set, decides where the reply ends instead of stop_texts: it is called once per
    // sampled token with that token's text (whole characters, the reply prefix dropped;
    // possibly empty) and returns why the reply is over once it is (EndOfReply or
    // StopText). The callbacks' `text` is then not called: the decider shows what it
    // wants (a chat turn splits thought from answer). Text still held back when
    // generation ends is in Generated::held_back.
    std::function<std::optional<FinishReason>(const QString& text)> stop_decider;
};

// Token 0 ends a text in RWKV vocabularies. A template either bans it (chat models are
// not trained to write it between turns) or lets it end the reply.
void applyTokenZeroRule(GenerationSettings& settings, bool ban_token_zero);

struct GenerationCallbacks {
    std::function<void(qsizetype done, qsizetype total)> reading; // prompt tokens read so far
    std::function<void(int32_t token)> token;                     // every sampled token, as it is sampled
    std::function<void(const QString& delta)> text; // new reply text: whole characters, never part of a stop text
    // Raised by the caller: cancels reading the prompt; ends generation within one token.
    const std::atomic<bool>* stop = nullptr;
};

struct Generated {
    std::vector<int32_t> tokens; // every sampled token, a stop text's included (not the end-of-text token)
    QString text;                // the reply, up to (not including) the stop text (empty with a stop_decider)
    QString held_back;           // with a stop_decider: text it never heard (an unfinished character, a lone prefix)
    GenerationStats stats;
};

class GenerationPipeline {
public:
    // Without a tokenizer there is no text and no stop texts, and every token counts in
    // full for the frequency penalty (linnet-cli generate --tokens).
    GenerationPipeline(linnet::Model& model, const linnet::Tokenizer* tokenizer, GenerationCallbacks callbacks = {});

    enum class ReadAs { Prompt, Reply };
    // Reads `tokens` into `state`, leaving their last logits in logits(). As Prompt they
    // are counted, report progress and can be cancelled (then false: the state is
    // partly read); as Reply (a reply being continued) they are read in one go.
    bool read(std::span<const int32_t> tokens, linnet::State& state, ReadAs as = ReadAs::Prompt);
    // Starts from logits saved with a state instead of reading.
    void setLogits(std::span<const float> logits);
    std::span<const float> logits() const { return logits_; }

    // Samples up to settings.max_tokens tokens from logits(), each read into `state`.
    Generated generate(const GenerationSettings& settings, linnet::State& state);

    const GenerationStats& stats() const { return stats_; }

private:
    class ReplyText;
    std::string bytesOf(int32_t token) const; // empty without a tokenizer

    linnet::Model& model_;
    const linnet::Tokenizer* tokenizer_;
    GenerationCallbacks callbacks_;
    std::vector<float> logits_;
    GenerationStats stats_;
    QElapsedTimer clock_;
};

} // namespace linnet::app

// A completion or embedding against the loaded model, on the engine's thread: the
// prompt's tokens, the longest cached prefix of them, the rest read, the reply made by
// the one generation pipeline, and the states before and after the reply cached for
// the conversation's next request.
#pragma once

#include "api_prompt.h"
#include "completion_request.h"
#include "generation_pipeline.h"
#include "state_cache.h"

#include "linnet/model.h"
#include "linnet/tokenizer.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace linnet::app {

struct CompletionOutcome {
    QString text;      // the answer
    QString reasoning; // the thought of a think-mode reply
    bool thought = false; // the reply was asked to think: `reasoning` is sent, even empty
    QString finish_reason; // OpenAI's: "stop" or "length"; "cancelled" when the client left
    int prompt_tokens = 0;
    int cached_tokens = 0; // of prompt_tokens, taken from the cache instead of read
    int completion_tokens = 0;
    double first_token_ms = 0;
};

struct EmbeddingOutcome {
    QList<std::vector<float>> vectors;
    int prompt_tokens = 0;
    bool cancelled = false;
};

// The think mode a chat request is answered in: the one it asks for when the model at
// `model_path` takes it (else an ApiError naming the modes it takes), or the model's
// start mode (the catalog's, else off) when it asks for none. Empty for text completions.
QString apiThinkMode(const CompletionRequest& request, const ChatTemplate& chat_template, const QString& model_path);

class CompletionRunner {
public:
    CompletionRunner(linnet::Model& model, const linnet::Tokenizer& tokenizer, StateCache& cache)
        : model_(model), tokenizer_(tokenizer), cache_(cache)
    {
    }

    struct Sinks {
        std::function<void(const QString&)> text;      // the answer, as it is written
        std::function<void(const QString&)> reasoning; // the thought of a think-mode reply
    };
    // `request.think_mode` is the mode to answer in (see apiThinkMode). Throws ApiError
    // for a prompt that cannot be answered.
    CompletionOutcome complete(const CompletionRequest& request, const Sinks& sinks, const std::atomic<bool>* stop);
    // After a think-mode reply has been sent: caches the turn as the next request will
    // write it (see the definition), so that request reads only its new message.
    void cacheTurnAsSentBack(const CompletionRequest& request, const CompletionOutcome& outcome,
                             const std::atomic<bool>* stop);
    EmbeddingOutcome embed(const EmbeddingRequest& request, const std::atomic<bool>* stop);

private:
    Generated generate(const CompletionRequest& request, const ChatTemplate& chat_template,
                       GenerationPipeline& pipeline, linnet::State& state, const Sinks& sinks, CompletionOutcome& out);
    void cacheAfter(const CompletionRequest& request, const ApiPrompt& prompt, std::vector<int32_t> written,
                    const Generated& g, linnet::State state);

    linnet::Model& model_;
    const linnet::Tokenizer& tokenizer_;
    StateCache& cache_;
};

} // namespace linnet::app

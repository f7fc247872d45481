// A completion or embedding against the loaded model, on the engine's thread: the
// prompt's tokens, the longest cached prefix of them, the rest read, the reply made by
// the one generation pipeline, and the states before and after the reply cached for
// the conversation's next request.
#pragma once

#include "completion_request.h"
#include "state_cache.h"

#include "linnet/model.h"
#include "linnet/tokenizer.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace linnet::app {

struct CompletionOutcome {
    QString text;
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

class CompletionRunner {
public:
    CompletionRunner(linnet::Model& model, const linnet::Tokenizer& tokenizer, StateCache& cache)
        : model_(model), tokenizer_(tokenizer), cache_(cache)
    {
    }

    // `text` receives the reply as it is written. Throws ApiError for a prompt that
    // cannot be answered.
    CompletionOutcome complete(const CompletionRequest& request, const std::function<void(const QString&)>& text,
                               const std::atomic<bool>* stop);
    EmbeddingOutcome embed(const EmbeddingRequest& request, const std::atomic<bool>* stop);

private:
    linnet::Model& model_;
    const linnet::Tokenizer& tokenizer_;
    StateCache& cache_;
};

} // namespace linnet::app

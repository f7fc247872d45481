// The body of POST /v1/chat/completions and /v1/completions, read and checked. Every
// field a request may set is checked here, before the request waits for the engine:
// a wrong type or range is an ApiError naming the field (thrown), never clamped.
// Sampling starts from Linnet's defaults; OpenAI's fields and Linnet's extras
// (top_k, top_a, top_p_x, penalty_decay) override them.
#pragma once

#include "sampling_settings.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace linnet::app {

struct ChatMessage {
    QString role; // system, user or assistant
    QString content;
};

struct CompletionLimits {
    int max_tokens = 4096;     // the most a request may ask for
    int default_max_tokens = 1000;
};

struct CompletionRequest {
    enum class Kind { Chat, Text };
    Kind kind = Kind::Chat;
    QString model;
    QList<ChatMessage> messages; // Chat
    QString prompt;              // Text
    SamplingSettings sampling;
    bool seed_given = false;
    int max_tokens = 0;
    QStringList stop;
    bool stream = false;
    bool include_usage = false; // stream_options.include_usage
    // The think mode asked for (a ChatTemplate::thinkModes() id), from Linnet's "think"
    // or OpenAI's "reasoning_effort"; empty: the model's own start mode.
    QString think_mode;

    // Throws ApiError.
    static CompletionRequest parse(Kind kind, const QJsonObject& body, const CompletionLimits& limits);
};

// The body of POST /v1/embeddings: one text or a list of texts.
struct EmbeddingRequest {
    QString model;
    QStringList inputs;
    bool base64 = false; // encoding_format "base64": little-endian float32s, as OpenAI's clients ask by default

    // Throws ApiError.
    static EmbeddingRequest parse(const QJsonObject& body);
};

// The model named by a request body ("model" is required, as OpenAI's API has it).
QString requestedModel(const QJsonObject& body);

} // namespace linnet::app

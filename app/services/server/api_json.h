// The JSON objects of OpenAI's API that this server answers with: model lists, chat
// and text completions (whole and as stream chunks), usage and embeddings.
#pragma once

#include "completion_runner.h"

#include <QJsonObject>
#include <QString>

namespace linnet::app {

// What every object of one response shares.
struct ResponseIdentity {
    QString id; // "chatcmpl-…" or "cmpl-…"
    QString model;
    qint64 created = 0; // Unix seconds
    bool chat = true;
};

QJsonObject modelList(const QString& model_id, qint64 created);
QJsonObject usageJson(const CompletionOutcome& outcome);
QJsonObject completionJson(const ResponseIdentity& identity, const CompletionOutcome& outcome);
// One streamed piece: `text` as a delta, or the end with its finish reason.
QJsonObject chunkJson(const ResponseIdentity& identity, const QString& text, const QString& finish_reason = {});
// One streamed piece of a think-mode reply's thought, as a `reasoning_content` delta (the
// field DeepSeek's API, vLLM and LM Studio stream thoughts in, which their clients read).
QJsonObject reasoningChunkJson(const ResponseIdentity& identity, const QString& text);
// The last chunk when stream_options.include_usage is set: no choices, only usage.
QJsonObject usageChunkJson(const ResponseIdentity& identity, const CompletionOutcome& outcome);
QJsonObject embeddingsJson(const QString& model, const EmbeddingOutcome& outcome, bool base64);

} // namespace linnet::app

#include "api_json.h"

#include <QJsonArray>
#include <QtEndian>

namespace linnet::app {

namespace {

QJsonObject frame(const ResponseIdentity& identity, const char* object, const QJsonArray& choices)
{
    return {{"id", identity.id},
            {"object", QLatin1String(object)},
            {"created", identity.created},
            {"model", identity.model},
            {"system_fingerprint", QJsonValue::Null},
            {"choices", choices}};
}

QJsonValue finishValue(const QString& reason)
{
    return reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason);
}

QJsonValue vectorValue(const std::vector<float>& v, bool base64)
{
    if (!base64) {
        QJsonArray a;
        for (float x : v)
            a.append(double(x));
        return a;
    }
    QByteArray bytes(qsizetype(v.size() * sizeof(float)), Qt::Uninitialized);
    qToLittleEndian<float>(v.data(), qsizetype(v.size()), bytes.data());
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

QJsonObject modelList(const QString& model_id, qint64 created)
{
    QJsonArray data;
    if (!model_id.isEmpty())
        data.append(QJsonObject{{"id", model_id}, {"object", "model"}, {"created", created}, {"owned_by", "linnet"}});
    return {{"object", "list"}, {"data", data}};
}

QJsonObject usageJson(const CompletionOutcome& o)
{
    return {{"prompt_tokens", o.prompt_tokens},
            {"completion_tokens", o.completion_tokens},
            {"total_tokens", o.prompt_tokens + o.completion_tokens},
            {"prompt_tokens_details", QJsonObject{{"cached_tokens", o.cached_tokens}}}};
}

QJsonObject completionJson(const ResponseIdentity& identity, const CompletionOutcome& o)
{
    QJsonObject choice{{"index", 0}, {"finish_reason", finishValue(o.finish_reason)}, {"logprobs", QJsonValue::Null}};
    if (identity.chat) {
        QJsonObject message{{"role", "assistant"}, {"content", o.text}, {"refusal", QJsonValue::Null}};
        if (o.thought)
            message["reasoning_content"] = o.reasoning;
        choice["message"] = message;
    } else
        choice["text"] = o.text;
    QJsonObject out = frame(identity, identity.chat ? "chat.completion" : "text_completion", {choice});
    out["usage"] = usageJson(o);
    return out;
}

QJsonObject chunkJson(const ResponseIdentity& identity, const QString& text, const QString& finish_reason)
{
    QJsonObject choice{{"index", 0}, {"finish_reason", finishValue(finish_reason)}, {"logprobs", QJsonValue::Null}};
    if (identity.chat)
        choice["delta"] = finish_reason.isEmpty() ? QJsonObject{{"role", "assistant"}, {"content", text}} : QJsonObject{};
    else
        choice["text"] = text;
    return frame(identity, identity.chat ? "chat.completion.chunk" : "text_completion", {choice});
}

QJsonObject reasoningChunkJson(const ResponseIdentity& identity, const QString& text)
{
    const QJsonObject choice{{"index", 0},
                             {"finish_reason", QJsonValue::Null},
                             {"logprobs", QJsonValue::Null},
                             {"delta", QJsonObject{{"role", "assistant"}, {"reasoning_content", text}}}};
    return frame(identity, "chat.completion.chunk", {choice});
}

QJsonObject usageChunkJson(const ResponseIdentity& identity, const CompletionOutcome& o)
{
    QJsonObject out = frame(identity, identity.chat ? "chat.completion.chunk" : "text_completion", {});
    out["usage"] = usageJson(o);
    return out;
}

QJsonObject embeddingsJson(const QString& model, const EmbeddingOutcome& o, bool base64)
{
    QJsonArray data;
    for (qsizetype i = 0; i < o.vectors.size(); ++i)
        data.append(QJsonObject{{"object", "embedding"}, {"index", i}, {"embedding", vectorValue(o.vectors[i], base64)}});
    return {{"object", "list"},
            {"data", data},
            {"model", model},
            {"usage", QJsonObject{{"prompt_tokens", o.prompt_tokens}, {"total_tokens", o.prompt_tokens}}}};
}

} // namespace linnet::app

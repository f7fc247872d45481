#include "completion_request.h"

#include "api_error.h"
#include "chat_settings.h"
#include "chat_template.h"

#include <QHash>

#include <QJsonArray>
#include <QObject>

#include <cmath>

namespace linnet::app {

namespace {

// A number field, its range, and where it goes.
struct NumberField {
    const char* name;
    double min, max;
    bool whole;
    void (*apply)(CompletionRequest&, double);
};

const NumberField kNumberFields[] = {
    {"temperature", 0, 2, false, [](CompletionRequest& r, double v) { r.sampling.temperature = float(v); }},
    {"top_p", 0, 1, false, [](CompletionRequest& r, double v) { r.sampling.top_p = float(v); }},
    {"presence_penalty", -2, 2, false, [](CompletionRequest& r, double v) { r.sampling.presence_penalty = float(v); }},
    {"frequency_penalty", -2, 2, false, [](CompletionRequest& r, double v) { r.sampling.frequency_penalty = float(v); }},
    {"top_k", 0, 1e9, true, [](CompletionRequest& r, double v) { r.sampling.top_k = int(v); }},
    {"top_a", 0, 1, false, [](CompletionRequest& r, double v) { r.sampling.top_a = float(v); }},
    {"top_p_x", 0, 1, false, [](CompletionRequest& r, double v) { r.sampling.top_p_x = float(v); }},
    {"penalty_decay", 0, 1, false, [](CompletionRequest& r, double v) { r.sampling.penalty_decay = float(v); }},
    {"seed", -9.2e18, 9.2e18, true, [](CompletionRequest& r, double v) {
         r.sampling.seed = uint64_t(int64_t(v));
         r.seed_given = true;
     }},
};

double numberField(const QJsonObject& body, const NumberField& f)
{
    const QJsonValue v = body[QLatin1String(f.name)];
    const double x = v.toDouble();
    if (!v.isDouble() || (f.whole && x != std::floor(x)))
        throw ApiError::invalid(QObject::tr("'%1' must be %2.").arg(f.name, f.whole ? QObject::tr("a whole number")
                                                                                   : QObject::tr("a number")),
                                f.name);
    if (x < f.min || x > f.max)
        throw ApiError::invalid(QObject::tr("'%1' must be between %2 and %3.").arg(f.name).arg(f.min).arg(f.max), f.name);
    return x;
}

int maxTokens(const QJsonObject& body, const CompletionLimits& limits)
{
    for (const char* name : {"max_completion_tokens", "max_tokens"}) {
        const QJsonValue v = body[QLatin1String(name)];
        if (v.isUndefined() || v.isNull())
            continue;
        const double x = v.toDouble();
        if (!v.isDouble() || x != std::floor(x) || x < 1 || x > limits.max_tokens)
            throw ApiError::invalid(
                QObject::tr("'%1' must be a whole number from 1 to %2.").arg(name).arg(limits.max_tokens), name);
        return int(x);
    }
    return std::min(limits.default_max_tokens, limits.max_tokens);
}

QStringList stopTexts(const QJsonValue& v)
{
    QStringList stops;
    if (v.isString())
        stops << v.toString();
    else if (v.isArray())
        for (const QJsonValue& s : v.toArray()) {
            if (!s.isString())
                throw ApiError::invalid(QObject::tr("'stop' must be a text or a list of texts."), "stop");
            stops << s.toString();
        }
    else if (!v.isUndefined() && !v.isNull())
        throw ApiError::invalid(QObject::tr("'stop' must be a text or a list of texts."), "stop");
    if (stops.size() > 4 || stops.contains(QString()))
        throw ApiError::invalid(QObject::tr("'stop' takes at most 4 texts, none of them empty."), "stop");
    return stops;
}

// A message's content: a text, or a list of parts of which the text parts are read.
QString contentText(const QJsonValue& content)
{
    if (content.isString() || content.isNull())
        return content.toString();
    if (!content.isArray())
        throw ApiError::invalid(QObject::tr("A message's 'content' must be a text."), "messages");
    QString text;
    for (const QJsonValue& part : content.toArray()) {
        if (part["type"].toString() != QLatin1String("text"))
            throw ApiError::invalid(QObject::tr("Only text parts are understood in a message's content."), "messages");
        text += part["text"].toString();
    }
    return text;
}

QList<ChatMessage> chatMessages(const QJsonValue& v)
{
    static const QStringList roles{"system", "developer", "user", "assistant"};
    if (!v.isArray() || v.toArray().isEmpty())
        throw ApiError::invalid(QObject::tr("'messages' must be a list of at least one message."), "messages");
    QList<ChatMessage> messages;
    for (const QJsonValue& m : v.toArray()) {
        QString role = m["role"].toString();
        if (!roles.contains(role))
            throw ApiError::invalid(QObject::tr("A message's role must be system, user or assistant, not '%1'.").arg(role),
                                    "messages");
        if (role == QLatin1String("developer"))
            role = QStringLiteral("system"); // OpenAI's newer name for the system role
        messages.append({role, contentText(m["content"])});
    }
    if (messages.back().role == QLatin1String("system"))
        throw ApiError::invalid(QObject::tr("The last message must be from the user (or an assistant reply to continue)."),
                                "messages");
    return messages;
}

QString promptText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray() && v.toArray().size() == 1 && v.toArray().first().isString())
        return v.toArray().first().toString();
    throw ApiError::invalid(QObject::tr("'prompt' must be a text (or a list of one text)."), "prompt");
}

void readOptions(CompletionRequest& r, const QJsonObject& body)
{
    const QJsonValue n = body["n"];
    if (!n.isUndefined() && !n.isNull() && n.toDouble() != 1)
        throw ApiError::invalid(QObject::tr("Only one choice per request is made ('n' must be 1)."), "n");
    if (body["tools"].isArray() && !body["tools"].toArray().isEmpty())
        throw ApiError::invalid(QObject::tr("Tools are not supported by this server."), "tools");
    const QJsonValue stream = body["stream"];
    if (!stream.isUndefined() && !stream.isNull() && !stream.isBool())
        throw ApiError::invalid(QObject::tr("'stream' must be true or false."), "stream");
    r.stream = stream.toBool();
    r.include_usage = body["stream_options"].toObject()["include_usage"].toBool();
}

// "think" names a mode; OpenAI's "reasoning_effort" (none, minimal, low, medium, high)
// maps onto the G1 forms: no thought, the empty "fast" thought, think a bit, think, think a lot.
QString thinkMode(const QJsonObject& body)
{
    static const QHash<QString, QString> efforts{{"none", "off"},      {"minimal", "fast"}, {"low", "think_bit"},
                                                 {"medium", "think"}, {"high", "think_lot"}};
    const QJsonValue think = body["think"], effort = body["reasoning_effort"];
    if (!think.isUndefined() && !think.isNull()) {
        if (!ChatTemplate::thinkModes().contains(think.toString()))
            throw ApiError::invalid(QObject::tr("'think' must be one of: %1.").arg(ChatTemplate::thinkModes().join(", ")),
                                    "think");
        return think.toString();
    }
    if (effort.isUndefined() || effort.isNull())
        return {};
    if (!efforts.contains(effort.toString()))
        throw ApiError::invalid(QObject::tr("'reasoning_effort' must be none, minimal, low, medium or high."),
                                "reasoning_effort");
    return efforts.value(effort.toString());
}

} // namespace

QString requestedModel(const QJsonObject& body)
{
    const QString model = body["model"].toString();
    if (model.isEmpty())
        throw ApiError::invalid(QObject::tr("'model' is required: one of the names GET /v1/models lists."), "model");
    return model;
}

CompletionRequest CompletionRequest::parse(Kind kind, const QJsonObject& body, const CompletionLimits& limits)
{
    CompletionRequest r;
    r.kind = kind;
    r.model = requestedModel(body);
    if (kind == Kind::Chat)
        r.messages = chatMessages(body["messages"]);
    else
        r.prompt = promptText(body["prompt"]);
    r.sampling = ChatSettings::defaultSampling();
    for (const NumberField& f : kNumberFields)
        if (const QJsonValue v = body[QLatin1String(f.name)]; !v.isUndefined() && !v.isNull())
            f.apply(r, numberField(body, f));
    if (const QString error = r.sampling.validate(); !error.isEmpty())
        throw ApiError::invalid(error);
    r.max_tokens = maxTokens(body, limits);
    r.stop = stopTexts(body["stop"]);
    readOptions(r, body);
    if (kind == Kind::Chat)
        r.think_mode = thinkMode(body);
    return r;
}

EmbeddingRequest EmbeddingRequest::parse(const QJsonObject& body)
{
    EmbeddingRequest r;
    r.model = requestedModel(body);
    const QJsonValue input = body["input"];
    if (input.isString())
        r.inputs << input.toString();
    else if (input.isArray())
        for (const QJsonValue& v : input.toArray()) {
            if (!v.isString())
                throw ApiError::invalid(QObject::tr("'input' must be a text or a list of texts."), "input");
            r.inputs << v.toString();
        }
    if (r.inputs.isEmpty() || r.inputs.contains(QString()) || r.inputs.size() > 256)
        throw ApiError::invalid(QObject::tr("'input' must be 1 to 256 texts, none of them empty."), "input");
    const QString format = body["encoding_format"].toString(QStringLiteral("float"));
    if (format != QLatin1String("float") && format != QLatin1String("base64"))
        throw ApiError::invalid(QObject::tr("'encoding_format' must be 'float' or 'base64'."), "encoding_format");
    r.base64 = format == QLatin1String("base64");
    return r;
}

} // namespace linnet::app

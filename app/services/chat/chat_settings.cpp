#include "chat_settings.h"

#include "chat_template.h"

#include <QJsonArray>
#include <QObject>

#include <cmath>
#include <functional>
#include <map>

namespace linnet::app {

namespace {

// One entry per setting: how to read it from JSON into ChatSettings and write it back.
struct Field {
    std::function<QString(const QJsonValue&, ChatSettings&)> read;
    std::function<QJsonValue(const ChatSettings&)> write;
};

QString expect_number(const QJsonValue& v, const char* name, double& out)
{
    if (!v.isDouble())
        return QObject::tr("%1 must be a number").arg(name);
    out = v.toDouble();
    return {};
}

Field number(const char* name, float SamplingSettings::*member)
{
    return {[=](const QJsonValue& v, ChatSettings& s) {
                double d = 0;
                QString e = expect_number(v, name, d);
                if (e.isEmpty())
                    s.sampling.*member = static_cast<float>(d);
                return e;
            },
            [=](const ChatSettings& s) { return QJsonValue(double(s.sampling.*member)); }};
}

Field whole(const char* name, std::function<int&(ChatSettings&)> ref, int min, int max)
{
    return {[=](const QJsonValue& v, ChatSettings& s) {
                const double d = v.toDouble(-1e300);
                if (!v.isDouble() || d != std::floor(d) || d < min || d > max)
                    return QObject::tr("%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max);
                ref(s) = static_cast<int>(d);
                return QString();
            },
            [=](const ChatSettings& s) { return QJsonValue(ref(const_cast<ChatSettings&>(s))); }};
}

// A text setting; `error` (marked with QT_TRANSLATE_NOOP in the QObject context) when
// the value is not a string.
Field text(QString ChatSettings::*member, const char* error)
{
    return {[=](const QJsonValue& v, ChatSettings& s) {
                if (!v.isString())
                    return QObject::tr(error);
                s.*member = v.toString();
                return QString();
            },
            [=](const ChatSettings& s) { return QJsonValue(s.*member); }};
}

// The chat's edits of its template's texts, checked against the template it chose.
Field template_fields()
{
    return {[](const QJsonValue& v, ChatSettings& s) {
                if (!v.isObject())
                    return QObject::tr("template_fields must be an object of template texts");
                QString error;
                if (!ChatTemplate::byId(s.template_id).edited(v.toObject(), &error))
                    return error;
                s.template_fields = v.toObject();
                return QString();
            },
            [](const ChatSettings& s) { return QJsonValue(s.template_fields); }};
}

const std::map<QString, Field>& fields()
{
    static const std::map<QString, Field> all = {
        {"temperature", number("temperature", &SamplingSettings::temperature)},
        {"top_p", number("top_p", &SamplingSettings::top_p)},
        {"top_a", number("top_a", &SamplingSettings::top_a)},
        {"top_p_x", number("top_p_x", &SamplingSettings::top_p_x)},
        {"presence_penalty", number("presence_penalty", &SamplingSettings::presence_penalty)},
        {"frequency_penalty", number("frequency_penalty", &SamplingSettings::frequency_penalty)},
        {"penalty_decay", number("penalty_decay", &SamplingSettings::penalty_decay)},
        {"top_k", whole("top_k", [](ChatSettings& s) -> int& { return s.sampling.top_k; }, 0, 1 << 20)},
        {"max_tokens", whole("max_tokens", [](ChatSettings& s) -> int& { return s.max_tokens; }, 1, 1 << 20)},
        {"seed",
         {[](const QJsonValue& v, ChatSettings& s) {
              if (v.isNull()) {
                  s.fixed_seed = false;
                  return QString();
              }
              const double d = v.toDouble(-1);
              if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9007199254740992.0)
                  return QObject::tr("seed must be a whole number of at least 0, or empty for a random seed");
              s.sampling.seed = static_cast<uint64_t>(d);
              s.fixed_seed = true;
              return QString();
          },
          [](const ChatSettings& s) { return s.fixed_seed ? QJsonValue(double(s.sampling.seed)) : QJsonValue(); }}},
        {"stop",
         {[](const QJsonValue& v, ChatSettings& s) {
              if (!v.isArray())
                  return QObject::tr("stop must be a list of texts");
              QStringList stops;
              for (const auto& x : v.toArray()) {
                  if (!x.isString() || x.toString().isEmpty())
                      return QObject::tr("each stop text must be a non-empty text");
                  stops << x.toString();
              }
              s.stop = stops;
              return QString();
          },
          [](const ChatSettings& s) { return QJsonValue(QJsonArray::fromStringList(s.stop)); }}},
        {"system_prompt",
         text(&ChatSettings::system_prompt, QT_TRANSLATE_NOOP("QObject", "system_prompt must be a text"))},
        {"template", text(&ChatSettings::template_id, QT_TRANSLATE_NOOP("QObject", "template must be a template id"))},
        {"template_fields", template_fields()},
        {"think",
         {[](const QJsonValue& v, ChatSettings& s) {
              if (!v.isString() || (!v.toString().isEmpty() && !ChatTemplate::thinkModes().contains(v.toString())))
                  return QObject::tr("think must be one of: %1, or empty for the model's default")
                      .arg(ChatTemplate::thinkModes().join(", "));
              s.think_mode = v.toString();
              return QString();
          },
          [](const ChatSettings& s) { return QJsonValue(s.think_mode); }}},
        {"tuned_state",
         text(&ChatSettings::tuned_state,
              QT_TRANSLATE_NOOP("QObject", "tuned_state must be the path of a state-tuned file, or empty"))},
    };
    return all;
}

} // namespace

SamplingSettings ChatSettings::defaultSampling()
{
    // ChatRWKV's chat defaults for World models.
    SamplingSettings p;
    p.temperature = 1.0f;
    p.top_p = 0.3f;
    p.presence_penalty = 0.5f;
    p.frequency_penalty = 0.5f;
    p.penalty_decay = 0.996f;
    return p;
}

QJsonObject ChatSettings::toJson() const
{
    QJsonObject o;
    for (const auto& [name, field] : fields())
        o[name] = field.write(*this);
    return o;
}

QString ChatSettings::apply(const QJsonObject& overrides, ChatSettings& base)
{
    ChatSettings result = base;
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const auto f = fields().find(it.key());
        if (f == fields().end())
            return QObject::tr("unknown setting '%1'").arg(it.key());
        if (QString error = f->second.read(it.value(), result); !error.isEmpty())
            return error;
    }
    if (QString error = result.validate(); !error.isEmpty())
        return error;
    base = result;
    return {};
}

QString ChatSettings::validate() const
{
    if (const QString problem = sampling.validate(); !problem.isEmpty())
        return problem;
    if (max_tokens < 1)
        return QObject::tr("max_tokens must be at least 1");
    return {};
}

} // namespace linnet::app

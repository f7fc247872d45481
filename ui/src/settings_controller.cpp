#include "settings_controller.h"

#include "chat_template.h"
#include "conversation_store.h"
#include "settings_store.h"
#include "strategy_check.h"
#include "think_choice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJSValue>
#include <QJsonArray>
#include <QJsonValue>
#include <QThread>

namespace linnet::ui {

namespace {

// The built-in templates' names (resources/chat_templates.json), for lupdate: they are
// translated in the "ChatTemplate" context when shown.
[[maybe_unused]] const char* const kTemplateNames[] = {
    QT_TRANSLATE_NOOP("ChatTemplate", "RWKV World / G1"),
    QT_TRANSLATE_NOOP("ChatTemplate", "RWKV-4 Raven / Pile"),
    QT_TRANSLATE_NOOP("ChatTemplate", "Question / Answer"),
    QT_TRANSLATE_NOOP("ChatTemplate", "Instruction / Input / Response"),
};

// Template texts are edited on one line each: a line break is written \n, a backslash \\.
QString escaped(QString text)
{
    return text.replace('\\', QLatin1String("\\\\")).replace('\n', QLatin1String("\\n")).replace('\t', QLatin1String("\\t"));
}

QString unescaped(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const QChar next = text[++i];
        out += next == 'n' ? QChar('\n') : next == 't' ? QChar('\t') : next;
    }
    return out;
}

} // namespace

SettingsController::SettingsController(app::SettingsStore& settings, app::ConversationStore& conversations,
                                       QObject* parent)
    : QObject(parent), settings_(settings), conversations_(conversations)
{
}

void SettingsController::setConversationId(qint64 id)
{
    if (id == conversation_)
        return;
    conversation_ = id;
    emit changed();
}

QVariantMap SettingsController::effective() const
{
    if (conversation_ > 0)
        if (const auto c = conversations_.find(conversation_))
            return settings_.chatSettings(*c).toJson().toVariantMap();
    return settings_.chatDefaults().toJson().toVariantMap();
}

QVariantMap SettingsController::overrides() const
{
    if (conversation_ > 0)
        if (const auto c = conversations_.find(conversation_))
            return c->settings.toVariantMap();
    return {};
}

QVariantMap SettingsController::defaults() const
{
    return settings_.chatDefaults().toJson().toVariantMap();
}

int SettingsController::coreCount() const
{
    return QThread::idealThreadCount();
}

QString SettingsController::strategy() const
{
    return settings_.engine().strategy;
}

int SettingsController::threads() const
{
    return settings_.engine().threads;
}

QStringList SettingsController::templateIds() const
{
    QStringList ids;
    for (const auto& t : app::ChatTemplate::all())
        ids << t.id;
    return ids;
}

QStringList SettingsController::templateNames() const
{
    QStringList names;
    for (const auto& t : app::ChatTemplate::all())
        names << QCoreApplication::translate("ChatTemplate", t.name.toUtf8().constData());
    return names;
}

app::ChatSettings SettingsController::chatSettings() const
{
    if (conversation_ > 0)
        if (const auto c = conversations_.find(conversation_))
            return settings_.chatSettings(*c);
    return settings_.chatDefaults();
}

QVariantMap SettingsController::templateFields(int vocab) const
{
    const app::ChatTemplate t = app::ChatTemplate::forChat(chatSettings(), vocab);
    QStringList stops;
    for (const QString& s : t.stop)
        stops << escaped(s);
    return {{"system", escaped(t.system)},
            {"user", escaped(t.user)},
            {"assistant", escaped(t.assistant)},
            {"separator", escaped(t.end_of_reply)},
            {"stop", stops}};
}

QVariantMap SettingsController::checkTemplate(const QVariantMap& fields, int vocab) const
{
    app::ChatSettings chat = chatSettings();
    chat.template_fields = {};
    const app::ChatTemplate base = app::ChatTemplate::forChat(chat, vocab);
    QJsonObject edits;
    for (const char* key : {"system", "user", "assistant", "separator"})
        edits[key] = unescaped(fields.value(key).toString());
    QJsonArray stops;
    for (const QString& s : fields.value("stop").toStringList())
        stops.append(unescaped(s));
    edits["stop"] = stops;
    QString error;
    const auto edited = base.edited(edits, &error);
    if (!edited)
        return {{"error", error}};
    return {{"error", QString()}, {"preview", edited->preview()}, {"fields", edits.toVariantMap()}};
}

QVariantMap SettingsController::thinkChoice(const QString& model_path, int vocab) const
{
    const app::ChatSettings chat = chatSettings();
    const app::ChatTemplate t = app::ChatTemplate::forChat(chat, vocab);
    const app::ThinkChoice choice = app::thinkChoice(t, model_path, app::ModelCatalog::builtIn());
    return {{"modes", choice.modes}, {"current", app::effectiveThinkMode(chat, choice)}};
}

QStringList SettingsController::strategyPresets() const
{
    return app::strategyPresets();
}

QString SettingsController::setValue(const QString& key, const QVariant& value, bool perChat)
{
    // A JavaScript array or object (the stop texts, template fields) arrives as a QJSValue,
    // which QJsonValue::fromVariant turns into null.
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        return applyValues({{key, value.value<QJSValue>().toVariant()}}, perChat);
    return applyValues({{key, value}}, perChat);
}

QVariantList SettingsController::presets(const QString& model_path, const QString& language) const
{
    QVariantList out;
    if (const app::CatalogModel* m = app::ModelCatalog::builtIn().modelByFile(QFileInfo(model_path).fileName()))
        for (const app::SamplingPreset& p : m->presets)
            out << QVariantMap{{"name", p.name.in(language)}, {"values", p.values.toVariantMap()}};
    return out;
}

QString SettingsController::applyValues(const QVariantMap& values, bool perChat)
{
    const QJsonObject change = QJsonObject::fromVariantMap(values);
    if (!perChat) {
        const QString error = settings_.updateChatDefaults(change);
        if (error.isEmpty())
            emit changed();
        return error;
    }
    const auto c = conversations_.find(conversation_);
    if (!c)
        return tr("Start the chat first: per-chat settings belong to a conversation.");
    QJsonObject merged = c->settings;
    for (auto it = change.begin(); it != change.end(); ++it)
        merged[it.key()] = it.value();
    app::ChatSettings check = settings_.chatDefaults();
    if (QString error = app::ChatSettings::apply(merged, check); !error.isEmpty())
        return error;
    conversations_.setSettings(conversation_, merged);
    emit changed();
    return {};
}

void SettingsController::resetChat()
{
    if (conversation_ > 0) {
        conversations_.setSettings(conversation_, {});
        emit changed();
    }
}

void SettingsController::resetChatValue(const QString& key)
{
    const auto c = conversations_.find(conversation_);
    if (!c || !c->settings.contains(key))
        return;
    QJsonObject kept = c->settings;
    kept.remove(key);
    conversations_.setSettings(conversation_, kept);
    emit changed();
}

void SettingsController::resetDefaults()
{
    settings_.setValue("chat", QJsonObject{});
    emit changed();
}

QString SettingsController::validateStrategy(const QString& strategy) const
{
    return app::strategyError(strategy);
}

QString SettingsController::applyEngine(const QString& strategy, int threads)
{
    if (QString error = validateStrategy(strategy); !error.isEmpty())
        return error;
    const QString error = settings_.updateEngine({{"strategy", strategy}, {"threads", threads}});
    if (error.isEmpty())
        emit engineChanged();
    return error;
}

QString SettingsController::tokenizerFor(const QString& model_path) const
{
    return settings_.engine().tokenizerFor(model_path);
}

QString SettingsController::applyTokenizer(const QString& model_path, const QString& name)
{
    if (model_path.isEmpty())
        return tr("Load a model first: the tokenizer is chosen per model file.");
    QJsonObject chosen = settings_.engine().tokenizers;
    if (name.isEmpty())
        chosen.remove(model_path);
    else
        chosen[model_path] = name;
    const QString error = settings_.updateEngine({{"tokenizers", chosen}});
    if (error.isEmpty())
        emit engineChanged();
    return error;
}

} // namespace linnet::ui

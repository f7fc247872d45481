#include "settings_controller.h"

#include "chat_template.h"
#include "conversation_store.h"
#include "settings_store.h"
#include "strategy_check.h"
#include "think_choice.h"

#include <QJsonValue>
#include <QThread>

namespace linnet::ui {

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
        names << t.name;
    return names;
}

QVariantMap SettingsController::thinkChoice(const QString& model_path, int vocab) const
{
    app::ChatSettings chat = settings_.chatDefaults();
    if (conversation_ > 0)
        if (const auto c = conversations_.find(conversation_))
            chat = settings_.chatSettings(*c);
    const app::ChatTemplate t = chat.template_id.isEmpty() ? app::ChatTemplate::forVocabulary(vocab)
                                                           : app::ChatTemplate::byId(chat.template_id);
    const app::ThinkChoice choice = app::thinkChoice(t, model_path, app::ModelCatalog::builtIn());
    return {{"modes", choice.modes}, {"current", app::effectiveThinkMode(chat, choice)}};
}

QStringList SettingsController::strategyPresets() const
{
    return app::strategyPresets();
}

QString SettingsController::setValue(const QString& key, const QVariant& value, bool perChat)
{
    const QJsonObject change{{key, QJsonValue::fromVariant(value)}};
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
    merged[key] = change[key];
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

} // namespace linnet::ui

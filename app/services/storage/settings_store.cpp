#include "settings_store.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace linnet::app {

QJsonValue SettingsStore::value(const QString& key, const QJsonValue& fallback)
{
    const QVariant raw = db_.scalar("SELECT value FROM settings WHERE key = ?", {key});
    if (!raw.isValid())
        return fallback;
    // Stored as a JSON array of one value, so that every JSON type round-trips.
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toByteArray());
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : fallback;
}

void SettingsStore::setValue(const QString& key, const QJsonValue& value)
{
    db_.exec("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
             {key, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))});
}

QJsonObject SettingsStore::object(const QString& key)
{
    return value(key).toObject();
}

ChatSettings SettingsStore::chatDefaults()
{
    ChatSettings s;
    if (QString error = ChatSettings::apply(object("chat"), s); !error.isEmpty())
        qCWarning(lcStorage) << "ignoring stored chat defaults:" << error;
    return s;
}

QString SettingsStore::updateChatDefaults(const QJsonObject& changes)
{
    // A tuned state fits one base model only: a default would break chats with any other.
    if (!changes.value("tuned_state").toString().isEmpty())
        return QObject::tr("A tuned state is set for one chat, not as a default.");
    QJsonObject merged = object("chat");
    for (auto it = changes.begin(); it != changes.end(); ++it)
        merged[it.key()] = it.value();
    ChatSettings check;
    if (QString error = ChatSettings::apply(merged, check); !error.isEmpty())
        return error;
    setValue("chat", merged);
    return {};
}

ChatSettings SettingsStore::chatSettings(const Conversation& conversation)
{
    ChatSettings s = chatDefaults();
    if (QString error = ChatSettings::apply(conversation.settings, s); !error.isEmpty())
        qCWarning(lcStorage) << "ignoring the overrides of conversation" << conversation.id << ":" << error;
    return s;
}

EngineSettings SettingsStore::engine()
{
    EngineSettings s;
    if (QString error = EngineSettings::apply(object("engine"), s); !error.isEmpty())
        qCWarning(lcStorage) << "ignoring stored engine settings:" << error;
    return s;
}

QString SettingsStore::updateEngine(const QJsonObject& changes)
{
    QJsonObject merged = object("engine");
    for (auto it = changes.begin(); it != changes.end(); ++it)
        merged[it.key()] = it.value();
    EngineSettings check;
    if (QString error = EngineSettings::apply(merged, check); !error.isEmpty())
        return error;
    setValue("engine", merged);
    return {};
}

} // namespace linnet::app

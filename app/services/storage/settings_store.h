// Application settings in the database: chat defaults, engine settings and simple
// values (models folder, language, theme). Writes are validated first.
#pragma once

#include "chat_settings.h"
#include "conversation_store.h"
#include "database.h"
#include "engine_settings.h"

namespace linnet::app {

class SettingsStore {
public:
    explicit SettingsStore(Database& db) : db_(db) {}

    QJsonValue value(const QString& key, const QJsonValue& fallback = {});
    void setValue(const QString& key, const QJsonValue& value);

    ChatSettings chatDefaults();
    // Merges `changes` into the defaults; returns an error message and changes nothing
    // when a value is invalid.
    QString updateChatDefaults(const QJsonObject& changes);
    // The defaults with the conversation's overrides applied.
    ChatSettings chatSettings(const Conversation& conversation);

    EngineSettings engine();
    QString updateEngine(const QJsonObject& changes);

private:
    QJsonObject object(const QString& key);
    Database& db_;
};

} // namespace linnet::app

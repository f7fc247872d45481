// The settings panel: sampling, limits, stop texts, system prompt and template as
// global defaults or per-chat overrides; strategy and threads for the engine. Every
// change is validated and refused with a message, never clamped.
#pragma once

#include "chat_settings.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace linnet::app {
class ConversationStore;
class SettingsStore;
} // namespace linnet::app

namespace linnet::ui {

class SettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.settings")
    Q_PROPERTY(qint64 conversationId READ conversationId WRITE setConversationId NOTIFY changed)
    Q_PROPERTY(QVariantMap effective READ effective NOTIFY changed)
    Q_PROPERTY(QVariantMap overrides READ overrides NOTIFY changed)
    Q_PROPERTY(QVariantMap defaults READ defaults NOTIFY changed)
    Q_PROPERTY(int coreCount READ coreCount CONSTANT)
    Q_PROPERTY(QString strategy READ strategy NOTIFY engineChanged)
    Q_PROPERTY(int threads READ threads NOTIFY engineChanged)
    Q_PROPERTY(QStringList templateIds READ templateIds CONSTANT)
    Q_PROPERTY(QStringList strategyPresets READ strategyPresets CONSTANT)

public:
    SettingsController(app::SettingsStore& settings, app::ConversationStore& conversations, QObject* parent = nullptr);

    qint64 conversationId() const { return conversation_; }
    void setConversationId(qint64 id);
    QVariantMap effective() const;  // what the next reply of this chat uses
    QVariantMap overrides() const;  // what this chat changes
    QVariantMap defaults() const;   // what new chats use
    int coreCount() const;          // threads beyond this only wait for each other
    QString strategy() const;
    int threads() const;
    QStringList templateIds() const;
    QStringList strategyPresets() const;

    // Returns an empty string when applied, else why not (nothing is changed then).
    Q_INVOKABLE QString setValue(const QString& key, const QVariant& value, bool perChat);
    // Several values at once, all or none (a sampling preset).
    Q_INVOKABLE QString applyValues(const QVariantMap& values, bool perChat);
    // The sampling presets the catalog recommends for the model at `model_path` (each
    // {name, values}), named in `language`; none for a file the catalog does not list.
    Q_INVOKABLE QVariantList presets(const QString& model_path, const QString& language) const;
    Q_INVOKABLE void resetChat();
    // This chat uses the default for `key` again.
    Q_INVOKABLE void resetChatValue(const QString& key);
    Q_INVOKABLE void resetDefaults();
    Q_INVOKABLE QString validateStrategy(const QString& strategy) const;
    // The think modes this chat offers with the model at `model_path` ("modes", "off"
    // first) and the one its next turn uses ("current").
    Q_INVOKABLE QVariantMap thinkChoice(const QString& model_path, int vocab) const;
    // Human names of the templates, in the order of templateIds, in the window's language.
    Q_INVOKABLE QStringList templateNames() const;
    // The template this chat uses with a model of `vocab`, as the editor shows it:
    // "system", "user", "assistant", "separator" and "stop", line breaks written \n.
    Q_INVOKABLE QVariantMap templateFields(int vocab) const;
    // Edited fields (as templateFields gives them) checked against the chat's template:
    // "error" in words, or "preview" (the exact text a model reads for a two-turn example)
    // and "fields" (what to store as the chat's "template_fields").
    Q_INVOKABLE QVariantMap checkTemplate(const QVariantMap& fields, int vocab) const;
    // Stores the engine settings; the model is reloaded with them (engineChanged).
    Q_INVOKABLE QString applyEngine(const QString& strategy, int threads);
    // The tokenizer chosen for the model file at `model_path` ("world", "neox", "bytes";
    // empty: the one its vocabulary implies).
    Q_INVOKABLE QString tokenizerFor(const QString& model_path) const;
    // Chooses it (empty: the vocabulary's again); the model is reloaded with it.
    Q_INVOKABLE QString applyTokenizer(const QString& model_path, const QString& name);

signals:
    void changed();
    void engineChanged();

private:
    app::ChatSettings chatSettings() const;

    app::SettingsStore& settings_;
    app::ConversationStore& conversations_;
    qint64 conversation_ = 0;
};

} // namespace linnet::ui

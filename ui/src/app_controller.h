// Everything the window binds to, made once at start-up and offered to QML as the
// `App` singleton: the conversation list, the open chat, the settings and the model.
#pragma once

#include "chat_controller.h"
#include "local_server_controller.h"
#include "conversation_list_model.h"
#include "model_controller.h"
#include "model_library_view.h"
#include "remote_models_view.h"
#include "settings_controller.h"

#include "conversation_files.h"
#include "conversation_store.h"
#include "data_location.h"
#include "database.h"
#include "inference_worker.h"
#include "model_manager.h"
#include "settings_store.h"
#include "state_store.h"

#include <QObject>
#include <QTranslator>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace linnet::ui {

// The services the view models work with, built by the executable (the composition
// root, app/gui/window_services.h); they outlive the AppController.
struct AppServices {
    const app::DataLocation& location;
    app::Database& db;
    app::ConversationStore& conversations;
    app::StateStore& states;
    app::SettingsStore& settings;
    app::ConversationFiles& files;
    app::InferenceWorker* inference;
    app::ModelManager& models;
    app::RemoteModelStore& remoteModels;
    ApiServerFactory localServer; // the Local server switch's server
};

class AppController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(ConversationListModel* conversations READ conversations CONSTANT)
    Q_PROPERTY(ChatController* chat READ chat CONSTANT)
    Q_PROPERTY(SettingsController* settings READ settings CONSTANT)
    Q_PROPERTY(ModelController* model READ model CONSTANT)
    Q_PROPERTY(ModelLibraryView* models READ models CONSTANT)
    Q_PROPERTY(RemoteModelsView* remoteModels READ remoteModels CONSTANT)
    Q_PROPERTY(LocalServerController* localServer READ localServer CONSTANT)
    Q_PROPERTY(bool firstRun READ firstRun CONSTANT)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(bool systemDark READ systemDark CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    // Makes the view models over the given services and wires them together.
    // Not default-constructible on purpose: QML must get the instance made by the app
    // (through create()), never a second one of its own.
    explicit AppController(const AppServices& services, QObject* parent = nullptr);
    ~AppController() override;

    ConversationListModel* conversations() { return conversations_.get(); }
    ChatController* chat() { return chat_.get(); }
    SettingsController* settings() { return settings_.get(); }
    ModelController* model() { return model_.get(); }
    ModelLibraryView* models() { return models_view_.get(); }
    RemoteModelsView* remoteModels() { return remote_models_.get(); }
    LocalServerController* localServer() { return local_server_.get(); }
    // No model installed and none used before: the model manager opens with a suggestion.
    bool firstRun() const { return first_run_; }
    QString notice() const { return notice_; }
    QString dataDir() const { return location_.root(); }

    Q_INVOKABLE void renameConversation(qint64 id, const QString& title);
    Q_INVOKABLE void deleteConversation(qint64 id);
    // Writes the conversation to `file_url` as "markdown" or "json"; returns an error or "".
    Q_INVOKABLE QString exportConversation(qint64 id, const QString& format, const QString& file_url);
    // Adds the conversations of Linnet JSON exports, off the GUI thread; each refused
    // file is named in the notice with its problem.
    Q_INVOKABLE void importConversations(const QList<QUrl>& file_urls);
    Q_INVOKABLE void dismissNotice();
    // Opens the most recently used conversation, as desktop chat apps do at start.
    void openRecentConversation();
    Q_INVOKABLE void showNotice(const QString& text);
    Q_INVOKABLE void copyText(const QString& text);

    bool systemDark() const;
    QString language() const { return language_; }
    // Switches the window's language at once (the QML engine re-translates every text).
    void setLanguage(const QString& code);
    QVariantList languages() const;
    // The engine whose texts are re-translated on a language change.
    void setQmlEngine(QQmlEngine* engine) { qml_engine_ = engine; }

    // The object QML gets as `App` in engines created from now on (one per engine:
    // the app has one; each Qt Quick Test file gets its own).
    void makeCurrent();
    static AppController* create(QQmlEngine*, QJSEngine*);

signals:
    void noticeChanged();
    void languageChanged();

private:
    void connectRemoteModels(app::Database& db);

    const app::DataLocation& location_;
    app::ConversationStore& conversation_store_;
    app::SettingsStore& settings_store_;
    app::ConversationFiles& files_;
    std::unique_ptr<ConversationListModel> conversations_;
    std::unique_ptr<ChatController> chat_;
    std::unique_ptr<SettingsController> settings_;
    std::unique_ptr<ModelController> model_;
    std::unique_ptr<ModelLibraryView> models_view_;
    std::unique_ptr<RemoteModelsView> remote_models_;
    std::unique_ptr<LocalServerController> local_server_;
    bool first_run_ = false;
    QString notice_;
    QString language_;
    std::unique_ptr<QTranslator> translator_;
    QQmlEngine* qml_engine_ = nullptr;
};

} // namespace linnet::ui

#include "app_controller.h"

#include "remote_chat.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlEngine>
#include <QUrl>

namespace linnet::ui {

namespace {
AppController* current_instance = nullptr;
}

AppController::AppController(const AppServices& s, QObject* parent)
    : QObject(parent), location_(s.location), conversation_store_(s.conversations), settings_store_(s.settings),
      files_(s.files), conversations_(std::make_unique<ConversationListModel>(s.conversations)),
      chat_(std::make_unique<ChatController>(s.conversations, s.states, s.settings, s.inference)),
      settings_(std::make_unique<SettingsController>(s.settings, s.conversations)),
      model_(std::make_unique<ModelController>(s.settings, s.remoteModels, s.inference)),
      models_view_(std::make_unique<ModelLibraryView>(s.models)),
      remote_models_(std::make_unique<RemoteModelsView>(s.remoteModels)),
      local_server_(std::make_unique<LocalServerController>(s.inference, s.localServer))
{
    first_run_ = s.models.firstRun();
    connect(models_view_.get(), &ModelLibraryView::problem, this, &AppController::showNotice);
    // A model that just arrived is put to use when none is loaded yet.
    connect(models_view_.get(), &ModelLibraryView::installedModel, this, [this](qint64, const QString& path) {
        if (!model_->ready() && !model_->loading() && !path.isEmpty())
            model_->load(path);
    });
    notice_ = s.db.recoveryMessage();
    connect(chat_.get(), &ChatController::conversationsChanged, conversations_.get(), &ConversationListModel::refresh);
    connect(chat_.get(), &ChatController::conversationChanged, this,
            [this] { settings_->setConversationId(chat_->conversationId()); });
    connect(chat_.get(), &ChatController::error, this, &AppController::showNotice);
    connect(&files_, &app::ConversationFiles::imported, this, [this](qint64 id) {
        conversations_->refresh();
        chat_->open(id);
    });
    connect(&files_, &app::ConversationFiles::importFailed, this,
            [this](const QString&, const QString& message) { showNotice(message); });
    connect(model_.get(), &ModelController::changed, this, [this] {
        chat_->setModelReady(model_->ready());
        if (model_->ready())
            models_view_->refreshDiskUse();
    });
    connect(model_.get(), &ModelController::failed, this, &AppController::showNotice);
    connect(settings_.get(), &SettingsController::engineChanged, model_.get(), &ModelController::reload);
    connectRemoteModels(s.db);
    const QString saved = settings_store_.value("language").toString();
    setLanguage(saved.isEmpty() ? QLocale::system().name() : saved);
}

// A remote model in use answers the chat through a RemoteChat over the GUI thread's
// database connection (the worker's model stays loaded for the next local chat).
void AppController::connectRemoteModels(app::Database& db)
{
    connect(model_.get(), &ModelController::remoteChanged, this, [this, &db] {
        const auto& remote = model_->remoteModel();
        chat_->setRemote(remote ? std::make_unique<app::RemoteChat>(db, *remote) : nullptr);
    });
    connect(remote_models_.get(), &RemoteModelsView::removed, model_.get(), &ModelController::forgetRemote);
}

AppController::~AppController()
{
    if (current_instance == this)
        current_instance = nullptr;
}

void AppController::makeCurrent()
{
    QQmlEngine::setObjectOwnership(this, QQmlEngine::CppOwnership);
    current_instance = this;
}

AppController* AppController::create(QQmlEngine* engine, QJSEngine*)
{
    if (!current_instance)
        qFatal("Linnet's App object must exist before QML uses it");
    current_instance->setQmlEngine(engine);
    return current_instance;
}

void AppController::showNotice(const QString& text)
{
    notice_ = text;
    emit noticeChanged();
}

void AppController::openRecentConversation()
{
    const auto recent = conversation_store_.list();
    if (!recent.isEmpty())
        chat_->open(recent.first().id);
}

void AppController::dismissNotice()
{
    models_view_->forgetFailures();
    showNotice({});
}

bool AppController::systemDark() const
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void AppController::copyText(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
}

QVariantList AppController::languages() const
{
    // Each language named in itself, so that anyone can find their own.
    return {QVariantMap{{"code", "en"}, {"name", "English"}}, QVariantMap{{"code", "vi"}, {"name", "Tiếng Việt"}},
            QVariantMap{{"code", "zh_CN"}, {"name", "中文（简体）"}}};
}

void AppController::setLanguage(const QString& requested)
{
    // "vi_VN" → "vi"; "zh_CN" stays; anything unknown → English.
    QString code = "en";
    for (const QVariant& l : languages()) {
        const QString c = l.toMap()["code"].toString();
        if (requested == c || requested.startsWith(c + "_") || (c == "zh_CN" && requested.startsWith("zh")))
            code = c;
    }
    if (translator_) {
        QCoreApplication::removeTranslator(translator_.get());
        translator_.reset();
    }
    if (code != "en") {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(":/i18n/linnet_" + code + ".qm")) {
            QCoreApplication::installTranslator(translator.get());
            translator_ = std::move(translator);
        }
    }
    if (code == language_)
        return;
    language_ = code;
    settings_store_.setValue("language", code);
    if (models_view_)
        models_view_->setLanguage(code);
    if (qml_engine_)
        qml_engine_->retranslate();
    emit languageChanged();
}

void AppController::renameConversation(qint64 id, const QString& title)
{
    try {
        conversation_store_.rename(id, title);
        conversations_->refresh();
    } catch (const app::StorageError& e) {
        showNotice(e.message());
    }
}

void AppController::deleteConversation(qint64 id)
{
    try {
        conversation_store_.remove(id);
        if (chat_->conversationId() == id)
            chat_->newChat();
        conversations_->refresh();
    } catch (const app::StorageError& e) {
        showNotice(e.message());
    }
}

QString AppController::exportConversation(qint64 id, const QString& format, const QString& file_url)
{
    const QUrl url(file_url);
    const QString path = url.isLocalFile() ? url.toLocalFile() : file_url;
    return files_.exportTo(id, format == "json" ? app::ExportFormat::Json : app::ExportFormat::Markdown, path);
}

void AppController::importConversations(const QList<QUrl>& file_urls)
{
    QStringList paths;
    for (const QUrl& url : file_urls)
        paths << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    files_.importFiles(paths);
}

} // namespace linnet::ui

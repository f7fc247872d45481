// Qt Quick Tests of the real window: the QML of ui/ over the real services, a real
// database in a temporary folder and a tiny model from ../shared.
#include "app_controller.h"
#include "checkpoint_writer.h"
#include "chat_message_model.h"
#include "conversation_store.h"
#include "database.h"
#include "test_data.h"
#include "test_http_server.h"
#include "window_services.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUrl>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <cmath>
#include <malloc.h>

Q_IMPORT_QML_PLUGIN(LinnetPlugin)

// What the QML tests need beyond the App object: test data and a way to prepare chats.
class TestSupport : public QObject {
    Q_OBJECT

public:
    TestSupport(QString data_dir, linnet::app::ModelManager& models) : data_dir_(std::move(data_dir)), models_(models) {}

    // Waits (blocking) until the global thread pool is idle: the windows' read tests of
    // this and earlier test files run there, two threads reading memory for seconds
    // under the sanitizers, and a test of layout or timing should not share the cores
    // with them. Their results then arrive as queued events.
    Q_INVOKABLE bool waitForBackgroundWork(int ms) { return QThreadPool::globalInstance()->waitForDone(ms); }

    Q_INVOKABLE QString modelPath(const QString& name) const
    {
        return linnet::test::shared_path("models/tiny/tiny-rwkv-" + name + ".bin");
    }

    Q_INVOKABLE QString sharedFile(const QString& relative) const { return linnet::test::shared_path(relative); }
    // A wait or a lateness bound of `ms` in a plain build, scaled for a slower one (ASan).
    Q_INVOKABLE int ms(int ms) const { return linnet::test::scaled_ms(ms); }
    Q_INVOKABLE bool fileExists(const QString& path) const { return QFileInfo::exists(path); }
    // Saves a picture of `window` as NAME.png in the folder LINNET_TEST_GRABS names, to
    // look at; without it, nothing. False when it could not be saved.
    Q_INVOKABLE bool saveGrab(QObject* window, const QString& name) const
    {
        const QString folder = qEnvironmentVariable("LINNET_TEST_GRABS");
        auto* target = qobject_cast<QQuickWindow*>(window);
        return folder.isEmpty() || (target && target->grabWindow().save(folder + "/" + name + ".png"));
    }

    // A text file in the test's data folder, as a file URL (documents to attach).
    Q_INVOKABLE QUrl writeText(const QString& name, const QString& text)
    {
        const QString path = data_dir_ + "/" + name;
        linnet::test::write_file(path, text.toUtf8());
        return QUrl::fromLocalFile(path);
    }

    // A state-tuning file for the tiny RWKV-7 model (12 layers of one 64×64 head), as
    // RWKV-PEFT saves it; another `size` makes one for another model. As a file URL.
    Q_INVOKABLE QUrl writeTunedState(const QString& name, int size) const
    {
        std::vector<linnet::test::PthTensor> tensors;
        for (int layer = 0; layer < 12; ++layer) {
            QByteArray data(size * size * int(sizeof(float)), Qt::Uninitialized);
            auto* values = reinterpret_cast<float*>(data.data());
            for (int i = 0; i < size * size; ++i)
                values[i] = 0.5f * std::sin(0.37f * float(i) + float(layer));
            tensors.push_back({"blocks." + QByteArray::number(layer) + ".att.time_state", "FloatStorage", {1, size, size}, data});
        }
        const QString path = data_dir_ + "/" + name;
        linnet::test::write_file(path, linnet::test::write_pth(tensors));
        return QUrl::fromLocalFile(path);
    }

    // Drops every saved state of a conversation, as a model change or a damaged row
    // does; returns how many went.
    Q_INVOKABLE int dropStates(qint64 conversation) const
    {
        linnet::app::Database db(data_dir_ + "/linnet.db");
        return db.exec("DELETE FROM states WHERE message_id IN (SELECT id FROM messages WHERE conversation_id = ?)",
                       {conversation})
            .numRowsAffected();
    }

    // A conversation of `count` alternating messages, written straight to the database.
    Q_INVOKABLE qint64 makeLongChat(int count)
    {
        linnet::app::Database db(data_dir_ + "/linnet.db");
        linnet::app::ConversationStore store(db);
        qint64 id = 0;
        db.transaction([&] {
            id = store.create("A very long chat");
            qint64 parent = 0;
            for (int i = 0; i < count; ++i)
                parent = store.addMessage(id, parent, i % 2 ? "assistant" : "user",
                                          QString("Message number %1. ").arg(i).repeated(3));
        });
        return id;
    }

    // Writes `text` to a file in the test's data folder; returns its path.
    Q_INVOKABLE QString writeFile(const QString& name, const QString& text) const
    {
        QFile f(data_dir_ + "/" + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            return {};
        return f.fileName();
    }

    // A conversation with one question, for a reply to stream into.
    Q_INVOKABLE qint64 makeQuestion(const QString& text)
    {
        linnet::app::Database db(data_dir_ + "/linnet.db");
        linnet::app::ConversationStore store(db);
        const qint64 id = store.create("Thinking");
        store.addMessage(id, 0, "user", text);
        return id;
    }

    // The stored reply of a thinking model, as a finished turn leaves it.
    Q_INVOKABLE qint64 storeReply(qint64 conversation, const QString& answer, const QString& thought, int tokens,
                                  double ms)
    {
        linnet::app::Database db(data_dir_ + "/linnet.db");
        linnet::app::ConversationStore store(db);
        const qint64 id = store.addMessage(conversation, store.get(conversation).head_message_id, "assistant", answer);
        store.setThought(id, linnet::app::ReplyThought{thought, tokens, ms});
        return id;
    }

    // Streams into the chat's message list exactly as the chat controller does.
    Q_INVOKABLE void beginReply(QObject* messages) { model(messages)->beginReply(); }
    Q_INVOKABLE void streamThought(QObject* messages, const QString& text, int tokens, double seconds)
    {
        model(messages)->appendToThought(text, tokens, seconds);
    }
    Q_INVOKABLE void streamAnswer(QObject* messages, const QString& text) { model(messages)->appendToReply(text); }
    Q_INVOKABLE void finishReply(QObject* messages, qint64 id) { model(messages)->finishReply(id); }
    // Fills freed memory from now on (glibc's M_PERTURB), so that a read of a deleted item
    // crashes at once instead of passing while the memory happens to be intact. Only
    // around the tests that need it: filling every free slows the whole window down.
    Q_INVOKABLE void perturbFreedMemory(bool on) const { mallopt(M_PERTURB, on ? 165 : 0); }
    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }

    // A catalog whose addresses cannot be reached: names under .invalid and a closed
    // port on this machine. "offline" has three addresses and a tokenizer that counts as
    // installed (a placeholder file, never read: the model never arrives), so only the
    // model is queued; "pending" needs a tokenizer that is not there, which its download
    // queues too. Returns offline's hosts, in order.
    Q_INVOKABLE QStringList useUnreachableCatalog()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const QString refused = QString("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const QStringList offline = {"https://huggingface.invalid/offline.pth", refused + "/offline.pth",
                                     "https://modelscope.invalid/offline.pth"};
        // Downloads write into the tokenizer folder: never into ../shared.
        if (!models_.tokenizerDir().startsWith(data_dir_))
            return {"LINNET_TOKENIZER_DIR points outside the test's data folder"};
        QDir().mkpath(models_.tokenizerDir());
        QFile placeholder(models_.tokenizerDir() + "/offline-vocab.txt");
        if (!placeholder.open(QIODevice::WriteOnly))
            return {placeholder.errorString()};
        placeholder.close();
        const QJsonArray models = {catalogModel("offline", offline, "offline"),
                                   catalogModel("pending", {refused + "/pending.pth"}, "pending")};
        const QJsonArray tokenizers = {
            catalogTokenizer("offline", "offline-vocab.txt", "https://example.org/offline-vocab.txt"),
            catalogTokenizer("pending", "pending-vocab.txt", refused + "/pending-vocab.txt")};
        const QString path = writeFile("unreachable-catalog.json",
                                       QString::fromUtf8(QJsonDocument(QJsonObject{{"format", 1}, {"models", models}, {"tokenizers", tokenizers}})
                                                             .toJson()));
        if (const QString error = models_.loadCatalog(path, false); !error.isEmpty())
            return {error};
        return {"huggingface.invalid", refused.mid(7), "modelscope.invalid"};
    }
    // Drops `paths` on the middle of `window` as the desktop delivers a drag from a file
    // manager: enter, move, drop, carrying their file URLs. True when the drop was taken.
    Q_INVOKABLE bool dropFiles(QObject* window, const QStringList& paths) const
    {
        auto* target = qobject_cast<QQuickWindow*>(window);
        if (!target)
            return false;
        QMimeData data;
        QList<QUrl> urls;
        for (const QString& path : paths)
            urls << QUrl::fromLocalFile(path);
        data.setUrls(urls);
        const QPoint at(target->width() / 2, target->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &move);
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &drop);
        return enter.isAccepted() && drop.isAccepted();
    }
    // As if the read test of this computer's memory had measured `bytes_per_s`.
    Q_INVOKABLE void setReadSpeed(double bytes_per_s) { models_.speed().setReadSpeed(bytes_per_s); }
    Q_INVOKABLE int downloadCount() const { return int(models_.downloads().ids().size()); }
    // Serves the recorded Hugging Face listing of the G1 repository (tests/data) on
    // 127.0.0.1, as the API answers it; returns the server's address.
    Q_INVOKABLE QString serveReleaseListing()
    {
        QFile f(LINNET_TEST_DATA_DIR "/hf-listing-rwkv7-g1.json");
        if (!f.open(QIODevice::ReadOnly))
            return {};
        listing_server_ = std::make_unique<linnet::test::TestHttpServer>();
        listing_server_->route("/api/models/BlinkDL/rwkv7-g1/tree/main").body = f.readAll();
        return listing_server_->url("/").toString();
    }
    // An address on 127.0.0.1 where nothing listens (a port taken, then given back).
    Q_INVOKABLE QString deadAddress() const
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return QString("http://127.0.0.1:%1").arg(probe.serverPort());
    }

private:
    static linnet::ui::ChatMessageModel* model(QObject* o) { return qobject_cast<linnet::ui::ChatMessageModel*>(o); }
    static QJsonObject catalogModel(const QString& id, const QStringList& urls, const QString& tokenizer)
    {
        return {{"id", id}, {"name", "Test " + id}, {"version", "7"}, {"parameters", 100000000},
                {"file", id + ".pth"}, {"urls", QJsonArray::fromStringList(urls)}, {"size", 20000000},
                {"tokenizer", tokenizer}, {"context_length", 4096}, {"license", "Apache-2.0"},
                {"description", QJsonObject{{"en", "A model out of reach."}}}};
    }
    static QJsonObject catalogTokenizer(const QString& id, const QString& file, const QString& url)
    {
        return {{"id", id}, {"name", id + " tokenizer"}, {"file", file}, {"vocab", 65536}, {"urls", QJsonArray{url}}};
    }
    QString data_dir_;
    linnet::app::ModelManager& models_;
    std::unique_ptr<linnet::test::TestHttpServer> listing_server_;
};

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName("Linnet");
        QCoreApplication::setApplicationName("LinnetTests");
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        // Every QML test file gets a fresh engine, a fresh data folder and a fresh App.
        engine->addImportPath("qrc:/");
        dirs_.push_back(std::make_unique<QTemporaryDir>());
        const QString dir = dirs_.back()->path();
        // Retries two seconds apart, each address tried twice: a download out of reach
        // shows its tries and countdown, then fails within seconds.
        linnet::app::DownloadOptions downloads;
        downloads.maxRetries = 1;
        downloads.backoffMs = downloads.maxBackoffMs = 2000;
        downloads.transferTimeoutMs = 5000;
        services_.push_back(std::make_unique<linnet::gui::WindowServices>(dir, downloads));
        controllers_.push_back(std::make_unique<linnet::ui::AppController>(services_.back()->forViewModels()));
        controllers_.back()->makeCurrent();
        support_.push_back(std::make_unique<TestSupport>(dir, services_.back()->models));
        engine->rootContext()->setContextProperty("testSupport", support_.back().get());
    }

    void cleanupTestCase() {}

private:
    std::vector<std::unique_ptr<QTemporaryDir>> dirs_;
    std::vector<std::unique_ptr<linnet::gui::WindowServices>> services_;
    std::vector<std::unique_ptr<linnet::ui::AppController>> controllers_;
    std::vector<std::unique_ptr<TestSupport>> support_;
};

QUICK_TEST_MAIN_WITH_SETUP(linnet_ui, Setup)
#include "tst_ui.moc"

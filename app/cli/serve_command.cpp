// linnet-cli serve: the OpenAI-compatible API on one model, without the window. The
// model runs on an inference worker exactly as in the app; the request log goes to
// stderr, one JSON object per line. Stops on Ctrl+C or SIGTERM.
#include "api_server.h"
#include "command.h"
#include "data_location.h"
#include "inference_worker.h"
#include "options.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace linnet::cli {

namespace {

// Loads the model on the worker's thread and waits for the outcome.
void load_on_worker(app::InferenceWorker* worker, const QString& path, const app::EngineSettings& engine)
{
    QEventLoop loop;
    QString failure;
    QObject::connect(worker, &app::InferenceWorker::modelLoaded, &loop, [&] { loop.quit(); });
    QObject::connect(worker, &app::InferenceWorker::modelFailed, &loop, [&](const QString&, const QString& message) {
        failure = message;
        loop.quit();
    });
    QMetaObject::invokeMethod(worker, [worker, path, engine] { worker->loadModel(path, engine); }, Qt::QueuedConnection);
    loop.exec();
    if (!failure.isEmpty())
        throw Failure(failure.toStdString());
}

app::ApiServerOptions server_options(const QCommandLineParser& p)
{
    app::ApiServerOptions o;
    const QString host = p.value("host");
    o.http.address = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (o.http.address.isNull())
        throw Failure(QString("--host must be an IP address, not '%1'").arg(host).toStdString());
    o.http.port = quint16(parse_int(p, "port", 8765, 0, 65535));
    o.http.max_connections = parse_int(p, "max-connections", 16, 1, 1024);
    o.completion.max_tokens = parse_int(p, "max-tokens-limit", 4096, 1, 1 << 20);
    o.completion.default_max_tokens = std::min(1000, o.completion.max_tokens);
    o.cache_bytes = int64_t(parse_int(p, "cache-mb", 256, 0, 1 << 20)) << 20;
    o.api_key = p.value("api-key");
    if (o.api_key.isEmpty())
        o.api_key = qEnvironmentVariable("LINNET_API_KEY");
    return o;
}

} // namespace

Command serve_command()
{
    return {"serve", "Serve the OpenAI-compatible API (chat completions, completions, embeddings) on one model.",
            [](QCommandLineParser& p) {
                add_model_options(p);
                p.addOption({"data-dir", "Linnet's data folder (tokenizers).", "dir"});
                p.addOption({"host", "Address to listen on (default 127.0.0.1; any other needs --api-key).", "address",
                             "127.0.0.1"});
                p.addOption({"port", "Port (default 8765; 0: any free port, printed at start).", "port"});
                p.addOption({"api-key", "Clients must send 'Authorization: Bearer KEY' (or set LINNET_API_KEY).", "key"});
                p.addOption({"max-connections", "Connections served at once (default 16).", "n"});
                p.addOption({"max-tokens-limit", "The most tokens a request may ask for (default 4096).", "n"});
                p.addOption({"cache-mb", "Memory for cached conversation states (default 256).", "MiB"});
            },
            [](const QCommandLineParser& p) {
                if (!p.isSet("model"))
                    throw Failure("--model is required");
                const app::ApiServerOptions options = server_options(p);
                const app::DataLocation location(p.value("data-dir"));
                app::InferenceThread inference(location.databasePath(), location.tokenizerDir(), location.packedWeightsDir());
                const QString model = QFileInfo(p.value("model")).absoluteFilePath();
                app::EngineSettings engine;
                engine.strategy = p.value("strategy");
                engine.threads = parse_int(p, "threads", 0, 0, 256);
                load_on_worker(inference.worker(), model, engine);

                app::ApiServer server(inference.worker(), options);
                server.setModelPath(model);
                if (const QString error = server.start(); !error.isEmpty())
                    throw Failure(error.toStdString());
                QObject::connect(&server, &app::ApiServer::requestLogged, [](const QJsonObject& entry) {
                    std::fprintf(stderr, "%s\n", QJsonDocument(entry).toJson(QJsonDocument::Compact).constData());
                });
                const QJsonObject ready{{"listening", server.baseUrl()},
                                        {"port", server.port()},
                                        {"model", app::ApiServer::modelIdFor(model)}};
                std::printf("%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
                std::fflush(stdout);
                QCoreApplication::exec();
                return QJsonObject();
            }};
}

} // namespace linnet::cli

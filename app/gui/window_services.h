// The composition root of the window: the services it runs on, built once, in order,
// by the executable (and by the window's tests), then handed to the view models.
// Throws app::StorageError when the data cannot be used at all.
#pragma once

#include "api_server.h"
#include "app_controller.h"
#include "conversation_files.h"
#include "conversation_store.h"
#include "data_location.h"
#include "database.h"
#include "inference_worker.h"
#include "model_manager.h"
#include "remote_model_store.h"
#include "settings_store.h"
#include "state_store.h"

namespace linnet::gui {

struct WindowServices {
    // `downloads`: retry and time-out rules (the window's tests shorten them).
    explicit WindowServices(const QString& data_dir, const app::DownloadOptions& downloads = {})
        : location(data_dir), db(location.databasePath(), app::Checkpoints::WhenAsked), conversations(db), states(db),
          settings(db), files(conversations, location.databasePath()),
          inference(location.databasePath(), location.tokenizerDir(), location.packedWeightsDir()), models(db, location, downloads),
          remote_models(location.root())
    {
        learnSpeeds();
    }

    ui::AppServices forViewModels()
    {
        return {location, db, conversations, states, settings, files, inference.worker(), models, remote_models,
                [this](quint16 port) { return localServer(port); }};
    }

    // The Local server switch's API server: on this machine only (no key), on the
    // window's own inference thread.
    std::unique_ptr<app::ApiServer> localServer(quint16 port)
    {
        app::ApiServerOptions options;
        options.http.port = port;
        return std::make_unique<app::ApiServer>(inference.worker(), options);
    }

    // Each real generation corrects the speed estimates of the Models dialog: its tokens/s
    // against the estimate for the loaded model's size and precision.
    void learnSpeeds()
    {
        app::InferenceWorker* worker = inference.worker();
        app::SpeedCalibration* speed = &models.speed();
        QObject::connect(worker, &app::InferenceWorker::modelLoaded, speed,
                         [this](const QString&, const app::LoadedModel& info) { loaded_model = info; });
        QObject::connect(worker, &app::InferenceWorker::turnFinished, speed, [this, speed](const app::TurnResult& r) {
            speed->recordGeneration(loaded_model.parameters, loaded_model.vocab, loaded_model.strategy, r.reply_tokens,
                                    r.tokens_per_s);
        });
    }

    app::DataLocation location;
    app::Database db; // the GUI thread's connection; the inference thread has its own
    app::ConversationStore conversations;
    app::StateStore states;
    app::SettingsStore settings;
    app::ConversationFiles files;
    app::InferenceThread inference;
    app::ModelManager models;
    app::RemoteModelStore remote_models; // remote-models.json in the data folder
    app::LoadedModel loaded_model;       // the worker's last load, for learnSpeeds()
};

} // namespace linnet::gui

// Checking a model file the user already has, and copying it into the models folder.
// Runs on a work thread: reading a header and copying gigabytes are slow.
#pragma once

#include "linnet/model_info.h"

#include <QString>

#include <atomic>
#include <functional>

namespace linnet::app {

// .pth, .safetensors, .st or .bin (any case).
bool isImportableModelFile(const QString& path);

struct ImportResult {
    QString error;      // for the user; empty on success
    QString path;       // where the model is now (the copy, or the original)
    QString sha256;     // computed while copying; empty when kept in place
    qint64 size = 0;
    bool copied = false;
    linnet::ModelInfo info;
};

// The header is read first (linnet::inspect_model): a file that is not a model or is
// damaged is refused with the engine's message and never copied.
ImportResult importModelFile(const QString& source, bool copy, const QString& models_dir,
                             const std::atomic<bool>& cancel,
                             const std::function<void(qint64, qint64)>& progress = {});

} // namespace linnet::app

// The catalog side of the model services: how each catalog model stands on this
// machine (installed, fits in memory, being downloaded).
#pragma once

#include <QString>
#include <QtGlobal>

namespace linnet::app {

class DownloadQueue;
class InstalledModels;
struct CatalogModel;

struct CatalogEntryStatus {
    bool installed = false;
    qint64 modelId = 0;       // its registration when installed
    bool fitsFp32 = false;    // the estimated memory is at most the machine's
    bool fitsBf16 = false;
    bool fitsInt8 = false;
    QString bestPrecision;    // the most precise that fits: "fp32", "bf16", "int8"; empty: none
    bool downloading = false; // a transfer for it is listed in the download queue
};

class CatalogStatus {
public:
    CatalogStatus(InstalledModels& installed, const DownloadQueue& downloads);

    CatalogEntryStatus of(const CatalogModel& model);
    qint64 totalMemory() const { return total_memory_; }

private:
    InstalledModels& installed_;
    const DownloadQueue& downloads_;
    qint64 total_memory_ = 0;
};

} // namespace linnet::app

#include "catalog_status.h"

#include "download_queue.h"
#include "installed_models.h"
#include "model_catalog.h"
#include "speed_estimate.h"
#include "system_memory.h"

namespace linnet::app {

namespace {
constexpr qint64 kMiB = 1024 * 1024;
}

CatalogStatus::CatalogStatus(InstalledModels& installed, const DownloadQueue& downloads)
    : installed_(installed), downloads_(downloads), total_memory_(totalPhysicalMemory())
{
}

CatalogEntryStatus CatalogStatus::of(const CatalogModel& model)
{
    CatalogEntryStatus s;
    if (const auto registered = installed_.installedFromCatalog(model.id)) {
        s.installed = true;
        s.modelId = registered->id;
    }
    // When the system does not tell its memory, nothing is ruled out.
    auto fits = [this](qint64 mib) { return total_memory_ <= 0 || mib * kMiB <= total_memory_; };
    s.fitsFp32 = fits(model.ram.fp32);
    // Below AVX-512 bf16 weights are kept in fp32 (speed_estimate.h).
    s.fitsBf16 = fits(stored(WeightPrecision::Bf16) == WeightPrecision::Bf16 ? model.ram.bf16 : model.ram.fp32);
    s.fitsInt8 = fits(model.ram.int8);
    s.bestPrecision = s.fitsFp32 ? "fp32" : s.fitsBf16 ? "bf16" : s.fitsInt8 ? "int8" : "";
    s.downloading = downloads_.find(model.id) != nullptr;
    return s;
}

} // namespace linnet::app

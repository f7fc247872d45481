#include "model_recommendation.h"

#include <tuple>

namespace linnet::app {

bool isChatFamily(const QString& family)
{
    return family.contains("G1") || family.contains("World");
}

QString recommendedModel(const QList<CatalogModel>& models, const QList<CatalogEntryStatus>& status,
                         qint64 total_memory)
{
    // The newest generation first (G1 before World), then the largest that fits.
    auto rank = [](const CatalogModel& m) {
        return std::make_tuple(m.version.toDouble(), m.family.contains("G1") ? 1 : 0, m.parameters);
    };
    const CatalogModel* best = nullptr;
    for (qsizetype i = 0; i < models.size() && i < status.size(); ++i) {
        const CatalogModel& m = models[i];
        if (!isChatFamily(m.family) || !status[i].fitsBf16)
            continue;
        // Leave room for everything else the machine runs: at most half its memory.
        if (total_memory > 0 && m.ram.bf16 * 1048576 > total_memory / 2)
            continue;
        if (!best || rank(m) > rank(*best))
            best = &m;
    }
    return best ? best->id : QString();
}

} // namespace linnet::app

// Which catalog model to suggest to someone choosing their first: a chat model of the
// newest generation, the largest that fits this machine in bf16 within half its memory.
#pragma once

#include "catalog_status.h"
#include "model_catalog.h"

#include <QList>
#include <QString>

namespace linnet::app {

// Families people chat with (G1 and World); base models and old generations are not
// suggested first.
bool isChatFamily(const QString& family);

// `status` holds one entry per catalog model, in the catalog's order; `total_memory` is
// in bytes (0: unknown). Empty when nothing fits.
QString recommendedModel(const QList<CatalogModel>& models, const QList<CatalogEntryStatus>& status,
                         qint64 total_memory);

} // namespace linnet::app

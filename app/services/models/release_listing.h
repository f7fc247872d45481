// What the official model repositories hold, as the Hugging Face API lists it
// (GET /api/models/BlinkDL/<repo>/tree/main: one object per file, with its size and,
// for files kept in LFS, the SHA-256 of the content), and the catalog entries new
// official releases make. A listing is untrusted input: one that is not a complete,
// well-formed list, or that names a file in a folder, is refused as a whole.
#pragma once

#include "model_catalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace linnet::app {

struct ListedFile {
    QString name;
    qint64 size = 0;
    QString sha256; // empty when the file is not in LFS
};

// Nothing, with a message in words, when `json` is not a valid listing.
std::optional<QList<ListedFile>> parseReleaseListing(const QByteArray& json, QString* error);

// The catalog entry of an official release, from its file name ("rwkv7-g1f-1.5b-20260419-
// ctx8192.pth": family, size, date, context), its listed size and hash (memory per
// precision from the size), the tokenizer, template and think support of its family, and
// the addresses: Hugging Face, then the mirrors `like` (an entry of the same repository)
// uses. Nothing for a file that is not a model release Linnet knows how to name.
std::optional<CatalogModel> releaseEntry(const ListedFile& file, const QString& repo, const CatalogModel* like);

} // namespace linnet::app

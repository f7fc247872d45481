// A download in progress is two files beside its destination: `<file>.part`, the bytes
// received so far, and `<file>.part.json`, this sidecar, which records what is being
// downloaded (addresses, expected size and SHA-256) so that the transfer can be resumed
// after a pause, a network error or a restart of Linnet.
#pragma once

#include "download_types.h"

#include <optional>

namespace linnet::app {

QString partPath(const QString& destination);
QString sidecarPath(const QString& destination);

// Writes atomically; returns an error message (empty on success).
QString writeSidecar(const DownloadSpec& spec);
// The spec recorded beside `sidecar_file`, or nothing when it is missing or unreadable.
// The destination is always the sidecar's own folder (a sidecar cannot point elsewhere).
std::optional<DownloadSpec> readSidecar(const QString& sidecar_file);
// Removes the partial file and its sidecar.
void removePartial(const QString& destination);

// Whether a partial file recorded by `recorded` can be continued for `wanted`: the same
// destination, and no contradiction in the expected size or SHA-256.
bool canContinue(const DownloadSpec& recorded, const DownloadSpec& wanted);

} // namespace linnet::app

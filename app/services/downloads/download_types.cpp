#include "download_types.h"

namespace linnet::app {

const char* downloadStateName(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued: return "queued";
    case DownloadState::Hashing: return "hashing";
    case DownloadState::Connecting: return "connecting";
    case DownloadState::Downloading: return "downloading";
    case DownloadState::Paused: return "paused";
    case DownloadState::Verifying: return "verifying";
    case DownloadState::Completed: return "completed";
    case DownloadState::Failed: return "failed";
    case DownloadState::Cancelled: return "cancelled";
    }
    return "unknown";
}

bool isActive(DownloadState state)
{
    return state == DownloadState::Hashing || state == DownloadState::Connecting ||
           state == DownloadState::Downloading || state == DownloadState::Verifying;
}

} // namespace linnet::app

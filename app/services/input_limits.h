// What the services accept from outside (files the user opens, catalogs and downloads
// from the network, messages, imported chats): each limit is checked before the bytes
// are read or stored, so a hostile or broken input gets a message instead of exhausting
// memory or disk. The engine's own limits (model files, tokenizers, states) are in
// engine/src/input_limits.h.
#pragma once

#include <QtGlobal>

namespace linnet::app::limits {

// A model catalog (JSON): the built-in one is ~40 kB.
inline constexpr qint64 kMaxCatalogBytes = 8 * 1024 * 1024;
// One chat message, typed, pasted or read with --message-file: 8 MiB is ~2 M tokens.
inline constexpr qint64 kMaxMessageBytes = 8 * 1024 * 1024;
// A text or token-list file read whole by a command (perplexity --text-file, …).
inline constexpr qint64 kMaxTextFileBytes = 256 * 1024 * 1024;
// A conversation file to import.
inline constexpr qint64 kMaxImportedChatBytes = 64 * 1024 * 1024;
// A download that announces no size and has none in the catalog: the largest RWKV
// checkpoints (14B fp16) are ~28 GB.
inline constexpr qint64 kMaxUnannouncedDownloadBytes = 64LL * 1024 * 1024 * 1024;
// A file name chosen for a download.
inline constexpr int kMaxFileNameChars = 255;

} // namespace linnet::app::limits

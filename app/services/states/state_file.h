// Linnet state files (.lnstate): one model state to keep or share, with what it needs to
// be checked before use. Layout (all integers little-endian):
//
//   offset 0   8 bytes   magic "LNSTATE1"
//          8   u32       format version (1)
//         12   u32       H: length of the header
//         16   H bytes   header, a UTF-8 JSON object:
//                          model_fingerprint, model_name, rwkv_version, n_layer, n_embed,
//                          n_head, head_size, token_count, state_bytes, text_bytes,
//                          kind ("chat" or "start_point"), name, created_ms
//         16+H           state_bytes bytes: linnet::State::serialize() (its own magic,
//                        sizes, fingerprint and checksum)
//                        text_bytes bytes: the text the state was read from (UTF-8,
//                        may be empty), so another model can read it again
//         end-32         SHA-256 of every byte before it
//
// Reading checks every size against the file before using it, then the checksum, then
// the state's own header; any mismatch is refused with a message and nothing is used.
#pragma once

#include "linnet/state.h"

#include <QByteArray>
#include <QString>

namespace linnet::app {

struct StateFile {
    linnet::State state;
    QString text;
    QString name;
    QString kind; // chat, start_point
    QString model_name;
    int token_count = 0;
};

// The file's bytes.
QByteArray encodeStateFile(const StateFile& file);
// Throws StorageError, in words, for anything that is not an intact state file.
StateFile decodeStateFile(const QByteArray& bytes);

// How a state file is laid out: Linnet's own (above), or the state-tuning layout
// (linnet::tuned_state_pth: blocks.N.att.time_state) that RWKV-Runner and ai00 load as an
// initial state. That layout holds only the WKV matrices of RWKV-5, 6 and 7: not the
// token-shift parts, the logits, the text or the model's fingerprint (docs/states.md).
enum class StateFormat { Linnet, TunedPth };

// Written through a temporary file and renamed, so a failed write leaves no half file.
// Throws StorageError for an RWKV-4 state in the TunedPth layout.
void writeStateFile(const QString& path, const StateFile& file, StateFormat format = StateFormat::Linnet);
StateFile readStateFile(const QString& path);

// Throws StorageError naming both models unless `file` was made by the model with this
// fingerprint.
void checkStateFileModel(const StateFile& file, const std::string& fingerprint, const QString& model_name);

} // namespace linnet::app

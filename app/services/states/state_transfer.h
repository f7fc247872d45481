// State files in and out of a data folder: a chat's state (after its last message) or a
// starting point's state goes out; a file comes in as a starting point, after its model
// is checked, in one transaction.
#pragma once

#include "database.h"
#include "state_file.h"

namespace linnet::app {

// The saved state after the conversation's head, with the text it was read from. Throws
// StorageError when none is saved (the chat is empty, or its states were made by a
// model not used since).
StateFile chatStateFile(Database& db, qint64 conversation_id);
// The starting point's state for the model with this fingerprint (empty: the newest).
StateFile startPointStateFile(Database& db, const QString& name, const std::string& fingerprint = {});
// Adds the file as a starting point called `name` (empty: the file's own name), for
// the model with `fingerprint`. Refused (nothing written) when the file was made by
// another model or the name is taken.
qint64 importStateFile(Database& db, const StateFile& file, const QString& name, const std::string& fingerprint,
                       const QString& model_name);

} // namespace linnet::app

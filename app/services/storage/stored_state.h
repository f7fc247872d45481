// A saved state as read back from the database. Apart from state_store.h because it
// holds the engine's State: the services that use states include it, the window does not.
#pragma once

#include "state_store.h"

#include "linnet/state.h"

namespace linnet::app {

struct StoredState {
    qint64 id = 0;
    qint64 message_id = 0;
    StateKind kind = StateKind::AfterReply;
    int token_count = 0;
    linnet::State state;
};

} // namespace linnet::app

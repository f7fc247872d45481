// Saved model states: what the model had read after a message, so a chat resumes
// without reading its history again. A state is only used under the same key: the
// model's fingerprint, extended by ChatSession when the chat starts from a tuned state.
// States of older turns may be dropped (they can be rebuilt).
#pragma once

#include "database.h"

#include <optional>
#include <string>

namespace linnet {
class State;
}

namespace linnet::app {

enum class StateKind { BeforeReply, AfterReply };

struct StoredState; // stored_state.h: it holds the engine's State, which the window never sees

class StateStore {
public:
    explicit StateStore(Database& db) : db_(db) {}

    // Saves (or replaces) the state read up to and including `message_id`, under `key`
    // (empty: the state's model fingerprint).
    void save(qint64 conversation_id, qint64 message_id, StateKind kind, const linnet::State& state, int token_count,
              const std::string& key = {});
    // The state saved for this message, kind and key; nullopt when there is none or
    // the blob is damaged (then it is deleted, to be rebuilt).
    std::optional<StoredState> find(qint64 message_id, StateKind kind, const std::string& key);
    // Keeps only the states of the given messages in the conversation.
    void keepOnly(qint64 conversation_id, const QList<qint64>& message_ids);
    // Deletes every state of the conversation.
    void removeAll(qint64 conversation_id);
    qint64 bytes(qint64 conversation_id);
    int count(qint64 conversation_id);

private:
    Database& db_;
};

} // namespace linnet::app

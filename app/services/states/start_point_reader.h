// Makes and finds the states of starting points for one loaded model: a saved state is
// used as it is; another model reads the starting point's text again (with progress,
// cancellable) and keeps its own state. Saving a chat as a starting point copies the
// chat's saved state when there is one, so nothing is read again.
#pragma once

#include "start_point_state.h"

#include "linnet/model.h"
#include "linnet/tokenizer.h"

#include <optional>

namespace linnet::app {

class StartPointReader {
public:
    StartPointReader(Database& db, linnet::Model& model, const linnet::Tokenizer& tokenizer)
        : db_(db), model_(model), tokenizer_(tokenizer)
    {
    }

    // The starting point's state for this model; nullopt when cancelled. Throws
    // linnet::Error when a state-tuned file does not fit the model.
    std::optional<StartPointState> state(const StartPoint& sp, const linnet::FeedOptions& options = {});
    // A starting point read from `text` now. Nothing is stored when cancelled (returns 0).
    qint64 addText(const QString& name, const QString& text, const linnet::FeedOptions& options = {});
    // A state-tuned file (blocks.N.att.time_state), checked against this model.
    qint64 addTuned(const QString& name, const QString& path);
    // The chat's path up to `message_id` (a reply or a document). Returns 0 when cancelled.
    qint64 saveFromChat(const QString& name, qint64 message_id, const linnet::FeedOptions& options = {});

private:
    std::optional<StartPointState> read(const QString& text, const linnet::FeedOptions& options);

    Database& db_;
    linnet::Model& model_;
    const linnet::Tokenizer& tokenizer_;
};

} // namespace linnet::app

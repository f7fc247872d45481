// Starting points: named states a new chat starts from (a persona, a long system
// prompt, a document read in), so its first turn reads only the user's message. Each
// keeps the text it was read from, and one state per model fingerprint: another model
// reads the text again (StartPointReader). A state-tuned file can be one too.
#pragma once

#include "database.h"

#include <QList>
#include <QString>

#include <optional>

namespace linnet {
class State;
}

namespace linnet::app {

struct StartPoint {
    qint64 id = 0;
    QString name;
    QString text;       // what the model reads, exactly (template markers included)
    QString source;     // builtin, chat, text, tuned, imported
    QString tuned_path; // source == tuned: the state-tuning file
    qint64 created_at = 0;
};

struct StartPointState; // start_point_state.h: it holds the engine's State, which the window never sees

class StartPoints {
public:
    explicit StartPoints(Database& db) : db_(db) {}

    QList<StartPoint> list(); // by name
    std::optional<StartPoint> find(qint64 id);
    // Throws StorageError naming the starting point when there is none.
    StartPoint byName(const QString& name);
    // Throws StorageError when the name is empty or taken.
    qint64 add(const QString& name, const QString& text, const QString& source, const QString& tuned_path = {});
    // Chats that began from it keep it (hidden from the list); otherwise it goes with its states.
    void remove(qint64 id);

    void saveState(qint64 id, const linnet::State& state, int token_count);
    std::optional<StartPointState> state(qint64 id, const std::string& fingerprint);
    QStringList fingerprints(qint64 id); // the models it has a state for

    // Adds the built-in examples (resources/start_points.json) missing by name.
    void addBuiltins();
    // The suffix of the saved-state key of chats that start from it: by content, so a
    // chat never resumes a state made from other text.
    static std::string keySuffix(const StartPoint& sp);

private:
    Database& db_;
};

} // namespace linnet::app

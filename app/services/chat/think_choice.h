// Which think modes a chat with a model offers, and which one it starts in. A model
// from the catalog says whether it thinks (its "think" field) and when it was released
// (the "think a bit / a lot" forms need 2025-09-22 or later); for any other file every
// mode its template knows is offered, limited by the date in its name when it has one,
// and the chat starts with thinking off: the choice is the user's, per chat.
#pragma once

#include "chat_settings.h"
#include "chat_template.h"
#include "model_catalog.h"

#include <QStringList>

namespace linnet::app {

struct ThinkChoice {
    QStringList modes;   // "off" first
    QString start_mode;  // the mode a chat uses until it chooses one
};

ThinkChoice thinkChoice(const ChatTemplate& chat_template, const QString& model_path, const ModelCatalog& catalog);

// The mode the next turn uses: the chat's own choice when the model offers it, else the
// model's start mode.
QString effectiveThinkMode(const ChatSettings& settings, const ThinkChoice& choice);

} // namespace linnet::app

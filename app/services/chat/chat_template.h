// How a conversation is written for the model: "User: …\n\nAssistant:" for RWKV World
// and G1 models, "Bob: …\n\nAlice:" for RWKV-4 Raven. The templates are data
// (resources/chat_templates.json); one is chosen per model.
#pragma once

#include <QString>
#include <QStringList>

namespace linnet::app {

struct ChatTemplate {
    QString id;
    QString name;
    QString system;       // "{text}" is replaced by the system prompt
    QString user;         // "{text}" is replaced by the user's message
    QString assistant;    // written after the user's message; the model continues it
    QString reply_prefix; // what the model writes before the reply text (a space)
    QString end_of_reply; // the model ends a reply with this
    QStringList stop;     // text that also ends a reply
    bool ban_token_zero = true;

    // The text the model reads for a user message: blank lines inside the message are
    // collapsed, since a blank line ends a turn.
    QString userTurn(const QString& text) const;
    QString systemBlock(const QString& prompt) const;
    // A finished reply as it appears in the transcript (read back when rebuilding).
    QString replyBlock(const QString& reply) const;

    static QList<ChatTemplate> all();
    // By id; the World template when the id is empty or unknown.
    static ChatTemplate byId(const QString& id);
    // The template a model of this vocabulary was trained with.
    static ChatTemplate forVocabulary(int n_vocab);
};

// Collapses runs of blank lines to single newlines and trims the ends.
QString collapseBlankLines(const QString& text);

} // namespace linnet::app

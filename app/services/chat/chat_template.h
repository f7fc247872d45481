// How a conversation is written for the model: "User: …\n\nAssistant:" for RWKV World
// and G1 models, "Bob: …\n\nAlice:" for RWKV-4 Raven. The templates are data
// (resources/chat_templates.json); one is chosen per model.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace linnet::app {

struct ChatSettings;

// One way of asking a thinking model to think (RWKV-7 G0/G1): the text after the
// user's message and the assistant cue that replaces the template's. The forms, their
// source and the rules for ending a reply are with the data (chat_templates.json).
struct ThinkForm {
    QString id;          // "fast", "think", "think_bit", "think_lot"
    QString user_suffix; // written right after the user's message (" think a bit")
    QString assistant;   // the cue, e.g. "Assistant: <think"
    QDate from_date;     // models released before this day were not trained on the form (null: all)
};

struct ThinkSyntax {
    QString open;  // "<think>"
    QString close; // "</think>"
    QString after_close; // between the close tag and the answer, when a reply is written back from its text
    QList<ThinkForm> forms;
};

struct ChatTemplate {
    Q_DECLARE_TR_FUNCTIONS(ChatTemplate)
public:
    QString id;
    QString name;
    QString system;       // "{text}" is replaced by the system prompt
    QString user;         // "{text}" is replaced by the user's message
    QString assistant;    // written after the user's message; the model continues it
    QString reply_prefix; // what the model writes before the reply text (a space)
    QString end_of_reply; // the model ends a reply with this
    QStringList stop;     // text that also ends a reply
    bool ban_token_zero = true;
    ThinkSyntax think;    // empty forms: the models of this template do not think

    // The think modes in the order the window offers them; "off" is the plain template.
    static const QStringList& thinkModes();
    // The form of `mode`; nothing for "off", an empty or an unknown mode.
    std::optional<ThinkForm> thinkForm(const QString& mode) const;
    // The modes a model released on `released` knows ("off" first); every mode of the
    // template when the date is not known.
    QStringList thinkModesFor(const std::optional<QDate>& released) const;

    // The text the model reads for a user message: blank lines inside the message are
    // collapsed, since a blank line ends a turn. With a think mode, its suffix and cue.
    QString userTurn(const QString& text, const QString& think_mode = {}) const;
    // The assistant cue of a turn in `think_mode`.
    QString cue(const QString& think_mode) const;
    // What the cue has already written of the reply (" <think" after "Assistant:"): the
    // reply parser reads it first, so it knows whether the reply opens inside a thought.
    QString replyOpening(const QString& think_mode) const;
    QString systemBlock(const QString& prompt) const;
    // A finished reply as it appears in the transcript (read back when rebuilding). A
    // reply with a thought is written the way a thinking model writes it after the cue.
    QString replyBlock(const QString& reply, const QString& thought = {}, const QString& think_mode = {}) const;

    // This template with the texts a user edited: "system", "user", "assistant", "separator"
    // (the end of a reply) and "stop", each optional. Nothing, with a message in words,
    // when a text cannot work: the user text needs {text} once, the system text {text}
    // once or nothing, the cue and the separator must not be empty. An edited cue drops the
    // think modes, whose cues are written for the template's own.
    std::optional<ChatTemplate> edited(const QJsonObject& fields, QString* error) const;
    // The exact text a model reads for a two-turn example chat.
    QString preview() const;

    static QList<ChatTemplate> all();
    // By id; the World template when the id is empty or unknown.
    static ChatTemplate byId(const QString& id);
    // The template a model of this vocabulary was trained with.
    static ChatTemplate forVocabulary(int n_vocab);
    // What a chat with `settings` uses with a model of `n_vocab`: its chosen template (else
    // the vocabulary's) with its edited texts (settings are checked when stored; texts
    // that do not fit this template are left out).
    static ChatTemplate forChat(const ChatSettings& settings, int n_vocab);
};

// Collapses runs of blank lines to single newlines and trims the ends.
QString collapseBlankLines(const QString& text);

} // namespace linnet::app

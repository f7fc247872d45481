#include "chat_template.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace linnet::app {

QString collapseBlankLines(const QString& text)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(blank, QStringLiteral("\n"));
    return t.trimmed();
}

const QStringList& ChatTemplate::thinkModes()
{
    static const QStringList modes = {"off", "fast", "think", "think_bit", "think_lot"};
    return modes;
}

std::optional<ThinkForm> ChatTemplate::thinkForm(const QString& mode) const
{
    for (const ThinkForm& f : think.forms)
        if (f.id == mode)
            return f;
    return std::nullopt;
}

QStringList ChatTemplate::thinkModesFor(const std::optional<QDate>& released) const
{
    QStringList modes{"off"};
    for (const QString& mode : thinkModes())
        if (const auto f = thinkForm(mode))
            if (!released || f->from_date.isNull() || *released >= f->from_date)
                modes << mode;
    return modes;
}

QString ChatTemplate::userTurn(const QString& text, const QString& think_mode) const
{
    const auto form = thinkForm(think_mode);
    const QString body = collapseBlankLines(text) + (form ? form->user_suffix : QString());
    return QString(user).replace("{text}", body) + cue(think_mode);
}

QString ChatTemplate::cue(const QString& think_mode) const
{
    const auto form = thinkForm(think_mode);
    return form ? form->assistant : assistant;
}

QString ChatTemplate::replyOpening(const QString& think_mode) const
{
    const QString c = cue(think_mode);
    return c.startsWith(assistant) ? c.mid(assistant.size()) : QString();
}

QString ChatTemplate::systemBlock(const QString& prompt) const
{
    const QString p = collapseBlankLines(prompt);
    return p.isEmpty() ? QString() : QString(system).replace("{text}", p);
}

namespace {

// The length of the longest proper beginning of `tag` that `text` ends with.
qsizetype open_tag_tail(const QString& text, const QString& tag)
{
    for (qsizetype n = std::min(tag.size() - 1, text.size()); n > 0; --n)
        if (text.endsWith(QStringView(tag).left(n)))
            return n;
    return 0;
}

} // namespace

QString ChatTemplate::replyBlock(const QString& reply, const QString& thought, const QString& think_mode) const
{
    if (!thinkForm(think_mode))
        return reply_prefix + reply + end_of_reply;
    // The cue stops inside a tag; the reply goes on from there.
    const QString opening = replyOpening(think_mode);
    const QString answer = think.after_close + reply + end_of_reply;
    if (const qsizetype k = open_tag_tail(opening, think.close); k > 0)
        return think.close.mid(k) + answer;
    const qsizetype k = open_tag_tail(opening, think.open);
    const QString rest = opening.endsWith(think.open) ? QString() : think.open.mid(k);
    return rest + thought + think.close + answer;
}

namespace {

ThinkSyntax read_think(const QJsonObject& o)
{
    ThinkSyntax t;
    t.open = o["open"].toString();
    t.close = o["close"].toString();
    t.after_close = o["after_close"].toString();
    for (const auto& v : o["modes"].toArray()) {
        const QJsonObject m = v.toObject();
        t.forms << ThinkForm{m["id"].toString(), m["user_suffix"].toString(), m["assistant"].toString(),
                             QDate::fromString(m["from_date"].toString(), Qt::ISODate)};
    }
    return t;
}

} // namespace

QList<ChatTemplate> ChatTemplate::all()
{
    static const QList<ChatTemplate> templates = [] {
        QList<ChatTemplate> out;
        QFile f(":/linnet/chat_templates.json");
        if (!f.open(QIODevice::ReadOnly))
            qFatal("chat templates missing from the resources");
        for (const auto& v : QJsonDocument::fromJson(f.readAll())["templates"].toArray()) {
            const QJsonObject o = v.toObject();
            ChatTemplate t;
            t.id = o["id"].toString();
            t.name = o["name"].toString();
            t.system = o["system"].toString();
            t.user = o["user"].toString();
            t.assistant = o["assistant"].toString();
            t.reply_prefix = o["reply_prefix"].toString();
            t.end_of_reply = o["end_of_reply"].toString();
            for (const auto& s : o["stop"].toArray())
                t.stop << s.toString();
            t.ban_token_zero = o["ban_token_zero"].toBool(true);
            t.think = read_think(o["think"].toObject());
            out << t;
        }
        return out;
    }();
    return templates;
}

ChatTemplate ChatTemplate::byId(const QString& id)
{
    const auto templates = all();
    for (const auto& t : templates)
        if (t.id == id)
            return t;
    return templates.front();
}

ChatTemplate ChatTemplate::forVocabulary(int n_vocab)
{
    // GPT-NeoX vocabularies (RWKV-4 Pile/Raven) are 50277 wide, padded to 50304 or 50432 in some files.
    const bool neox = n_vocab >= 50277 && n_vocab <= 50432;
    return byId(neox ? "rwkv-raven" : "rwkv-world");
}

} // namespace linnet::app

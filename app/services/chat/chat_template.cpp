#include "chat_template.h"

#include "chat_settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

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

ChatTemplate ChatTemplate::forChat(const ChatSettings& settings, int n_vocab)
{
    const ChatTemplate chosen = settings.template_id.isEmpty() ? forVocabulary(n_vocab) : byId(settings.template_id);
    return chosen.edited(settings.template_fields, nullptr).value_or(chosen);
}

namespace {

// The texts of a template a user may edit, by their JSON name.
struct EditableText {
    const char* key;
    QString ChatTemplate::*member;
};
const EditableText kEditable[] = {{"system", &ChatTemplate::system},
                                  {"user", &ChatTemplate::user},
                                  {"assistant", &ChatTemplate::assistant},
                                  {"separator", &ChatTemplate::end_of_reply}};
constexpr qsizetype kMaxEditedText = 1000;
constexpr qsizetype kMaxEditedStops = 8;

QString read_stops(const QJsonValue& v, QStringList& out)
{
    if (!v.isArray() || v.toArray().size() > kMaxEditedStops)
        return ChatTemplate::tr("The stop texts must be a list of at most 8 texts.");
    out.clear();
    for (const QJsonValue& s : v.toArray()) {
        if (!s.isString() || s.toString().isEmpty() || s.toString().size() > kMaxEditedText)
            return ChatTemplate::tr("Each stop text must be a text of 1 to 1000 characters.");
        out << s.toString();
    }
    return {};
}

QString check_edited(const ChatTemplate& t)
{
    if (t.user.count(QLatin1String("{text}")) != 1)
        return ChatTemplate::tr("The user text must hold {text} once: it stands for the message.");
    if (!t.system.isEmpty() && t.system.count(QLatin1String("{text}")) != 1)
        return ChatTemplate::tr("The system text must hold {text} once (it stands for the system prompt), or be empty.");
    if (t.assistant.trimmed().isEmpty())
        return ChatTemplate::tr("The assistant cue must not be empty: the model continues after it.");
    if (t.end_of_reply.isEmpty())
        return ChatTemplate::tr("The separator must not be empty: it ends every reply.");
    return {};
}

} // namespace

std::optional<ChatTemplate> ChatTemplate::edited(const QJsonObject& fields, QString* error) const
{
    ChatTemplate t = *this;
    QString problem;
    for (auto it = fields.begin(); it != fields.end() && problem.isEmpty(); ++it) {
        const auto* f = std::find_if(std::begin(kEditable), std::end(kEditable),
                                     [&](const EditableText& e) { return it.key() == QLatin1String(e.key); });
        if (it.key() == QLatin1String("stop"))
            problem = read_stops(it.value(), t.stop);
        else if (f == std::end(kEditable))
            problem = tr("The template has no text named '%1'.").arg(it.key());
        else if (!it.value().isString() || it.value().toString().size() > kMaxEditedText)
            problem = tr("Each template text must be a text of at most 1000 characters.");
        else
            t.*(f->member) = it.value().toString();
    }
    if (problem.isEmpty())
        problem = check_edited(t);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (t.assistant != assistant)
        t.think.forms.clear();
    return t;
}

QString ChatTemplate::preview() const
{
    return systemBlock(tr("You are a helpful assistant.")) + userTurn(tr("Hello!")) +
           replyBlock(tr("Hi! How can I help?")) + userTurn(tr("Name a river."));
}

} // namespace linnet::app

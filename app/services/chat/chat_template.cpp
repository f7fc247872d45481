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

QString ChatTemplate::userTurn(const QString& text) const
{
    return QString(user).replace("{text}", collapseBlankLines(text)) + assistant;
}

QString ChatTemplate::systemBlock(const QString& prompt) const
{
    const QString p = collapseBlankLines(prompt);
    return p.isEmpty() ? QString() : QString(system).replace("{text}", p);
}

QString ChatTemplate::replyBlock(const QString& reply) const
{
    return reply_prefix + reply + end_of_reply;
}

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

#include "release_listing.h"

#include "http_headers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

namespace linnet::app {

namespace {

// One file of the listing; an error message when it is not well formed.
QString read_listed(const QJsonObject& o, ListedFile& out)
{
    const QJsonValue path = o["path"], size = o["size"];
    if (!path.isString() || path.toString().isEmpty())
        return QObject::tr("an entry has no file name");
    if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() > 9.0e15 ||
        size.toDouble() != std::floor(size.toDouble()))
        return QObject::tr("'%1' has no valid size").arg(path.toString());
    out.name = path.toString();
    out.size = qint64(size.toDouble());
    if (o.contains("lfs")) {
        const QJsonObject lfs = o["lfs"].toObject();
        const QString oid = lfs["oid"].toString();
        if (!isSha256Hex(oid) || lfs["size"].toDouble(-1) != size.toDouble())
            return QObject::tr("'%1' has no valid SHA-256 or its sizes disagree").arg(out.name);
        out.sha256 = oid;
    }
    return {};
}

// A name with a folder in it, or one that means a folder: a listing of the repository's
// top level has none.
bool names_a_path(const QString& name)
{
    return name.contains('/') || name.contains('\\') || name == "." || name == ".." ||
           std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x20; });
}

// The families official file names belong to. The parameter count and context come
// from the name; what a family reads and how it chats from here.
struct Family {
    QRegularExpression pattern; // captures: size in billions, date, context
    QString family;
    QString version;
    QString id_prefix;          // + the size: the entry's id
    QString think;              // the think mode a chat starts in; empty: no thinking
};

const QList<Family>& families()
{
    static const QList<Family> all = {
        {QRegularExpression(R"(^rwkv7-(g\d[a-z]?\d?)-(\d+(?:\.\d+)?)b-(20\d{6})-ctx(\d+)\.pth$)"), "RWKV-7 G1", "7",
         "rwkv7-", "fast"},
    };
    return all;
}

} // namespace

std::optional<QList<ListedFile>> parseReleaseListing(const QByteArray& json, QString* error)
{
    auto refuse = [&](const QString& why) {
        if (error)
            *error = QObject::tr("The model listing cannot be used: %1.").arg(why);
        return std::nullopt;
    };
    QJsonParseError parse_error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse_error);
    if (parse_error.error != QJsonParseError::NoError)
        return refuse(QObject::tr("it is incomplete or not valid JSON (%1 at byte %2)")
                          .arg(parse_error.errorString())
                          .arg(parse_error.offset));
    if (!doc.isArray())
        return refuse(QObject::tr("it is not a list of files"));
    QList<ListedFile> files;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o["type"].isString())
            return refuse(QObject::tr("an entry is not a file or folder"));
        if (o["type"].toString() != "file")
            continue;
        ListedFile f;
        if (const QString problem = read_listed(o, f); !problem.isEmpty())
            return refuse(problem);
        if (names_a_path(f.name))
            return refuse(QObject::tr("it names '%1', which is not a plain file name").arg(f.name));
        files << f;
    }
    return files;
}

std::optional<CatalogModel> releaseEntry(const ListedFile& file, const QString& repo, const CatalogModel* like)
{
    for (const Family& family : families()) {
        const auto match = family.pattern.match(file.name);
        if (!match.hasMatch() || file.sha256.isEmpty())
            continue;
        CatalogModel m;
        const QString generation = match.captured(1), billions = match.captured(2);
        m.id = family.id_prefix + generation + "-" + billions + "b-" + match.captured(3);
        m.name = QString("RWKV-7 %1 %2B").arg(generation.left(1).toUpper() + generation.mid(1), billions);
        m.family = family.family;
        m.version = family.version;
        m.parameters = qint64(billions.toDouble() * 1e9 + 0.5);
        m.file = file.name;
        m.urls << QString("https://huggingface.co/BlinkDL/%1/resolve/main/%2").arg(repo, file.name);
        if (like)
            for (const QString& url : like->urls.mid(1))
                m.urls << url.left(url.size() - like->file.size()) + file.name;
        m.size = file.size;
        m.sha256 = file.sha256;
        m.tokenizer = "world";
        m.chatTemplate = "rwkv-world";
        m.contextLength = match.captured(4).toInt();
        m.license = "Apache-2.0";
        m.ram = ModelCatalog::estimateRam(file.size);
        m.released = releaseDateInFileName(file.name);
        m.think = family.think;
        if (like)
            m.presets = like->presets;
        m.description.en = QObject::tr("RWKV-7 %1 reasoning model (it can think before it answers), released %2; "
                                       "found in the official repository %3.")
                               .arg(m.name, m.released.toString(Qt::ISODate), repo);
        return m;
    }
    return std::nullopt;
}

} // namespace linnet::app

#include "model_catalog.h"

#include "chat_settings.h"
#include "chat_template.h"
#include "download_url_policy.h"
#include "http_headers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace linnet::app {

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kRuntimeBytes = 3 * 512 * kMiB; // 1.5 GiB

// A validation failure: the message names the entry and the field.
struct Invalid : std::runtime_error {
    explicit Invalid(const QString& m) : std::runtime_error(m.toStdString()), message(m) {}
    QString message;
};

// Reads the fields of one JSON object, naming it in every message.
class Fields {
public:
    Fields(const QJsonObject& o, QString where) : o_(o), where_(std::move(where)) {}

    [[noreturn]] void fail(const QString& key, const QString& what) const
    {
        throw Invalid(QObject::tr("%1: '%2' %3").arg(where_, key, what));
    }
    bool has(const QString& key) const { return o_.contains(key) && !o_[key].isNull(); }

    QString text(const QString& key) const
    {
        const QJsonValue v = o_[key];
        if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(key, QObject::tr("must be a non-empty text"));
        return v.toString();
    }
    QString optionalText(const QString& key) const { return has(key) ? text(key) : QString(); }

    qint64 positive(const QString& key) const
    {
        const QJsonValue v = o_[key];
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > 9.0e15 || std::floor(d) != d)
            fail(key, QObject::tr("must be a whole number greater than zero"));
        return qint64(d);
    }
    qint64 optionalPositive(const QString& key) const { return has(key) ? positive(key) : -1; }

    QString fileName(const QString& key) const
    {
        const QString name = text(key);
        if (!isSafeFileName(name))
            fail(key, QObject::tr("must be a plain file name (no folders)"));
        return name;
    }

    QString sha256(const QString& key) const
    {
        if (!has(key))
            return {};
        const QString hex = text(key);
        if (!isSha256Hex(hex))
            fail(key, QObject::tr("must be 64 lowercase hexadecimal digits"));
        return hex;
    }

    // Download addresses: at least one, each allowed, each ending in the file's name.
    QStringList urls(const QString& key, const QString& file) const
    {
        const QJsonArray a = o_[key].toArray();
        if (a.isEmpty())
            fail(key, QObject::tr("must list at least one address"));
        QStringList out;
        for (const QJsonValue& v : a) {
            const QString s = v.toString();
            const QUrl url(s, QUrl::StrictMode);
            if (const QString problem = downloadUrlProblem(url); !problem.isEmpty())
                fail(key, problem);
            const QString last = url.path(QUrl::FullyDecoded).section('/', -1);
            if (last != file)
                fail(key, QObject::tr("has an address that does not end with the file name '%1': %2").arg(file, s));
            out << s;
        }
        return out;
    }

    LocalizedText localized(const QString& key) const
    {
        const QJsonObject d = o_[key].toObject();
        const Fields f(d, where_ + "." + key);
        LocalizedText t{f.text("en"), f.optionalText("vi"), f.optionalText("zh")};
        return t;
    }

    const QJsonObject& object() const { return o_; }
    const QString& where() const { return where_; }

private:
    QJsonObject o_;
    QString where_;
};

CatalogTokenizer readTokenizer(const QJsonObject& o, int index)
{
    const Fields f(o, QObject::tr("tokenizer %1 (%2)").arg(index).arg(o["id"].toString()));
    CatalogTokenizer t;
    t.id = f.text("id");
    t.name = f.text("name");
    t.file = f.fileName("file");
    t.vocab = int(qMin<qint64>(f.positive("vocab"), 1 << 24));
    t.urls = f.urls("urls", t.file);
    t.size = f.optionalPositive("size");
    t.sha256 = f.sha256("sha256");
    if (f.has("description"))
        t.description = f.localized("description");
    return t;
}

QList<SamplingPreset> readPresets(const Fields& f)
{
    QList<SamplingPreset> presets;
    for (const QJsonValue& v : f.object()["presets"].toArray()) {
        const Fields p(v.toObject(), f.where() + ".presets");
        SamplingPreset preset{p.localized("name"), p.object()["values"].toObject()};
        ChatSettings check;
        if (const QString problem = ChatSettings::apply(preset.values, check); !problem.isEmpty())
            p.fail("values", problem);
        presets << preset;
    }
    return presets;
}

// Think support: the mode a new chat starts in, one the chat templates know.
QString readThink(const Fields& f)
{
    const QString mode = f.optionalText("think");
    if (!mode.isEmpty() && !ChatTemplate::thinkModes().contains(mode))
        f.fail("think", QObject::tr("must be one of %1").arg(ChatTemplate::thinkModes().join(", ")));
    return mode;
}

QDate readReleased(const Fields& f, const QString& file)
{
    if (!f.has("released"))
        return releaseDateInFileName(file);
    const QDate d = QDate::fromString(f.text("released"), Qt::ISODate);
    if (!d.isValid())
        f.fail("released", QObject::tr("must be a date written YYYY-MM-DD"));
    return d;
}

CatalogModel readModel(const QJsonObject& o, int index)
{
    static const QRegularExpression id_pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,79}$"));
    static const QStringList versions = {"4", "5.1", "5.2", "6", "7"};
    static const QStringList extensions = {".pth", ".safetensors", ".st", ".bin"};
    const Fields f(o, QObject::tr("model %1 (%2)").arg(index).arg(o["id"].toString()));
    CatalogModel m;
    m.id = f.text("id");
    if (!id_pattern.match(m.id).hasMatch())
        f.fail("id", QObject::tr("must be lowercase letters, digits, '.', '_' or '-'"));
    m.name = f.text("name");
    m.family = f.optionalText("family");
    m.version = f.text("version");
    if (!versions.contains(m.version))
        f.fail("version", QObject::tr("must be one of %1").arg(versions.join(", ")));
    m.parameters = f.positive("parameters");
    m.file = f.fileName("file");
    if (std::none_of(extensions.begin(), extensions.end(), [&](const QString& e) { return m.file.endsWith(e); }))
        f.fail("file", QObject::tr("must end with %1").arg(extensions.join(", ")));
    m.urls = f.urls("urls", m.file);
    m.size = f.optionalPositive("size");
    m.sha256 = f.sha256("sha256");
    m.tokenizer = f.text("tokenizer");
    m.chatTemplate = f.optionalText("chat_template");
    m.contextLength = int(qMin<qint64>(f.positive("context_length"), 1 << 30));
    m.license = f.text("license");
    m.description = f.localized("description");
    if (f.has("ram_mb")) {
        const Fields ram(o["ram_mb"].toObject(), QObject::tr("model %1 (%2).ram_mb").arg(index).arg(m.id));
        m.ram = {ram.positive("fp32"), ram.positive("bf16"), ram.positive("int8")};
    } else {
        m.ram = ModelCatalog::estimateRam(m.sizeOrEstimate());
    }
    m.released = readReleased(f, m.file);
    m.think = readThink(f);
    m.presets = readPresets(f);
    return m;
}

} // namespace

QDate releaseDateInFileName(const QString& file_name)
{
    static const QRegularExpression dated(QStringLiteral("(?:^|[-_])(20\\d{6})(?=[-_.])"));
    const auto match = dated.match(file_name);
    return match.hasMatch() ? QDate::fromString(match.captured(1), "yyyyMMdd") : QDate();
}

QString LocalizedText::in(const QString& language) const
{
    const QString lang = language.left(2).toLower();
    if (lang == "vi" && !vi.isEmpty())
        return vi;
    if (lang == "zh" && !zh.isEmpty())
        return zh;
    return en;
}

RamEstimate ModelCatalog::estimateRam(qint64 file_bytes)
{
    auto mib = [](double bytes) { return qint64(std::ceil(bytes / double(kMiB))); };
    return {mib(2.0 * double(file_bytes) + kRuntimeBytes), mib(double(file_bytes) + kRuntimeBytes),
            mib(double(file_bytes) / 2.0 + kRuntimeBytes)};
}

std::optional<ModelCatalog> ModelCatalog::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parse_error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse_error);
    try {
        if (parse_error.error != QJsonParseError::NoError)
            throw Invalid(QObject::tr("not valid JSON (%1 at byte %2)")
                              .arg(parse_error.errorString())
                              .arg(parse_error.offset));
        const QJsonObject root = doc.object();
        if (root["format"].toInt() != 1)
            throw Invalid(QObject::tr("'format' must be 1 (this version of Linnet reads catalog format 1)"));
        ModelCatalog catalog;
        catalog.updated_ = root["updated"].toString();
        QSet<QString> ids, files;
        const QJsonArray tokenizers = root["tokenizers"].toArray();
        for (int i = 0; i < tokenizers.size(); ++i) {
            CatalogTokenizer t = readTokenizer(tokenizers[i].toObject(), i);
            if (catalog.tokenizer(t.id))
                throw Invalid(QObject::tr("tokenizer %1: the id '%2' is used twice").arg(i).arg(t.id));
            catalog.tokenizers_ << t;
        }
        const QJsonArray models = root["models"].toArray();
        if (models.isEmpty())
            throw Invalid(QObject::tr("'models' must list at least one model"));
        for (int i = 0; i < models.size(); ++i) {
            CatalogModel m = readModel(models[i].toObject(), i);
            if (ids.contains(m.id))
                throw Invalid(QObject::tr("model %1: the id '%2' is used twice").arg(i).arg(m.id));
            if (files.contains(m.file))
                throw Invalid(QObject::tr("model %1 (%2): the file '%3' is used twice").arg(i).arg(m.id, m.file));
            if (!catalog.tokenizer(m.tokenizer))
                throw Invalid(QObject::tr("model %1 (%2): 'tokenizer' names '%3', which the catalog does not list")
                                  .arg(i)
                                  .arg(m.id, m.tokenizer));
            ids.insert(m.id);
            files.insert(m.file);
            catalog.models_ << m;
        }
        return catalog;
    } catch (const Invalid& e) {
        if (error)
            *error = QObject::tr("The model catalog is not valid: %1").arg(e.message);
        return std::nullopt;
    }
}

const ModelCatalog& ModelCatalog::builtIn()
{
    static const ModelCatalog catalog = [] {
        QFile file(QStringLiteral(":/linnet/catalog.json"));
        QString error;
        std::optional<ModelCatalog> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = parse(file.readAll(), &error);
        if (!parsed)
            qFatal("the built-in model catalog is broken: %s", qPrintable(error));
        return *parsed;
    }();
    return catalog;
}

const CatalogModel* ModelCatalog::model(const QString& id) const
{
    for (const auto& m : models_)
        if (m.id == id)
            return &m;
    return nullptr;
}

ModelCatalog ModelCatalog::withModels(const QList<CatalogModel>& added) const
{
    ModelCatalog out = *this;
    for (const CatalogModel& m : added)
        if (!out.model(m.id) && !out.modelByFile(m.file))
            out.models_ << m;
    return out;
}

const CatalogModel* ModelCatalog::modelByFile(const QString& file_name) const
{
    for (const auto& m : models_)
        if (m.file == file_name)
            return &m;
    return nullptr;
}

const CatalogTokenizer* ModelCatalog::tokenizer(const QString& id) const
{
    for (const auto& t : tokenizers_)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace linnet::app

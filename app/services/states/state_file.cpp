#include "state_file.h"

#include "linnet/tuned_state.h"

#include "storage_error.h"

#include "linnet/error.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>
#include <QtEndian>

#include <limits>

namespace linnet::app {

namespace {

constexpr char kMagic[8] = {'L', 'N', 'S', 'T', 'A', 'T', 'E', '1'};
constexpr quint32 kVersion = 1;
constexpr qsizetype kPrefixBytes = 16;
constexpr qsizetype kDigestBytes = 32;
constexpr quint32 kMaxHeaderBytes = 1 << 16;
// A 14B model's state is ~100 MB; anything far beyond is not a state file.
constexpr qint64 kMaxFileBytes = qint64(2) << 30;

[[noreturn]] void refuse(const QString& why)
{
    throw StorageError(QObject::tr("This is not an intact Linnet state file: %1. Nothing was imported.").arg(why));
}

QByteArray digest(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A header count: a whole number from 0 to `limit`, or the file is refused.
qint64 count(const QJsonObject& header, const char* key, qint64 limit)
{
    const QJsonValue v = header.value(QLatin1String(key));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > double(limit) || d != double(qint64(d)))
        refuse(QObject::tr("its header has no valid \"%1\"").arg(QLatin1String(key)));
    return qint64(d);
}

} // namespace

QByteArray encodeStateFile(const StateFile& file)
{
    const auto blob = file.state.serialize();
    const QByteArray text = file.text.toUtf8();
    const QJsonObject header{
        {"model_fingerprint", QString::fromStdString(file.state.fingerprint())},
        {"model_name", file.model_name},
        {"rwkv_version", QString::fromLatin1(linnet::arch_name(file.state.arch()))},
        {"n_layer", file.state.n_layer()},
        {"n_embed", file.state.n_embed()},
        {"n_head", file.state.n_head()},
        {"head_size", file.state.head_size()},
        {"token_count", file.token_count},
        {"state_bytes", qint64(blob.size())},
        {"text_bytes", qint64(text.size())},
        {"kind", file.kind},
        {"name", file.name},
        {"created_ms", QDateTime::currentMSecsSinceEpoch()},
    };
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out(kMagic, 8);
    char word[4];
    qToLittleEndian<quint32>(kVersion, word);
    out.append(word, 4);
    qToLittleEndian<quint32>(quint32(json.size()), word);
    out.append(word, 4);
    out += json;
    out.append(reinterpret_cast<const char*>(blob.data()), qsizetype(blob.size()));
    out += text;
    out += digest(out);
    return out;
}

StateFile decodeStateFile(const QByteArray& bytes)
{
    if (bytes.size() < kPrefixBytes + kDigestBytes)
        refuse(QObject::tr("it is only %1 bytes long").arg(bytes.size()));
    if (bytes.first(8) != QByteArray(kMagic, 8))
        refuse(QObject::tr("it does not start with the state file marker"));
    const quint32 version = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (version != kVersion)
        throw StorageError(QObject::tr("This state file has format version %1; this Linnet reads version %2.")
                               .arg(version)
                               .arg(kVersion));
    const quint32 header_bytes = qFromLittleEndian<quint32>(bytes.constData() + 12);
    if (header_bytes > kMaxHeaderBytes || kPrefixBytes + header_bytes + kDigestBytes > bytes.size())
        refuse(QObject::tr("its header size does not fit the file"));
    const qsizetype body = bytes.size() - kDigestBytes;
    if (digest(bytes.first(body)) != bytes.sliced(body))
        refuse(QObject::tr("its checksum does not match its content (the file was changed or cut short)"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(kPrefixBytes, header_bytes), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        refuse(QObject::tr("its header is not readable"));
    const QJsonObject header = doc.object();
    const qint64 state_bytes = count(header, "state_bytes", kMaxFileBytes);
    const qint64 text_bytes = count(header, "text_bytes", kMaxFileBytes);
    if (kPrefixBytes + header_bytes + state_bytes + text_bytes != body)
        refuse(QObject::tr("its sizes do not add up to its length"));
    StateFile file;
    const char* state_at = bytes.constData() + kPrefixBytes + header_bytes;
    try {
        file.state = linnet::State::deserialize({reinterpret_cast<const uint8_t*>(state_at), size_t(state_bytes)});
    } catch (const linnet::Error& e) {
        refuse(QString::fromStdString(e.what()));
    }
    if (header.value("model_fingerprint").toString().toStdString() != file.state.fingerprint())
        refuse(QObject::tr("its header and its state name different models"));
    file.text = QString::fromUtf8(state_at + state_bytes, text_bytes);
    file.name = header.value("name").toString();
    file.kind = header.value("kind").toString();
    file.model_name = header.value("model_name").toString();
    file.token_count = int(count(header, "token_count", std::numeric_limits<int>::max()));
    return file;
}

void writeStateFile(const QString& path, const StateFile& file, StateFormat format)
{
    QByteArray bytes;
    if (format == StateFormat::Linnet) {
        bytes = encodeStateFile(file);
    } else {
        if (file.state.arch() == linnet::Arch::V4)
            throw StorageError(QObject::tr("An RWKV-4 state cannot be saved as a state-tuning .pth file: that layout "
                                           "holds the matrix state of RWKV-5, 6 and 7, which RWKV-4 does not have. "
                                           "Save it as a Linnet state file instead."));
        const std::vector<uint8_t> pth = linnet::tuned_state_pth(file.state);
        bytes = QByteArray(reinterpret_cast<const char*>(pth.data()), qsizetype(pth.size()));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit())
        throw StorageError(QObject::tr("Cannot write the state file %1: %2").arg(path, out.errorString()));
}

StateFile readStateFile(const QString& path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw StorageError(QObject::tr("Cannot open the state file %1: %2").arg(path, in.errorString()));
    if (in.size() > kMaxFileBytes)
        refuse(QObject::tr("it is larger than any model state (%1 bytes)").arg(in.size()));
    return decodeStateFile(in.readAll());
}

void checkStateFileModel(const StateFile& file, const std::string& fingerprint, const QString& model_name)
{
    if (file.state.fingerprint() == fingerprint)
        return;
    throw StorageError(QObject::tr("This state file was made with the model %1 (fingerprint %2) and cannot be used with "
                                   "%3 (fingerprint %4). Nothing was imported.")
                           .arg(file.model_name.isEmpty() ? QObject::tr("(unnamed)") : file.model_name,
                                QString::fromStdString(file.state.fingerprint()), model_name,
                                QString::fromStdString(fingerprint)));
}

} // namespace linnet::app

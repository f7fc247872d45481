// The catalog of downloadable models: the official RWKV checkpoints and the tokenizer
// files they need. It is data (resources/catalog.json); a user may load an updated
// catalog from a file or an address, which is validated the same way. Every field a
// user could be misled by (addresses, file names, sizes, hashes) is checked.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace linnet::app {

struct LocalizedText {
    QString en, vi, zh;
    // The text in `language` ("en", "vi", "zh", or a locale name like "vi_VN"),
    // English when there is none.
    QString in(const QString& language) const;
};

// Memory needed to run a model, in MiB, per precision (see ModelCatalog::estimateRam).
struct RamEstimate {
    qint64 fp32 = 0, bf16 = 0, int8 = 0;
};

struct CatalogTokenizer {
    QString id;   // what models name in "tokenizer": "world", "neox"
    QString name;
    QString file; // saved under this name in the tokenizer folder
    int vocab = 0; // the vocabulary size of the models that use it
    QStringList urls;
    qint64 size = -1;
    QString sha256;
    LocalizedText description;
};

// Sampling values recommended for one kind of task, e.g. maths at low temperature.
struct SamplingPreset {
    LocalizedText name;
    QJsonObject values; // ChatSettings keys (temperature, top_p, …)
};

struct CatalogModel {
    QString id;
    QString name;
    QString family;        // "RWKV-7 G1", "RWKV-4 Raven", …
    QString version;       // RWKV version: "4", "5.1", "5.2", "6", "7"
    qint64 parameters = 0; // nominal, as in the name
    QString file;
    QStringList urls;      // Hugging Face first, then mirrors
    qint64 size = -1;      // exact bytes; -1 when not known
    QString sha256;        // empty when not known
    QString tokenizer;     // a CatalogTokenizer id
    QString chatTemplate;  // a chat template id; empty: chosen from the vocabulary
    int contextLength = 0;
    QString license;
    RamEstimate ram;
    LocalizedText description;
    QDate released;        // from "released", else the date in the file name; null when neither
    QString think;         // the think mode a new chat starts in; empty: the model does not think
    QList<SamplingPreset> presets;

    // The exact size, or 2 bytes per parameter (the 16-bit checkpoints) when unknown.
    qint64 sizeOrEstimate() const { return size > 0 ? size : 2 * parameters; }
};

// The release date official file names carry ("…-20250922-ctx8192.pth"); null when none.
QDate releaseDateInFileName(const QString& file_name);

class ModelCatalog {
public:
    // The catalog shipped with Linnet (always valid: a test checks it).
    static const ModelCatalog& builtIn();
    // Nothing, with a message naming the entry and field at fault, when `json` is not
    // a valid catalog.
    static std::optional<ModelCatalog> parse(const QByteArray& json, QString* error);

    // fp32 ≈ 2 × file + 1.5 GiB, bf16 ≈ file + 1.5 GiB, int8 ≈ file / 2 + 1.5 GiB (the
    // checkpoints are 16-bit; 1.5 GiB covers the runtime, buffers and state).
    static RamEstimate estimateRam(qint64 file_bytes);

    // This catalog with `added` after its own entries (entries whose id or file it already
    // has are left out).
    ModelCatalog withModels(const QList<CatalogModel>& added) const;

    const QString& updated() const { return updated_; }
    const QList<CatalogModel>& models() const { return models_; }
    const QList<CatalogTokenizer>& tokenizers() const { return tokenizers_; }
    const CatalogModel* model(const QString& id) const;
    // The entry whose file is `file_name` (a name, not a path).
    const CatalogModel* modelByFile(const QString& file_name) const;
    const CatalogTokenizer* tokenizer(const QString& id) const;

private:
    QString updated_;
    QList<CatalogModel> models_;
    QList<CatalogTokenizer> tokenizers_;
};

} // namespace linnet::app

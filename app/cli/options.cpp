#include "options.h"

#include "command.h"
#include "data_location.h"
#include "tokenizer_provider.h"

#include "linnet/error.h"

#include <QFile>
#include <QSaveFile>

namespace linnet::cli {

void add_model_options(QCommandLineParser& parser)
{
    parser.addOption({"model", "Model file (rwkv.cpp .bin, PyTorch .pth or safetensors).", "path"});
    parser.addOption({"threads", "Threads for the engine (default: cores, at most 8, and fewer while other programs keep cores busy).", "n"});
    parser.addOption({"group-norm-eps", "GroupNorm (ln_x) epsilon (default 64e-5; RWKV-5 rwkv.cpp .bin files: "
                                        "1e-5).", "eps"});
    parser.addOption({"strategy", "Precision per layer, e.g. 'cpu fp32' (default), 'cpu bf16', 'cpu fp32i8', "
                                  "'cpu bf16i4' (4-bit weights), 'cpu bf16i4 *20 -> cpu bf16'.",
                      "strategy", "cpu fp32"});
    parser.addOption({"packed-cache", "Keep the 4-bit weights packed in this folder and read them back on later "
                                      "loads of the same file and strategy (default: pack at every load).",
                      "dir"});
}

namespace {

// Sampling flags → the JSON keys of app::ChatSettings.
struct SamplingFlag {
    const char* option;
    const char* key;
};
constexpr SamplingFlag kSamplingFlags[] = {
    {"temperature", "temperature"},         {"top-p", "top_p"},
    {"top-k", "top_k"},                     {"top-a", "top_a"},
    {"top-p-x", "top_p_x"},                 {"presence-penalty", "presence_penalty"},
    {"frequency-penalty", "frequency_penalty"}, {"penalty-decay", "penalty_decay"},
    {"seed", "seed"},
};

} // namespace

void add_sampling_options(QCommandLineParser& parser)
{
    for (const SamplingFlag& f : kSamplingFlags)
        parser.addOption({f.option, QString("Sampling: %1.").arg(f.key), "value"});
    parser.addOption({"stop", "End the reply at this text (repeatable).", "text"});
}

QJsonObject sampling_overrides(const QCommandLineParser& parser)
{
    QJsonObject o;
    for (const SamplingFlag& f : kSamplingFlags) {
        if (!parser.isSet(f.option))
            continue;
        bool ok = false;
        const double v = parser.value(f.option).toDouble(&ok);
        if (!ok)
            throw Failure(QString("--%1 must be a number").arg(f.option).toStdString());
        o[f.key] = v;
    }
    if (parser.isSet("stop"))
        o["stop"] = QJsonArray::fromStringList(parser.values("stop"));
    return o;
}

std::unique_ptr<Model> load_model(const QCommandLineParser& parser)
{
    if (!parser.isSet("model"))
        throw Failure("--model is required");
    LoadOptions options;
    options.threads = parse_int(parser, "threads", 0, 1, 256);
    if (parser.isSet("group-norm-eps")) {
        const double eps = parse_double(parser, "group-norm-eps", 0.0);
        if (!(eps > 0.0 && eps < 1.0))
            throw Failure("--group-norm-eps must be a small positive number such as 1e-5 or 64e-5");
        options.group_norm_eps = static_cast<float>(eps);
    }
    options.strategy = parser.value("strategy").toStdString();
    options.packed_cache_dir = parser.value("packed-cache").toStdString();
    return Model::load(parser.value("model").toStdString(), options);
}

void add_tokenizer_options(QCommandLineParser& parser, bool model_default)
{
    parser.addOption({"tokenizer", QString("world, neox, bytes or the path of a tokenizer file%1.")
                                       .arg(model_default ? " (default: the model's, from its vocabulary)" : ""),
                      "name"});
    parser.addOption({"tokenizer-dir", "Where the world and neox files are (default: LINNET_TOKENIZER_DIR, else "
                                       "the data folder's tokenizers/).", "dir"});
}

std::unique_ptr<Tokenizer> make_tokenizer(const QCommandLineParser& parser, const Model* model, const QString& default_dir)
{
    const QString dir = parser.isSet("tokenizer-dir") ? parser.value("tokenizer-dir")
                        : !default_dir.isEmpty()      ? default_dir
                                                      : app::DataLocation().tokenizerDir();
    if (!parser.isSet("tokenizer")) {
        if (!model)
            throw Failure("--tokenizer is required");
        return app::tokenizerForModel(model->info(), dir);
    }
    auto tokenizer = app::tokenizerByName(parser.value("tokenizer"), dir);
    if (model && tokenizer->vocab_size() > model->info().n_vocab)
        throw Failure("the " + tokenizer->name() + " tokenizer has " + std::to_string(tokenizer->vocab_size()) +
                      " tokens but the model reads only " + std::to_string(model->info().n_vocab) +
                      ": they do not belong together");
    return tokenizer;
}

QByteArray read_input_file(const QString& path, qint64 max_bytes, const char* what)
{
    QFile file(path);
    const bool opened = path == "-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        throw Failure(QString("Cannot read the %1 '%2': %3").arg(what, path, file.errorString()).toStdString());
    QByteArray bytes;
    constexpr qint64 kChunk = 1 << 20;
    while (!file.atEnd() || file.isSequential()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        if (bytes.size() + chunk.size() > max_bytes)
            throw Failure(QString("The %1 '%2' is larger than %3 MiB").arg(what, path).arg(max_bytes >> 20).toStdString());
        bytes += chunk;
    }
    return bytes;
}

std::vector<int32_t> parse_tokens(const QString& text)
{
    std::vector<int32_t> ids;
    if (text.trimmed().isEmpty())
        return ids;
    for (const QString& part : text.split(',')) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok || id < 0) {
            // Only the start of the entry: it may be a whole file that is not a token list.
            const QString shown = part.trimmed().left(24) + (part.trimmed().size() > 24 ? "…" : "");
            throw Failure(QString("Entry %1 ('%2') is not a token id (expected a comma-separated list like 34,105,110)")
                              .arg(ids.size() + 1)
                              .arg(shown)
                              .toStdString());
        }
        ids.push_back(id);
    }
    return ids;
}

int parse_int(const QCommandLineParser& parser, const QString& name, int fallback, int min, int max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        throw Failure(QString("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max).toStdString());
    return v;
}

double parse_double(const QCommandLineParser& parser, const QString& name, double fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok)
        throw Failure(QString("--%1 must be a number").arg(name).toStdString());
    return v;
}

QJsonArray to_json(std::span<const float> values)
{
    QJsonArray a;
    for (float v : values)
        a.append(static_cast<double>(v));
    return a;
}

QJsonArray to_json(std::span<const int32_t> values)
{
    QJsonArray a;
    for (int32_t v : values)
        a.append(v);
    return a;
}

State read_state_file(const QString& path, const Model& model)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure("Cannot read the state file '" + path.toStdString() + "': " + file.errorString().toStdString());
    const QByteArray bytes = file.readAll();
    State state = State::deserialize({reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())});
    model.check_state(state);
    return state;
}

void write_state_file(const QString& path, const State& state)
{
    // Written to a temporary file and renamed, so a crash never leaves half a state.
    QSaveFile file(path);
    const auto bytes = state.serialize();
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size()) ||
        !file.commit())
        throw Failure("Cannot write the state file '" + path.toStdString() + "': " + file.errorString().toStdString());
}

} // namespace linnet::cli

// Options shared by several commands and their parsing.
#pragma once

#include "linnet/model.h"
#include "linnet/tokenizer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace linnet::cli {

void add_model_options(QCommandLineParser& parser); // --model, --threads
std::unique_ptr<Model> load_model(const QCommandLineParser& parser);

// --tokenizer (world, neox, bytes or a file) and --tokenizer-dir. `model_default`: the
// command falls back to the model's own tokenizer.
void add_tokenizer_options(QCommandLineParser& parser, bool model_default = false);
// The tokenizer --tokenizer names; without it, the one `model` was trained with (an
// error when there is no model either). A tokenizer with more tokens than the model
// reads is refused. The world and neox files are looked for in --tokenizer-dir, else
// `default_dir`, else LINNET_TOKENIZER_DIR or the data folder's tokenizers/.
std::unique_ptr<Tokenizer> make_tokenizer(const QCommandLineParser& parser, const Model* model = nullptr,
                                          const QString& default_dir = {});

// The sampler's settings (--temperature, --top-p, --top-k, --top-a, --top-p-x, the
// penalties, --seed, --stop), shared by generate and chat, and their values as
// ChatSettings JSON keys (only those given).
void add_sampling_options(QCommandLineParser& parser);
QJsonObject sampling_overrides(const QCommandLineParser& parser);

// The bytes of `path` ("-": standard input), refused with a Failure once they pass
// `max_bytes` (a device like /dev/zero never ends). `what` names the file in messages.
QByteArray read_input_file(const QString& path, qint64 max_bytes, const char* what);

// "34,105,110" → ids; "" → none. Throws Failure on anything else.
std::vector<int32_t> parse_tokens(const QString& text);
int parse_int(const QCommandLineParser& parser, const QString& name, int fallback, int min, int max);
double parse_double(const QCommandLineParser& parser, const QString& name, double fallback);

QJsonArray to_json(std::span<const float> values);
QJsonArray to_json(std::span<const int32_t> values);

State read_state_file(const QString& path, const Model& model);
void write_state_file(const QString& path, const State& state);

} // namespace linnet::cli

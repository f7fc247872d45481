// Options shared by several commands and their parsing.
#pragma once

#include "linnet/model.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <memory>
#include <span>
#include <vector>

namespace linnet::cli {

void add_model_options(QCommandLineParser& parser); // --model, --threads
std::unique_ptr<Model> load_model(const QCommandLineParser& parser);

// "34,105,110" → ids; "" → none. Throws Failure on anything else.
std::vector<int32_t> parse_tokens(const QString& text);
int parse_int(const QCommandLineParser& parser, const QString& name, int fallback, int min, int max);
double parse_double(const QCommandLineParser& parser, const QString& name, double fallback);

QJsonArray to_json(std::span<const float> values);
QJsonArray to_json(std::span<const int32_t> values);

State read_state_file(const QString& path, const Model& model);
void write_state_file(const QString& path, const State& state);

} // namespace linnet::cli

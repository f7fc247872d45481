// linnet-cli's commands. Each prints one JSON object on stdout; errors go to stderr
// with a non-zero exit status.
#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <stdexcept>

namespace linnet::cli {

// A failure to report to the user (message in words, exit status 1).
struct Failure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Command {
    QString name;
    QString summary;
    std::function<void(QCommandLineParser&)> add_options;
    // Returns the JSON to print; an empty object means the command wrote its own output.
    std::function<QJsonObject(const QCommandLineParser&)> run;
};

Command info_command();
Command logits_command();
Command generate_command();
Command bench_command();
Command chat_command();
Command conversations_command();
Command export_command();
Command import_command();
Command tokenize_command();
Command detokenize_command();
Command models_command();
Command perplexity_command();
Command serve_command();
// Versions, forks, starting points, documents and state files.
Command versions_command();
Command fork_command();
Command start_points_command();
Command attach_command();
Command state_command();

} // namespace linnet::cli

#include "command.h"
#include "options.h"

#include "linnet/tuned_state.h"

namespace linnet::cli {

Command logits_command()
{
    return {"logits", "Print the logits after reading tokens, from the initial state or a saved one.",
            [](QCommandLineParser& p) {
                add_model_options(p);
                p.addOption({"tokens", "Comma-separated token ids (may be empty with --state-in).", "ids"});
                p.addOption({"mode", "rnn (one token at a time) or sequence (default).", "mode", "sequence"});
                p.addOption({"state-in", "Start from this saved state.", "file"});
                p.addOption({"tuned-state", "Start from this state-tuned file (.pth/safetensors holding "
                                            "blocks.N.att.time_state).", "file"});
                p.addOption({"state-out", "Save the final state here.", "file"});
            },
            [](const QCommandLineParser& p) {
                if (!p.isSet("tokens"))
                    throw Failure("--tokens is required (use --tokens \"\" with --state-in for no new tokens)");
                const auto tokens = parse_tokens(p.value("tokens"));
                if (tokens.empty() && !p.isSet("state-in"))
                    throw Failure("--tokens may only be empty together with --state-in");
                const QString mode = p.value("mode");
                if (mode != "rnn" && mode != "sequence")
                    throw Failure("--mode must be rnn or sequence");
                if (p.isSet("state-in") && p.isSet("tuned-state"))
                    throw Failure("--state-in and --tuned-state cannot be used together");
                const auto model = load_model(p);
                State state = p.isSet("state-in")      ? read_state_file(p.value("state-in"), *model)
                              : p.isSet("tuned-state") ? load_tuned_state(p.value("tuned-state").toStdString(), *model)
                                                       : model->initial_state();
                std::vector<float> logits(model->info().n_vocab);
                FeedOptions options;
                options.mode = mode == "rnn" ? Mode::Rnn : Mode::Sequence;
                model->feed(tokens, state, logits, options);
                if (p.isSet("state-out"))
                    write_state_file(p.value("state-out"), state);
                return QJsonObject{{"logits", to_json(std::span<const float>(logits))}};
            }};
}

} // namespace linnet::cli

#include "command.h"
#include "options.h"

#include "linnet/cpu.h"

#include <QJsonArray>

namespace linnet::cli {

namespace {

// The parsed strategy: stages with their 1-based layer ranges (the head is layer n+1).
QJsonObject plan_json(const StrategyPlan& plan)
{
    QJsonArray stages;
    for (const auto& s : plan.stages)
        stages.append(QJsonObject{{"precision", precision_name(s.precision)},
                                  {"first_layer", s.first_layer + 1},
                                  {"layers", s.layer_count}});
    QJsonArray layers;
    for (Precision p : plan.layers)
        layers.append(precision_name(p));
    return QJsonObject{{"text", QString::fromStdString(plan.text)},
                       {"plan", QString::fromStdString(plan.describe())},
                       {"stages", stages},
                       {"layers", layers},
                       {"head", precision_name(plan.head())}};
}

// Linnet's version and the instruction sets in use (linnet/cpu.h).
QJsonObject program_json()
{
    return QJsonObject{{"linnet", LINNET_VERSION},
                       {"cpu", cpu_level_name(cpu_level())},
                       {"cpu_description", cpu_level_description(cpu_level())},
                       {"cpu_best", cpu_level_name(cpu_best_level())},
                       {"onednn", QString::fromStdString(onednn_version())}};
}

} // namespace

Command info_command()
{
    return {"info",
            "Describe a model file: version, sizes, parameters, data type, and the plan of --strategy; "
            "without --model, Linnet's version and the CPU path in use.",
            [](QCommandLineParser& p) { add_model_options(p); },
            [](const QCommandLineParser& p) {
                if (!p.isSet("model"))
                    return program_json();
                const auto model = load_model(p);
                const ModelInfo& i = model->info();
                return QJsonObject{
                    {"version", arch_name(i.arch)},
                    {"layers", i.n_layer},
                    {"embedding", i.n_embed},
                    {"heads", i.n_head},
                    {"head_size", i.head_size},
                    {"vocab", i.n_vocab},
                    {"ffn", i.n_ffn},
                    {"parameters", static_cast<qint64>(i.parameters)},
                    {"file_type", QString::fromStdString(i.file_type)},
                    {"format", QString::fromStdString(i.format)},
                    {"source_dtype", QString::fromStdString(i.source_dtype)},
                    {"group_norm_eps", static_cast<double>(i.group_norm_eps)},
                    {"state_bytes", static_cast<qint64>(i.state_floats() * 4)},
                    {"fingerprint", QString::fromStdString(i.fingerprint)},
                    {"strategy", plan_json(model->strategy())},
                    {"weight_bytes", static_cast<qint64>(model->weight_bytes())},
                    {"weight_bytes_per_token", static_cast<qint64>(model->weight_bytes_per_token())},
                    {"threads", model->threads()},
                    {"cpu", cpu_level_name(cpu_level())},
                };
            }};
}

} // namespace linnet::cli

#include "command.h"
#include "options.h"

namespace linnet::cli {

Command info_command()
{
    return {"info", "Describe a model file: version, sizes, parameters, data type.",
            [](QCommandLineParser& p) { add_model_options(p); },
            [](const QCommandLineParser& p) {
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
                };
            }};
}

} // namespace linnet::cli

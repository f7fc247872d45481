#include "command.h"
#include "data_location.h"
#include "options.h"
#include "state_transfer.h"

#include <QFileInfo>

namespace linnet::cli {

namespace {

QJsonObject describe(const app::StateFile& f)
{
    return {{"kind", f.kind},
            {"name", f.name},
            {"model_fingerprint", QString::fromStdString(f.state.fingerprint())},
            {"rwkv_version", QString::fromLatin1(linnet::arch_name(f.state.arch()))},
            {"token_count", f.token_count},
            {"text_characters", f.text.size()}};
}

QJsonObject export_state(const QCommandLineParser& p, app::Database& db)
{
    if (!p.isSet("out"))
        throw Failure("--out is required");
    app::StateFile file;
    if (p.isSet("conversation"))
        file = app::chatStateFile(db, p.value("conversation").toLongLong());
    else if (p.isSet("start-point"))
        file = app::startPointStateFile(db, p.value("start-point"), p.value("fingerprint").toStdString());
    else
        throw Failure("export needs --conversation or --start-point");
    const QString format = p.value("format");
    if (format != "linnet" && format != "pth")
        throw Failure("--format is linnet or pth");
    app::writeStateFile(p.value("out"), file, format == "pth" ? app::StateFormat::TunedPth : app::StateFormat::Linnet);
    QJsonObject out = describe(file);
    out["format"] = format;
    out["file"] = p.value("out");
    out["bytes"] = QFileInfo(p.value("out")).size();
    return out;
}

QJsonObject import_state(const QCommandLineParser& p, app::Database& db)
{
    if (p.positionalArguments().size() != 2)
        throw Failure("import needs the state file");
    // Checked in full before the model is loaded: a damaged file costs nothing.
    const app::StateFile file = app::readStateFile(p.positionalArguments().at(1));
    const auto model = load_model(p);
    const qint64 id = app::importStateFile(db, file, p.value("name"), model->info().fingerprint,
                                           QFileInfo(p.value("model")).fileName());
    QJsonObject out = describe(file);
    out["start_point_id"] = id;
    return out;
}

} // namespace

Command state_command()
{
    return {"state", "State files: export a chat's or a starting point's state, or import one as a starting point.",
            [](QCommandLineParser& p) {
                add_model_options(p);
                p.addPositionalArgument("action", "export or import");
                p.addPositionalArgument("file", "import: the state file");
                p.addOption({"data-dir", "Linnet's data folder.", "dir"});
                p.addOption({"conversation", "export: the state after this chat's last message.", "id"});
                p.addOption({"start-point", "export: this starting point's state.", "name"});
                p.addOption({"fingerprint", "export: the starting point's state for this model (default: newest).",
                             "hex"});
                p.addOption({"out", "export: the file to write.", "file"});
                p.addOption({"format",
                             "export: linnet (the state with its text and model, for Linnet) or pth (the state-tuning "
                             "layout, blocks.N.att.time_state, for RWKV-Runner and ai00; RWKV-5/6/7 only).",
                             "format", "linnet"});
                p.addOption({"name", "import: the new starting point's name (default: the file's).", "name"});
            },
            [](const QCommandLineParser& p) {
                const QString action = p.positionalArguments().value(0);
                app::Database db(app::DataLocation(p.value("data-dir")).databasePath());
                if (action == "export")
                    return export_state(p, db);
                if (action == "import")
                    return import_state(p, db);
                throw Failure("the action is export or import");
            }};
}

} // namespace linnet::cli

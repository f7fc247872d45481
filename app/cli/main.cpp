// linnet-cli: the engine from the command line, for scripts, debugging and benchmarks.
#include "command.h"
#include "linnet/cpu.h"
#include "linnet/error.h"
#include "storage_error.h"
#include "text_input.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace linnet::cli;

namespace {

std::vector<Command> commands()
{
    return {info_command(),       logits_command(),   generate_command(),      perplexity_command(),
            bench_command(),      chat_command(),     conversations_command(), export_command(),
            import_command(),     models_command(),   tokenize_command(),      detokenize_command(),
            serve_command(),      versions_command(), fork_command(),          start_points_command(),
            attach_command(),     state_command()};
}

void print_usage()
{
    std::fputs("Usage: linnet-cli <command> [options]\n\nCommands:\n", stderr);
    for (const auto& c : commands())
        std::fprintf(stderr, "  %-13s %s\n", qPrintable(c.name), qPrintable(c.summary));
    std::fputs("\nRun 'linnet-cli <command> --help' for a command's options.\n", stderr);
}

// Before any command: a processor without AVX2 gets a sentence, not "Illegal instruction";
// an unusable LINNET_CPU gets a note.
bool cpu_can_run()
{
    if (const std::string note = linnet::cpu_override_note(); !note.empty())
        std::fprintf(stderr, "linnet-cli: %s\n", note.c_str());
    const std::string problem = linnet::cpu_unsupported_message();
    if (!problem.empty())
        std::fprintf(stderr, "linnet-cli: %s\n", problem.c_str());
    return problem.empty();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("linnet-cli");
    QCoreApplication::setApplicationVersion(LINNET_VERSION);
    // Not QCoreApplication::arguments(): it drops a byte-order mark and invalid UTF-8.
    QStringList args = lossless_arguments(argc, argv);
    if (args.size() < 2 || args[1] == "--help" || args[1] == "-h") {
        print_usage();
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == "--version" || args[1] == "-v") {
        std::printf("linnet-cli %s\n", LINNET_VERSION);
        return 0;
    }
    if (!cpu_can_run())
        return 1;
    const QString name = args.takeAt(1);
    for (const auto& command : commands()) {
        if (command.name != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command.summary);
        parser.addHelpOption();
        command.add_options(parser);
        parser.process(args); // exits with a message on unknown options
        try {
            const QJsonObject result = command.run(parser);
            if (!result.isEmpty()) {
                std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
                std::fputc('\n', stdout);
            }
            return 0;
        } catch (const linnet::Error& e) {
            std::fprintf(stderr, "linnet-cli %s: %s\n", qPrintable(name), e.what());
        } catch (const linnet::app::StorageError& e) {
            std::fprintf(stderr, "linnet-cli %s: %s\n", qPrintable(name), qPrintable(e.message()));
        } catch (const Failure& e) {
            std::fprintf(stderr, "linnet-cli %s: %s\n", qPrintable(name), e.what());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "linnet-cli %s: unexpected error: %s\n", qPrintable(name), e.what());
        }
        return 1;
    }
    std::fprintf(stderr, "linnet-cli: unknown command '%s'\n\n", qPrintable(name));
    print_usage();
    return 2;
}

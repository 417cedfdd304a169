// synthreg-cli: the headless SynthReg pipeline. Exit codes: 0 ok, 2 usage, 3 bad input, 4 internal error.
#include "clicommands.h"
#include "clicommon.h"

#include <QCoreApplication>
#ifdef SYNTHREG_REPORT_FIGURES
#include <QApplication>
#endif
#include <QTextStream>

#include <exception>
#include <functional>
#include <map>
#include <memory>

namespace {

/**
 * release and demo draw the report's charts, which needs a QApplication; it runs on the
 * offscreen platform, so the CLI never needs a display. Every other command stays a plain
 * QCoreApplication.
 */
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef SYNTHREG_REPORT_FIGURES
    if (argc > 1 && (qstrcmp(argv[1], "release") == 0 || qstrcmp(argv[1], "demo") == 0)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("synthreg-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNTHREG_VERSION));
    using namespace synthreg::cli;

    const std::map<QString, std::pair<std::function<int(const QStringList &)>, const char *>> commands{
        {QStringLiteral("inspect"), {runInspect, "inspect FILE [--table T | --query SQL] [--json]   profile columns, propose a schema"}},
        {QStringLiteral("schema"), {runSchema, "schema FILE --out schema.json [--sdv]             write the proposed schema"}},
        {QStringLiteral("project"), {runProject, "project create P.synthreg --import FILE [--schema S.json]"}},
        {QStringLiteral("evaluate"), {runEvaluate, "evaluate (--real TRAIN [--holdout H] | --project P) --synthetic SYN [--target COL] [--json OUT]"}},
        {QStringLiteral("synthesize"), {runSynthesize, "synthesize INPUT --generator copula|ctabgan|medvae --out OUT.csv [--rows N] [--condition C=V]"}},
        {QStringLiteral("train"), {runTrain, "train P.synthreg --generator NAME [--param K=V] [--epochs N] [--seed N]  keep a run"}},
        {QStringLiteral("sample"), {runSample, "sample P.synthreg [--run ID] [--rows N] [--condition C=V] --out OUT.csv"}},
        {QStringLiteral("release"), {runRelease, "release (P.synthreg | --real TRAIN [--holdout H] --synthetic SYN) --out BUNDLE.zip  gate + bundle"}},
        {QStringLiteral("export-model"), {runExportModel, "export-model P.synthreg [--run ID] --out MODEL.srmodel   (weights can memorise patients)"}},
        {QStringLiteral("verify"), {runVerify, "verify BUNDLE.zip [--real REAL.csv]                check a bundle's manifest and files"}},
        {QStringLiteral("demo"), {runDemo, "demo [--out BUNDLE.zip] [--project P.synthreg]     the embedded PBC demo, import to release"}},
    };
    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout), err(stderr);
    auto usage = [&](QTextStream &stream) {
        stream << "Usage: synthreg-cli COMMAND [options]   (COMMAND --help for its options)\n\nCommands:\n";
        for (const auto &[name, command] : commands)
            stream << "  " << command.second << '\n';
        stream << "\nExit codes: 0 ok, 2 usage error, 3 bad input, 4 internal error.\n";
    };
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        usage(args.size() < 2 ? err : out);
        return args.size() < 2 ? UsageError : Ok;
    }
    if (args[1] == QLatin1String("--version")) {
        out << "synthreg-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const auto command = commands.find(args[1]);
    if (command == commands.end()) {
        err << "error: unknown command '" << args[1] << "'\n\n";
        usage(err);
        return UsageError;
    }
    args.removeAt(0);   // the command parses "COMMAND args..." as its own program name + arguments
    try {
        return command->second.first(args);
    } catch (const std::exception &e) {
        err << "internal error: " << e.what() << "\nPlease report this with the command you ran.\n";
        return InternalError;
    }
}

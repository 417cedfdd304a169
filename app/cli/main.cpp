// synthreg-cli: the headless SynthReg pipeline. Exit codes: 0 ok, 2 usage, 3 bad input, 4 internal error.
#include "clicommands.h"
#include "clicommon.h"

#include <QCoreApplication>
#include <QTextStream>

#include <exception>
#include <functional>
#include <map>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
        {QStringLiteral("demo"), {runDemo, "demo [--project P.synthreg] [--json]              open the embedded PBC demo"}},
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

// synthreg-cli demo's pipeline: the embedded PBC data through train → sample → release → verify,
// by calling the very commands a user would type, so the demo shows (and tests) the real paths.
#include "clicommands.h"
#include "clicommon.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace synthreg::cli {

int runDemoPipeline(const QString &projectPath, const DemoPipelineOptions &options)
{
    auto step = [](const char *title, const QStringList &args) {
        out() << "\n== " << title << ": synthreg-cli " << args.join(u' ') << '\n';
        out().flush();
        const int code = [&] {
            const QString &command = args.constFirst();
            if (command == QLatin1String("train"))
                return runTrain(args);
            if (command == QLatin1String("sample"))
                return runSample(args);
            if (command == QLatin1String("release"))
                return runRelease(args);
            return runVerify(args);
        }();
        out().flush();
        return code;
    };
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        err() << "error: cannot create a temporary folder: " << scratch.errorString() << '\n';
        return InternalError;
    }
    const QString samplePath = scratch.filePath(QStringLiteral("pbc-synthetic.csv"));
    QStringList train{QStringLiteral("train"), projectPath, QStringLiteral("--generator"), options.generator, QStringLiteral("--seed"), QStringLiteral("1")};
    if (options.epochs > 0)
        train << QStringLiteral("--epochs") << QString::number(options.epochs);
    if (const int code = step("1/4 train", train); code != Ok)
        return code;
    if (const int code = step("2/4 sample", {QStringLiteral("sample"), projectPath, QStringLiteral("--seed"), QStringLiteral("1"),
                                             QStringLiteral("--out"), samplePath});
        code != Ok)
        return code;
    QStringList release{QStringLiteral("release"), projectPath, QStringLiteral("--out"), options.bundlePath, QStringLiteral("--name"),
                        QStringLiteral("pbc-synthetic"), QStringLiteral("--title"), QStringLiteral("PBC demo — synthetic data release")};
    if (!options.overrideJustification.isEmpty())
        release << QStringLiteral("--override") << options.overrideJustification;
    if (const int code = step("3/4 evaluate and release", release); code != Ok)
        return code;
    if (const int code = step("4/4 verify", {QStringLiteral("verify"), options.bundlePath}); code != Ok)
        return code;
    out() << "\nThe release bundle is " << QFileInfo(options.bundlePath).absoluteFilePath()
          << "\nOpen report/report.html inside it in a browser; `synthreg-cli verify` checks it again at any time.\n";
    return Ok;
}

} // namespace synthreg::cli

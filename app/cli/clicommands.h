#pragma once

#include <QString>
#include <QStringList>

namespace synthreg::cli {

// Each command parses its own arguments (args[0] is the command name) and returns an ExitCode.
int runInspect(const QStringList &args);
int runSchema(const QStringList &args);
int runProject(const QStringList &args);
int runDemo(const QStringList &args);
int runEvaluate(const QStringList &args);
int runSynthesize(const QStringList &args);
int runTrain(const QStringList &args);
int runSample(const QStringList &args);
int runRelease(const QStringList &args);
int runExportModel(const QStringList &args);
int runVerify(const QStringList &args);

/** What the demo's pipeline writes and how it trains. */
struct DemoPipelineOptions
{
    QString bundlePath;
    QString generator = QStringLiteral("copula");
    int epochs = 0;                   ///< 0: the generator's default
    QString overrideJustification;    ///< passed to release as --override when set
};

/** train → sample → release → verify on an existing project (the demo's), each as its command. */
int runDemoPipeline(const QString &projectPath, const DemoPipelineOptions &options);

} // namespace synthreg::cli

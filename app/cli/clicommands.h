#pragma once

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

} // namespace synthreg::cli

#pragma once

// Runs the built synthreg-cli as a user would; shared by the CLI test files.
#include "support/testpaths.h"

#include <QProcess>
#include <QStringList>

namespace synthreg::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};

/** Runs synthreg-cli with `args` and waits up to five minutes (training runs included). */
inline CliRun cli(const QStringList &args)
{
    QProcess process;
    process.start(cliPath(), args);
    process.waitForFinished(300000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace synthreg::test

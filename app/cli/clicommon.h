#pragma once

#include "core/data/datasplit.h"
#include "core/data/schema.h"
#include "core/io/importer.h"
#include "core/project/project.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace synthreg::cli {

/** Exit codes of synthreg-cli, documented in README and --help. */
enum ExitCode { Ok = 0, UsageError = 2, BadInput = 3, InternalError = 4 };

QTextStream &out();   ///< stdout, shared by every command
QTextStream &err();   ///< stderr

/** Seed of a project's train/holdout split when the user gives none. */
constexpr uint64_t kDefaultSplitSeed = 42;

/** parseOrExit() leaves counting the positional arguments to the command. */
constexpr int kAnyPositionals = -1;
/** Parses `args`; prints help or the usage error itself. Returns -1 to go on, else the exit code. */
int parseOrExit(QCommandLineParser &parser, const QStringList &args, int positionals);
/** Writes `bytes` to `path` through QSaveFile (all or nothing); false + `error` naming the path. */
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
/** True when both paths exist and are the same file (SynthReg never writes over a source). */
bool isSameFile(const QString &a, const QString &b);

/**
 * The project's train/holdout split; made (`seed`, 20 % holdout, grouped by the patient id
 * when the schema has one) and stored on first use. nullopt + the project's errorString() on failure.
 */
std::optional<core::DataSplit> projectSplitOrCreate(core::Project &project, const core::Table &data, const core::Schema &schema,
                                                    uint64_t seed = kDefaultSplitSeed);

/** Adds the import options (--table, --query, --delimiter, --encoding, --decimal-comma, --header, --na). */
void addImportOptions(QCommandLineParser &parser);
/** Builds the request from those options; returns false and sets `error` on a bad option value. */
bool importRequestFrom(const QCommandLineParser &parser, const QString &path, core::ImportRequest *request, QString *error);
/** Imports and prints warnings to stderr; on failure prints the error and returns nullopt. */
std::optional<core::ImportResult> importOrReport(const core::ImportRequest &request);

} // namespace synthreg::cli

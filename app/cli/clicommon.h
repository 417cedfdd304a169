#pragma once

#include "core/io/importer.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace synthreg::cli {

/** Exit codes of synthreg-cli, documented in README and --help. */
enum ExitCode { Ok = 0, UsageError = 2, BadInput = 3, InternalError = 4 };

QTextStream &out();   ///< stdout, shared by every command
QTextStream &err();   ///< stderr

/** Parses `args`; prints help or the usage error itself. Returns -1 to go on, else the exit code. */
int parseOrExit(QCommandLineParser &parser, const QStringList &args, int positionals);
/** Writes `bytes` to `path` through QSaveFile (all or nothing); false + `error` naming the path. */
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
/** True when both paths exist and are the same file (SynthReg never writes over a source). */
bool isSameFile(const QString &a, const QString &b);

/** Adds the import options (--table, --query, --delimiter, --encoding, --decimal-comma, --header, --na). */
void addImportOptions(QCommandLineParser &parser);
/** Builds the request from those options; returns false and sets `error` on a bad option value. */
bool importRequestFrom(const QCommandLineParser &parser, const QString &path, core::ImportRequest *request, QString *error);
/** Imports and prints warnings to stderr; on failure prints the error and returns nullopt. */
std::optional<core::ImportResult> importOrReport(const core::ImportRequest &request);

} // namespace synthreg::cli

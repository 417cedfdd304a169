#pragma once

#include "core/io/importer.h"

#include <QCommandLineParser>

namespace synthreg::cli {

/** Exit codes of synthreg-cli, documented in README and --help. */
enum ExitCode { Ok = 0, UsageError = 2, BadInput = 3, InternalError = 4 };

/** Adds the import options (--table, --query, --delimiter, --encoding, --decimal-comma, --header, --na). */
void addImportOptions(QCommandLineParser &parser);
/** Builds the request from those options; returns false and sets `error` on a bad option value. */
bool importRequestFrom(const QCommandLineParser &parser, const QString &path, core::ImportRequest *request, QString *error);
/** Imports and prints warnings to stderr; on failure prints the error and returns nullopt. */
std::optional<core::ImportResult> importOrReport(const core::ImportRequest &request);

} // namespace synthreg::cli

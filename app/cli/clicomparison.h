#pragma once

#include "clicommon.h"

#include "core/jobs/evaluator.h"

#include <memory>
#include <optional>

namespace synthreg::cli {

/** The real side of a comparison (evaluate, release) and the project it came from, if any. */
struct RealSide
{
    core::EvaluationRequest request;          ///< train, holdout, schema and settings; no synthetic yet
    std::unique_ptr<core::Project> project;   ///< set when read from a project
    QString sourceName;                       ///< the imported file's name
    QString sourceSha256;
    qint64 sourceRows = 0;
    int sourceColumns = 0;
};

/** Adds --real, --holdout, --schema, --target and --seed (the options evaluate and release share). */
void addRealSideOptions(QCommandLineParser &parser);

/**
 * Reads the real rows: the project at `projectPath` (its data, schema and stored split, made on
 * first use), or --real [--holdout] with the proposed schema; --schema overrides either. Prints
 * what went wrong and sets `exitCode` when it returns nullopt.
 */
std::optional<RealSide> loadRealSide(const QCommandLineParser &parser, const QString &projectPath, int *exitCode);

/** Imports a table as detected, with its SHA-256; prints the error and returns nullopt on failure. */
std::optional<core::Table> importTable(const QString &path);

} // namespace synthreg::cli

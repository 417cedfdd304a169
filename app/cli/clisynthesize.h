#pragma once

// Shared by synthesize, train and sample: the generator options, progress lines and the
// streamed CSV output.
#include "core/jobs/synthesizer.h"

#include <QCommandLineParser>

namespace synthreg::cli {

/** Adds --generator, --param, --epochs, --seed, --device, --threads, --target. */
void addTrainingOptions(QCommandLineParser &parser);
/** Fills the generator part of `request`; false + `error` on a bad option value. */
bool trainingRequestFrom(const QCommandLineParser &parser, core::TrainingRequest *request, QString *error);
/** Trains with progress lines on stderr; prints the error and returns nullopt on failure. */
std::optional<core::TrainedModel> trainOrReport(const core::TrainingRequest &request);

/** Prints a family's settings with ranges, defaults and help (--list-params). */
void printParameters(const core::GeneratorInfo &info);

/** Adds --rows, --condition, --sample-seed, --out. */
void addSamplingOptions(QCommandLineParser &parser);
/** Reads them; `defaultRows` when --rows is absent. false + `error` on a bad value. */
bool samplingRequestFrom(const QCommandLineParser &parser, int64_t defaultRows, uint64_t defaultSeed,
                         core::SamplingRequest *request, QString *error);
/**
 * Streams the sample to `path` as CSV with the source's missing-value text and date formats,
 * atomically (no partial file on failure). `keptChunks`, when given, also receives the chunks. Returns an exit code after printing any error.
 */
int writeSampleCsv(const core::TrainedModel &model, const core::SamplingRequest &request, const QString &path,
                   const core::TableProvenance &source, std::vector<core::Table> *keptChunks = nullptr);

} // namespace synthreg::cli

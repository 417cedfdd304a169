#pragma once

#include "core/data/schema.h"
#include "core/data/table.h"
#include "core/encoding/tableencoder.h"
#include "core/models/generator.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace synthreg::core {

/** What to train: the real (training) rows, their schema, a generator family and its settings. */
struct TrainingRequest
{
    Table table;
    Schema schema;
    std::string family = "ctabgan";                 ///< copula, ctabgan, medvae
    std::map<std::string, std::string> parameters;  ///< `name=value` overrides of the family's defaults
    std::optional<int> epochs;                      ///< overrides the `epochs` parameter when the family has one
    uint64_t seed = 0;
    std::string device = "cpu";
    int threads = 0;                                ///< 0 = all cores
    QString targetColumn;                           ///< for CTAB-GAN+'s auxiliary classifier; empty = none
};

/** A trained generator with the encoder it needs, and how it came to be. */
struct TrainedModel
{
    TableEncoder encoder;
    std::shared_ptr<Generator> generator;
    std::string family;
    Hyperparameters hyperparameters;
    uint64_t seed = 0;
    std::string device;
    double trainingSeconds = 0;
    std::vector<EpochReport> history;
    QStringList warnings;   ///< from the encoder: grouped levels, constant columns, …

    /** Encoder + generator bytes, for a project or a file; read back with load(). */
    QByteArray save() const;
    static std::optional<TrainedModel> load(const QByteArray &bytes, QString *error);
};

/** Called after every epoch on the training thread. */
using TrainingProgress = std::function<void(const EpochReport &)>;

/** How a training ended: a model, a cancellation, or an error a user can act on. */
struct TrainingOutcome
{
    std::optional<TrainedModel> model;
    bool cancelled = false;
    QString error;
};

/**
 * Fits the encoder and trains the generator on the calling thread. Never throws: bad
 * parameters, unusable tables, a NaN loss and torch errors come back as `error` (one
 * sentence with the fix); `cancel` is honoured within one batch. The same request with the
 * same seed on the same device gives the same model.
 */
TrainingOutcome trainModel(const TrainingRequest &request, const TrainingProgress &progress,
                           const std::atomic<bool> *cancel);

/** What to sample. */
struct SamplingRequest
{
    int64_t rows = 0;
    QStringList conditions;     ///< "sex=f", "stage=4"
    uint64_t seed = 0;
    int64_t chunkRows = 50000;  ///< rows per decoded chunk: bounds memory for any `rows`
};

/** Receives each decoded chunk in order; return false to stop (cancel). */
using SampleSink = std::function<bool(const Table &chunk)>;

/**
 * Samples `request.rows` rows in chunks and hands each decoded chunk to `sink`. Returns
 * false and sets `error` for a bad or unmeetable condition, a failing sink or a
 * cancellation. Chunk i is drawn with a seed derived from (seed, i), so the output is the
 * same for the same seed, whatever the sink does.
 */
bool sampleRows(const TrainedModel &model, const SamplingRequest &request, const SampleSink &sink,
                const std::atomic<bool> *cancel, QString *error);

/** Samples into a table in memory (small n: previews, evaluation). */
std::optional<Table> sampleTable(const TrainedModel &model, const SamplingRequest &request, QString *error);

/** Losses per epoch as JSON (epoch, epochs, losses, rows/s, elapsed): stored with runs and models. */
QJsonArray historyJson(const std::vector<EpochReport> &history);

/** The encoding a family expects (the copula wants standardized scalars, the networks mode-specific ones). */
EncoderOptions encoderOptionsFor(const std::string &family, uint64_t seed);

} // namespace synthreg::core

#pragma once

#include "encodedmatrix.h"
#include "hyperparameters.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace synthreg::core {

/** What a generator reports after each epoch. */
struct EpochReport
{
    int epoch = 0;                 ///< 1-based
    int epochs = 0;                ///< planned total
    std::vector<std::pair<std::string, double>> losses;   ///< e.g. {"generator", 0.41}, {"discriminator", -0.12}
    double rowsPerSecond = 0;
    double elapsedSeconds = 0;
    double etaSeconds = 0;
    /** This epoch's quality check (TrainingContext::scoreSample); NaN when none ran. */
    double quality = std::numeric_limits<double>::quiet_NaN();
    /** The best-scoring epoch so far, whose weights training ends with; 0 before the first check. */
    int bestEpoch = 0;
    double bestQuality = std::numeric_limits<double>::quiet_NaN();   ///< its score
};

/** How a fit runs. The callbacks are called on the fitting thread. */
struct TrainingContext
{
    uint64_t seed = 0;
    std::string device = "cpu";               ///< "cpu" or "cuda" (see computeDevices())
    int threads = 0;                          ///< CPU threads; 0 = all cores
    const std::atomic<bool> *cancel = nullptr; ///< checked once per batch
    /** Encoded column (Span::column) an auxiliary classifier should predict (CTAB-GAN+); -1 = none. */
    int targetColumn = -1;
    /** Called after every epoch; return false to stop early (the model is kept, as trained so far). */
    std::function<bool(const EpochReport &)> onEpoch;
    /**
     * Scores rows sampled from the model as trained so far against the real rows (higher is
     * better; the job passes its quality score). When set, the neural families check it
     * `quality_checks` times over training and end with the best-scoring epoch's weights
     * (qualitycheck.h); when empty, they keep the last epoch.
     */
    std::function<double(const EncodedMatrix &)> scoreSample;
};

/** A failure a user can act on: the message says what happened and what to do. */
class GeneratorError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/**
 * A synthetic-data generator over an encoded matrix. Not thread-safe: one thread fits, then
 * samples. Failures throw GeneratorError (bad input, a NaN loss, an unmeetable condition) and
 * leave the object unfitted; torch and Eigen exceptions are translated into GeneratorError.
 */
class Generator
{
public:
    virtual ~Generator() = default;

    /** Stable key: "copula", "ctabgan", "medvae" (stored in projects: never rename). */
    virtual std::string family() const = 0;
    virtual const Hyperparameters &hyperparameters() const = 0;

    /**
     * Trains on `data`. Returns true when training finished (or onEpoch stopped it early),
     * false when `context.cancel` was set — the generator is then unfitted. The same seed
     * on the same device gives the same model.
     */
    virtual bool fit(const EncodedMatrix &data, const TrainingContext &context) = 0;
    virtual bool isFitted() const = 0;

    /**
     * `rows` new rows with `data`'s layout. Every row meets `conditions`; a condition too rare
     * to meet after a bounded number of attempts throws GeneratorError saying how rare it was.
     * Category and Mode spans hold one-hot values. Deterministic in `seed`.
     */
    virtual EncodedMatrix sample(int64_t rows, const Conditions &conditions, uint64_t seed) const = 0;

    /** Weights and hyperparameters; read back with loadGenerator(). */
    virtual std::string save() const = 0;
};

/** What the registry knows about a family: for pickers, `--help` and forms. */
struct GeneratorInfo
{
    std::string family;        ///< "ctabgan"
    std::string displayName;   ///< "CTAB-GAN+"
    std::string summary;       ///< one line: what it is good for
    std::vector<HyperparameterSpec> hyperparameters;
};

std::vector<GeneratorInfo> availableGenerators();
/** nullptr when the family is unknown. */
const GeneratorInfo *findGenerator(const std::string &family);

/** A fresh generator; `values` must have been resolved against its specs. Throws GeneratorError for an unknown family. */
std::unique_ptr<Generator> createGenerator(const std::string &family, const Hyperparameters &values);

/** Reads what Generator::save() wrote. Throws GeneratorError when the bytes are not a model. */
std::unique_ptr<Generator> loadGenerator(const std::string &bytes);

} // namespace synthreg::core

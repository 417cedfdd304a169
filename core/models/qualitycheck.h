#pragma once

// Private to core/models: which epoch a neural generator ends with. Includes <torch/torch.h>;
// only core/models .cpp files may include it.

#include "generator.h"
#include "qualitychecksettings.h"

#include <torch/torch.h>

#include <functional>
#include <vector>

namespace synthreg::core {

/**
 * Keeps the best epoch. A GAN's output swings from epoch to epoch (pbc, seed 1: quality 0.932
 * at epoch 210, 0.894 at the last, 300), so its last epoch is a draw, not the best it reached. At `checks` evenly spaced epochs (the last one included) the model samples rows,
 * TrainingContext::scoreSample scores them, and the weights of the best-scoring epoch so far
 * are copied aside; finish() puts them back. With `patience`, training stops once that many
 * checks in a row failed to beat the best. Without scoreSample it does nothing: the last
 * epoch stays. Checks draw from a seed of their own and reseed training from (seed, epoch)
 * afterwards: the same seed and settings give the same model on the same device.
 */
class BestEpoch
{
public:
    /**
     * Draws `rows` rows from the model as it is now, seeding from `seed`. It must not change the
     * parameters; buffers it re-estimates (batch-norm statistics) are kept with the copy.
     */
    using Draw = std::function<EncodedMatrix(int64_t rows, uint64_t seed)>;

    /** `weights`: the module(s) sampling needs; they must outlive this object. */
    BestEpoch(const QualityCheckSettings &settings, int epochs, const TrainingContext &context,
              std::vector<torch::nn::Module *> weights);

    /**
     * After an epoch: runs the check when one is due (filling report.quality) and sets
     * report.bestEpoch. Returns false when patience has run out and training should stop.
     */
    bool afterEpoch(EpochReport &report, const Draw &draw);

    /** Puts the best-scoring epoch's weights back; false (and nothing changed) when no check ran. */
    bool finish();

    /** Rows a check samples: enough that shapes and pairs are not dominated by sampling noise. */
    static constexpr int64_t kSampleRows = 5000;

private:
    bool isDue(int epoch) const;

    QualityCheckSettings m_settings;
    int m_epochs = 0;
    const TrainingContext &m_context;
    std::vector<torch::nn::Module *> m_modules;
    std::vector<torch::Tensor> m_best;   ///< parameters then buffers of every module, in order
    double m_bestScore = 0;
    int m_bestEpoch = 0;
    int m_checksSinceBest = 0;
};

} // namespace synthreg::core

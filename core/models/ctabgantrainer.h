#pragma once

// Private to core/models: the training step of CTAB-GAN+ (ctabgan.cpp runs the epochs).
// Includes <torch/torch.h>; only core/models .cpp files may include it.

#include "conditionalvector.h"
#include "ctabganmodules.h"
#include "encodedmatrix.h"
#include "fusedadam.h"
#include "spanactivation.h"

#include <memory>

namespace synthreg::core {

/** CTAB-GAN+'s hyperparameters as typed values (names, ranges and help: ctabGanInfo()). */
struct CtabGanSettings
{
    int epochs = 300;
    int batchSize = 500;
    int embeddingDim = 128;
    int generatorDim = 256;
    int discriminatorDim = 256;
    double learningRate = 2e-4;
    int discriminatorSteps = 2;
    int pac = 10;
    double auxWeight = 1.0;
    double weightAverage = 0.995;   ///< decay of the generator's weight average (weightaverage.h)
};

/** Hidden layers of the generator, the critic and the classifier (CTGAN's (256, 256)). */
constexpr int kCtabGanLayers = 2;

/** The generator for `settings` over rows of `dataWidth` with a conditional vector of `conditionWidth`. */
CtabGanGenerator makeCtabGanGenerator(const CtabGanSettings &settings, int dataWidth, int conditionWidth);

/** One step's losses as 0-dim tensors on the training device: read once per epoch, not per batch. */
struct CtabGanLosses
{
    torch::Tensor generator;
    torch::Tensor discriminator;
    torch::Tensor auxiliary;   ///< undefined without a target column
};

/** What the auxiliary classifier predicts and from which matrix columns (CTAB-GAN+). */
struct AuxiliaryTarget
{
    bool isCategory = false;      ///< cross-entropy over a Category span; else MSE on a Scalar
    int offset = 0;
    int width = 1;
    torch::Tensor inputColumns;   ///< every matrix column outside the target column's spans, int64
};

/**
 * Conditional WGAN-GP training as CTGAN does it, plus CTAB-GAN+'s auxiliary classifier:
 * each step makes `discriminator_steps` critic updates, one generator update and, with a
 * target, one classifier update on real rows. Everything lives on `device`.
 */
class CtabGanTrainer
{
public:
    /** Throws GeneratorError when `targetColumn` is neither -1 nor a column of `data`. */
    CtabGanTrainer(CtabGanGenerator generator, const EncodedMatrix &data, const ConditionalVector &conditions,
                   const CtabGanSettings &settings, int targetColumn, const torch::Device &device);

    /** batch_size rounded to a multiple of pac, at most a quarter of the table (rounded up to pac). */
    int64_t batchSize() const { return m_batchSize; }
    int stepsPerEpoch() const { return m_stepsPerEpoch; }
    bool hasAuxiliary() const { return m_target.inputColumns.defined(); }

    CtabGanLosses step();

    /** Noise ⊕ a conditional vector drawn as in training: `rows` generator inputs. */
    torch::Tensor generatorInput(int64_t rows);

private:
    struct Fake
    {
        torch::Tensor raw;         ///< the generator's output before activation
        torch::Tensor activated;   ///< tanh / Gumbel-softmax, as the critic sees it
    };
    /** What one critic update saw; the generator update reuses its fake rows. */
    struct CriticStep
    {
        torch::Tensor loss;        ///< Wasserstein estimate, without the penalty
        torch::Tensor real;
        torch::Tensor condition;
        Fake fake;                 ///< with the generator's graph when asked for
    };
    torch::Tensor withNoise(const torch::Tensor &condition) const;
    Fake generate(const torch::Tensor &condition);
    CriticStep discriminatorStep(bool keepGeneratorGraph);
    torch::Tensor conditionLoss(const torch::Tensor &raw, const torch::Tensor &condition) const;
    torch::Tensor auxiliaryLoss(const torch::Tensor &rows);

    CtabGanSettings m_settings;
    SpanActivation m_activation;
    PaddedSpans m_conditionedLogits;    ///< the generator's output over the conditioned spans
    PaddedSpans m_conditionedLevels;    ///< the conditional vector, laid out the same way
    torch::Device m_device;
    torch::Tensor m_data;
    TrainingSampler m_sampler;
    int64_t m_batchSize = 0;
    int m_stepsPerEpoch = 1;
    CtabGanGenerator m_generator;
    CtabGanDiscriminator m_discriminator;
    FusedAdam m_generatorOptimizer;
    FusedAdam m_discriminatorOptimizer;
    AuxiliaryTarget m_target;
    CtabGanClassifier m_classifier{nullptr};
    std::unique_ptr<FusedAdam> m_classifierOptimizer;
};

} // namespace synthreg::core

#pragma once

// Private to core/models: the torch modules of CTAB-GAN+ in the CTGAN architecture.
// Includes <torch/torch.h>; only core/models .cpp files may include it.

#include <torch/torch.h>

#include <vector>

namespace synthreg::core {

/**
 * Dropout with its mask drawn as uniform ≥ p: torch::nn::Dropout draws it with bernoulli_,
 * five times slower on the CPU, and the critic draws two masks per pass, four passes a step.
 */
struct MaskDropoutImpl : torch::nn::Module
{
    explicit MaskDropoutImpl(double probability);
    torch::Tensor forward(const torch::Tensor &input);
    /** The factor forward() multiplies by: 0 or 1 / (1 − p) per element while training, else 1. */
    torch::Tensor mask(const torch::Tensor &like);

    double p = 0.5;
};
TORCH_MODULE(MaskDropout);

/** CTGAN's Residual: relu(bn(fc(x))) concatenated with x, so each layer widens the input by `output`. */
struct ResidualImpl : torch::nn::Module
{
    ResidualImpl(int64_t input, int64_t output);
    torch::Tensor forward(const torch::Tensor &input);

    torch::nn::Linear fc{nullptr};
    torch::nn::BatchNorm1d bn{nullptr};
};
TORCH_MODULE(Residual);

/** Noise ⊕ conditional vector → raw (not yet activated) encoded row, as CTGAN's Generator. */
struct CtabGanGeneratorImpl : torch::nn::Module
{
    CtabGanGeneratorImpl(int64_t input, int64_t hidden, int layers, int64_t dataWidth);
    torch::Tensor forward(const torch::Tensor &input);

    std::vector<Residual> residuals;
    torch::nn::Linear output{nullptr};
};
TORCH_MODULE(CtabGanGenerator);

/**
 * The WGAN critic with PacGAN: `pac` consecutive rows are judged together, so a generator
 * that collapses to few rows is caught (CTGAN's Discriminator).
 */
struct CtabGanDiscriminatorImpl : torch::nn::Module
{
    CtabGanDiscriminatorImpl(int64_t input, int64_t hidden, int layers, int64_t pacSize);
    /** (rows × input) with rows a multiple of pac → (rows / pac × 1) scores. */
    torch::Tensor forward(const torch::Tensor &input);
    /**
     * WGAN-GP's penalty, lambda 10, on interpolates that share one mix per pac group (CTGAN):
     * differentiable in the critic's weights, equal to torch's double-backward formulation.
     */
    torch::Tensor gradientPenalty(const torch::Tensor &real, const torch::Tensor &fake);
    /** The same penalty on given interpolates, through torch's double backward (the reference the tests compare with). */
    torch::Tensor doubleBackwardPenalty(const torch::Tensor &interpolates);
    /** The same penalty on given interpolates as gradientPenalty() computes it. */
    torch::Tensor penaltyAt(const torch::Tensor &interpolates);

    int64_t pac = 1;
    torch::nn::Sequential body{nullptr};
};
TORCH_MODULE(CtabGanDiscriminator);

/** CTAB-GAN+'s auxiliary classifier (or regressor): the other columns → the target's logits or value. */
struct CtabGanClassifierImpl : torch::nn::Module
{
    CtabGanClassifierImpl(int64_t input, int64_t hidden, int layers, int64_t output);
    torch::Tensor forward(const torch::Tensor &input);

    torch::nn::Sequential body{nullptr};
};
TORCH_MODULE(CtabGanClassifier);

} // namespace synthreg::core

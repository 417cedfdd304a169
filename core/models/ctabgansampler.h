#pragma once

// Private to core/models: the sampling path of CTAB-GAN+ (ctabgan.cpp).
// Includes <torch/torch.h>; only core/models .cpp files may include it.

#include "conditionalvector.h"
#include "ctabganmodules.h"
#include "encodedmatrix.h"

#include <optional>
#include <vector>

namespace synthreg::core {

/**
 * Turns a trained generator into encoded rows, fast: the eval-mode forward with each
 * BatchNorm folded into its Linear, written into buffers allocated once (CTGAN's residual
 * concatenations become column blocks of one matrix), then tanh on Scalar spans and every
 * Mode and Category span drawn from its softmax by the Gumbel-max trick — the same draw as
 * hardenSpans(SpanActivation(…)(…, GumbelSoftmax)). Allocating per layer and per span costs
 * more than the arithmetic at 100k rows/s. Create it under a NoGradGuard.
 */
class CtabGanSampler
{
public:
    CtabGanSampler(CtabGanGenerator generator, const Layout &layout, const ConditionalVector &conditions,
                   int embeddingDim, const torch::Device &device);

    /**
     * Writes `rows` rows into `out` (CPU, row-major, the layout's width), the conditional
     * vector at `steer` when given, else drawn as the data has it. Uses torch's global generator.
     */
    void draw(int64_t rows, const std::optional<Condition> &steer, float *out);

private:
    struct Folded
    {
        torch::Tensor weight;   ///< (output × input)
        torch::Tensor bias;     ///< (output)
    };
    void drawChunk(int64_t rows, const std::optional<Condition> &steer, float *out);

    Layout m_layout;
    const ConditionalVector &m_conditions;
    int64_t m_embeddingDim = 0;
    torch::Device m_device;
    std::vector<Folded> m_residuals;
    Folded m_output;
    int64_t m_hiddenWidth = 0;
    torch::Tensor m_blocks;   ///< (chunk × [h_L … h_1, noise, condition]), as CTGAN's cat([out, input]) nests
    torch::Tensor m_noise;    ///< (chunk × embedding) contiguous, where normal_ is fast
    torch::Tensor m_raw;      ///< (chunk × width) the generator's output
    torch::Tensor m_gumbel;   ///< (chunk × width) raw + Gumbel noise
    torch::Tensor m_rows;     ///< (chunk × width) finished rows off the CPU; undefined on the CPU
};

} // namespace synthreg::core

#pragma once

// Private to core/models: Adam (Kingma & Ba) with PyTorch's L2 weight decay, one pass over
// each parameter on the CPU. Including this header costs a full <torch/torch.h> parse.

#include <torch/torch.h>

#include <vector>

namespace synthreg::core {

struct AdamSettings
{
    double learningRate = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double weightDecay = 0;
};

/**
 * The update of torch::optim::Adam (amsgrad off): grad + weightDecay·p into both moments,
 * bias-corrected step. torch's version spends ten tensor operations and four temporaries per
 * parameter on it, which at batch 500 on the CPU costs more than the arithmetic, so float32 CPU
 * parameters are updated in a single fused loop here, all of them in one parallel region. Other devices use tensor operations
 * with the same arithmetic. Parameters without a gradient are skipped, as torch does.
 */
class FusedAdam
{
public:
    FusedAdam(std::vector<torch::Tensor> parameters, const AdamSettings &settings);

    void zeroGrad();
    void step();

private:
    struct State
    {
        torch::Tensor firstMoment;
        torch::Tensor secondMoment;
    };

    void stepWithTensors(torch::Tensor &parameter, State &state, double stepSize, double secondCorrectionRoot) const;

    std::vector<torch::Tensor> m_parameters;
    std::vector<State> m_states;
    AdamSettings m_settings;
    int64_t m_steps = 0;
};

} // namespace synthreg::core

#pragma once

// Private to core/models: a moving average of a network's weights. Includes <torch/torch.h>;
// only core/models .cpp files may include it.

#include <torch/torch.h>

#include <functional>
#include <vector>

namespace synthreg::core {

/**
 * An exponential moving average of a trained network's parameters, kept in a second network
 * of the same shape that samples are drawn from (Polyak averaging; Yazıcı et al. 2019, "The
 * Unusual Effectiveness of Averaging in GAN Training"). A GAN's generator circles around a
 * good solution rather than settling on it, so its last weights are one point of the orbit;
 * the average sits nearer the centre. The past's weight warms up as min(decay, (1 + t) /
 * (10 + t)) so the first, random weights fade quickly.
 */
class WeightAverage
{
public:
    /** `averaged` starts as a copy of `trained`; both must outlive this object. */
    WeightAverage(torch::nn::Module &trained, torch::nn::Module &averaged, double decay);

    /** After each optimizer step of `trained`. */
    void update();

private:
    std::vector<torch::Tensor> m_trained;
    std::vector<torch::Tensor> m_averaged;
    double m_decay = 0;
    int64_t m_updates = 0;
};

/**
 * Re-estimates every BatchNorm's running statistics in `module` for its current weights: runs
 * `forward` `batches` times in training mode without gradients, each batch weighing the same
 * (SWA's update_bn). Averaged weights never produced the statistics the trained ones did.
 * Leaves `module` in eval mode.
 */
void recalibrateBatchNorm(torch::nn::Module &module, const std::function<void()> &forward, int batches);

} // namespace synthreg::core

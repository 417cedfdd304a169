#pragma once

// Private to core/models .cpp files (includes torch): Med-VAE's training step on the CPU with
// its backward pass written out.

#include "medvaemodules.h"

#include <memory>

namespace synthreg::core {

/** The loss terms of one step, each averaged over the batch's rows (the values of vaeLoss()). */
struct VaeStepLosses
{
    double reconstruction = 0;
    double kl = 0;
};

/**
 * One training step of a MedVaeNet on float32 CPU tensors: the training-mode forward pass,
 * the loss of vaeLoss(), and the gradient of reconstruction + klScale · kl written into every
 * parameter's grad (overwritten, never accumulated), with the batch-norm running statistics
 * updated as BatchNorm1d updates them. The latent noise is drawn as MedVaeNet::forward draws
 * it, from torch's global generator, so both paths see the same noise.
 *
 * Why: at batch 500 autograd spent about as long again as the matrix products on the ~150
 * small operations of a step — their dispatch, allocations and thread wake-ups. Here a step is
 * the ~20 matrix products into buffers allocated once and a few fused loops between them. The
 * arithmetic is autograd's (a test compares every gradient), so the network, its saved form and
 * its sampling are unchanged; other devices keep autograd.
 */
class MedVaeCpuStep
{
public:
    MedVaeCpuStep(MedVaeNetImpl &net, const Layout &layout, const VaeLossWeights &weights);
    ~MedVaeCpuStep();
    MedVaeCpuStep(const MedVaeCpuStep &) = delete;
    MedVaeCpuStep &operator=(const MedVaeCpuStep &) = delete;

    /** `batch`: rows × data width, float32, contiguous, at least 2 rows. */
    VaeStepLosses operator()(const torch::Tensor &batch, double klScale);

private:
    struct Network;   // the network's tensors and the buffers of a batch, allocated on first use

    Layout m_layout;
    VaeLossWeights m_weights;
    MedVaeNetImpl &m_net;
    int64_t m_capacity = 0;   // rows the buffers hold
    std::unique_ptr<Network> m_network;
};

} // namespace synthreg::core

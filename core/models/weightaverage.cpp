#include "weightaverage.h"

#include <algorithm>

namespace synthreg::core {

WeightAverage::WeightAverage(torch::nn::Module &trained, torch::nn::Module &averaged, double decay)
    : m_trained(trained.parameters())
    , m_averaged(averaged.parameters())
    , m_decay(decay)
{
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < m_trained.size(); ++i)
        m_averaged[i].copy_(m_trained[i]);
}

void WeightAverage::update()
{
    ++m_updates;
    const double past = std::min(m_decay, double(1 + m_updates) / double(10 + m_updates));
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < m_trained.size(); ++i)
        m_averaged[i].lerp_(m_trained[i], 1.0 - past);
}

void recalibrateBatchNorm(torch::nn::Module &module, const std::function<void()> &forward, int batches)
{
    std::vector<torch::nn::BatchNorm1dImpl *> norms;
    for (const std::shared_ptr<torch::nn::Module> &child : module.modules(/*include_self=*/true))
        if (auto *norm = dynamic_cast<torch::nn::BatchNorm1dImpl *>(child.get()))
            norms.push_back(norm);
    if (norms.empty()) {
        module.eval();
        return;
    }
    std::vector<c10::optional<double>> momenta;
    for (torch::nn::BatchNorm1dImpl *norm : norms) {
        momenta.push_back(norm->options.momentum());
        norm->options.momentum(c10::nullopt);   // cumulative average: every batch weighs the same
        norm->reset_running_stats();
    }
    torch::NoGradGuard noGrad;
    module.train();
    for (int batch = 0; batch < batches; ++batch)
        forward();
    module.eval();
    for (size_t i = 0; i < norms.size(); ++i)
        norms[i]->options.momentum(momenta[i]);
}

} // namespace synthreg::core

#include "qualitycheck.h"

#include "seedmix.h"

#include <cmath>

namespace synthreg::core {

namespace {

// Distinct from the streams of sampling (mixedSeed(seed, chunk)) and of training's reseeding.
constexpr uint64_t kCheckStream = 0x636865636b000000ULL;   // "check"

std::vector<torch::Tensor> weightsOf(const std::vector<torch::nn::Module *> &modules)
{
    std::vector<torch::Tensor> tensors;
    for (torch::nn::Module *module : modules) {
        for (const torch::Tensor &parameter : module->parameters())
            tensors.push_back(parameter);
        for (const torch::Tensor &buffer : module->buffers())
            tensors.push_back(buffer);
    }
    return tensors;
}

} // namespace

BestEpoch::BestEpoch(const QualityCheckSettings &settings, int epochs, const TrainingContext &context,
                     std::vector<torch::nn::Module *> weights)
    : m_settings(settings)
    , m_epochs(epochs)
    , m_context(context)
    , m_modules(std::move(weights))
{
}

bool BestEpoch::isDue(int epoch) const
{
    if (!m_context.scoreSample || m_settings.checks <= 0 || m_epochs <= 0)
        return false;
    // Epochs where floor(epoch × checks / epochs) steps up: min(checks, epochs) of them, evenly
    // spaced, the last epoch always among them.
    const int64_t checks = m_settings.checks;
    return int64_t(epoch) * checks / m_epochs != int64_t(epoch - 1) * checks / m_epochs;
}

bool BestEpoch::afterEpoch(EpochReport &report, const Draw &draw)
{
    if (isDue(report.epoch)) {
        const EncodedMatrix sample = draw(kSampleRows, mixedSeed(m_context.seed ^ kCheckStream, uint64_t(report.epoch)));
        // The draw used torch's global generator: training goes on from a stream of its own.
        torch::manual_seed(mixedSeed(m_context.seed, uint64_t(report.epoch)));
        report.quality = m_context.scoreSample(sample);
        if (std::isfinite(report.quality) && (m_bestEpoch == 0 || report.quality > m_bestScore)) {
            torch::NoGradGuard noGrad;
            std::vector<torch::Tensor> current = weightsOf(m_modules);
            m_best.resize(current.size());
            for (size_t i = 0; i < current.size(); ++i)
                m_best[i] = current[i].detach().clone();
            m_bestScore = report.quality;
            m_bestEpoch = report.epoch;
            m_checksSinceBest = 0;
        } else {
            ++m_checksSinceBest;
        }
    }
    report.bestEpoch = m_bestEpoch;
    if (m_bestEpoch > 0)
        report.bestQuality = m_bestScore;
    return m_settings.patience <= 0 || m_checksSinceBest < m_settings.patience;
}

bool BestEpoch::finish()
{
    if (m_best.empty())
        return false;
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> current = weightsOf(m_modules);
    for (size_t i = 0; i < current.size(); ++i)
        current[i].copy_(m_best[i]);
    return true;
}

} // namespace synthreg::core

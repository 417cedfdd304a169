#include "fusedadam.h"

#include <algorithm>
#include <cmath>

namespace synthreg::core {

namespace {

// Below this many elements a parameter is updated on one thread: waking a second costs more.
constexpr int64_t kParallelGrain = 1 << 15;

struct AdamStep
{
    float *values;
    const float *grads;
    float *first;
    float *second;
    float beta1, beta2, decay, epsilon, stepSize, inverseCorrection;
};

// Debian's baseline is SSE2; the clones let the loader pick the widest vectors the CPU has.
__attribute__((target_clones("avx512f", "avx2", "default"))) void applyAdam(const AdamStep &update, int64_t begin,
                                                                           int64_t end)
{
    float *__restrict values = update.values;
    const float *__restrict grads = update.grads;
    float *__restrict first = update.first;
    float *__restrict second = update.second;
    for (int64_t k = begin; k < end; ++k) {
        const float grad = grads[k] + update.decay * values[k];
        first[k] = update.beta1 * first[k] + (1 - update.beta1) * grad;
        second[k] = update.beta2 * second[k] + (1 - update.beta2) * grad * grad;
        values[k] -= update.stepSize * first[k] / (std::sqrt(second[k]) * update.inverseCorrection + update.epsilon);
    }
}

/** One parameter's update for applyAdam(). */
AdamStep fusedStepOf(const torch::Tensor &parameter, const torch::Tensor &first, const torch::Tensor &second,
                     const AdamSettings &settings, double stepSize, double secondCorrectionRoot)
{
    AdamStep update;
    update.values = parameter.data_ptr<float>();
    update.grads = parameter.grad().data_ptr<float>();
    update.first = first.data_ptr<float>();
    update.second = second.data_ptr<float>();
    update.beta1 = float(settings.beta1);
    update.beta2 = float(settings.beta2);
    update.decay = float(settings.weightDecay);
    update.epsilon = float(settings.epsilon);
    update.stepSize = float(stepSize);
    update.inverseCorrection = float(1 / secondCorrectionRoot);
    return update;
}

} // namespace

FusedAdam::FusedAdam(std::vector<torch::Tensor> parameters, const AdamSettings &settings)
    : m_parameters(std::move(parameters))
    , m_settings(settings)
{
    torch::NoGradGuard noGrad;
    m_states.reserve(m_parameters.size());
    for (const torch::Tensor &parameter : m_parameters)
        m_states.push_back({torch::zeros_like(parameter, torch::MemoryFormat::Contiguous),
                            torch::zeros_like(parameter, torch::MemoryFormat::Contiguous)});
}

void FusedAdam::zeroGrad()
{
    for (torch::Tensor &parameter : m_parameters) {
        torch::Tensor &grad = parameter.mutable_grad();
        if (grad.defined())
            grad = torch::Tensor();   // torch 2's set_to_none: the next backward writes instead of adding
    }
}

void FusedAdam::step()
{
    torch::NoGradGuard noGrad;
    ++m_steps;
    const double firstCorrection = 1 - std::pow(m_settings.beta1, double(m_steps));
    const double secondCorrectionRoot = std::sqrt(1 - std::pow(m_settings.beta2, double(m_steps)));
    const double stepSize = m_settings.learningRate / firstCorrection;
    std::vector<AdamStep> fused;
    std::vector<int64_t> fusedEnds;   // running element count: parameter i covers [ends[i-1], ends[i])
    for (size_t i = 0; i < m_parameters.size(); ++i) {
        torch::Tensor &parameter = m_parameters[i];
        if (!parameter.grad().defined())
            continue;
        const bool fusable = parameter.is_cpu() && parameter.scalar_type() == torch::kFloat32
            && parameter.is_contiguous() && parameter.grad().is_contiguous();
        if (!fusable) {
            stepWithTensors(parameter, m_states[i], stepSize, secondCorrectionRoot);
            continue;
        }
        fused.push_back(fusedStepOf(parameter, m_states[i].firstMoment, m_states[i].secondMoment, m_settings, stepSize,
                                    secondCorrectionRoot));
        fusedEnds.push_back((fusedEnds.empty() ? 0 : fusedEnds.back()) + parameter.numel());
    }
    if (fused.empty())
        return;
    // All CPU parameters as one range, in one parallel region: a region per parameter cost
    // more in thread wake-ups than the arithmetic at batch 500.
    at::parallel_for(0, fusedEnds.back(), kParallelGrain, [&](int64_t begin, int64_t end) {
        size_t i = size_t(std::upper_bound(fusedEnds.begin(), fusedEnds.end(), begin) - fusedEnds.begin());
        for (; i < fused.size() && begin < end; ++i) {
            const int64_t start = i == 0 ? 0 : fusedEnds[i - 1];
            const int64_t stop = std::min(end, fusedEnds[i]);
            applyAdam(fused[i], begin - start, stop - start);
            begin = stop;
        }
    });
}

void FusedAdam::stepWithTensors(torch::Tensor &parameter, State &state, double stepSize,
                                double secondCorrectionRoot) const
{
    torch::Tensor grad = parameter.grad();
    if (m_settings.weightDecay != 0)
        grad = grad.add(parameter, m_settings.weightDecay);
    state.firstMoment.mul_(m_settings.beta1).add_(grad, 1 - m_settings.beta1);
    state.secondMoment.mul_(m_settings.beta2).addcmul_(grad, grad, 1 - m_settings.beta2);
    const torch::Tensor denominator = (state.secondMoment.sqrt() / secondCorrectionRoot).add_(m_settings.epsilon);
    parameter.addcdiv_(state.firstMoment, denominator, -stepSize);
}

} // namespace synthreg::core

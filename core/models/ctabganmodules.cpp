#include "ctabganmodules.h"

#include <string>

namespace synthreg::core {

namespace {

constexpr double kPenaltyWeight = 10.0;   // CTGAN's lambda_

// Linear → LeakyReLU(0.2) → Dropout(0.5) blocks, then Linear(…, output): CTGAN's critic and
// CTAB-GAN+'s classifier share it.
torch::nn::Sequential leakyDropoutStack(int64_t input, int64_t hidden, int layers, int64_t output)
{
    torch::nn::Sequential stack;
    int64_t width = input;
    for (int layer = 0; layer < layers; ++layer) {
        stack->push_back(torch::nn::Linear(width, hidden));
        stack->push_back(torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)));
        stack->push_back(MaskDropout(/*probability=*/0.5));
        width = hidden;
    }
    stack->push_back(torch::nn::Linear(width, output));
    return stack;
}

} // namespace

MaskDropoutImpl::MaskDropoutImpl(double probability)
    : p(probability)
{
}

torch::Tensor MaskDropoutImpl::forward(const torch::Tensor &input)
{
    if (!is_training() || p == 0)
        return input;
    return input * torch::rand_like(input).ge_(p).div_(1 - p);
}

ResidualImpl::ResidualImpl(int64_t input, int64_t output)
    : fc(register_module("fc", torch::nn::Linear(input, output)))
    , bn(register_module("bn", torch::nn::BatchNorm1d(output)))
{
}

torch::Tensor ResidualImpl::forward(const torch::Tensor &input)
{
    return torch::cat({torch::relu(bn->forward(fc->forward(input))), input}, 1);
}

CtabGanGeneratorImpl::CtabGanGeneratorImpl(int64_t input, int64_t hidden, int layers, int64_t dataWidth)
{
    int64_t width = input;
    for (int layer = 0; layer < layers; ++layer) {
        residuals.push_back(register_module("residual" + std::to_string(layer), Residual(width, hidden)));
        width += hidden;
    }
    output = register_module("output", torch::nn::Linear(width, dataWidth));
}

torch::Tensor CtabGanGeneratorImpl::forward(const torch::Tensor &input)
{
    torch::Tensor hidden = input;
    for (Residual &residual : residuals)
        hidden = residual->forward(hidden);
    return output->forward(hidden);
}

CtabGanDiscriminatorImpl::CtabGanDiscriminatorImpl(int64_t input, int64_t hidden, int layers, int64_t pacSize)
    : pac(pacSize)
    , body(register_module("body", leakyDropoutStack(input * pacSize, hidden, layers, /*output=*/1)))
{
}

torch::Tensor CtabGanDiscriminatorImpl::forward(const torch::Tensor &input)
{
    return body->forward(input.reshape({-1, pac * input.size(1)}));
}

torch::Tensor CtabGanDiscriminatorImpl::gradientPenalty(const torch::Tensor &real, const torch::Tensor &fake)
{
    const int64_t groups = real.size(0) / pac;
    const torch::Tensor alpha =
        torch::rand({groups, 1, 1}, real.options()).expand({groups, pac, real.size(1)}).reshape_as(real);
    const torch::Tensor interpolates = (alpha * real + (1 - alpha) * fake).detach().requires_grad_(true);
    const torch::Tensor scores = forward(interpolates);
    const torch::Tensor gradients = torch::autograd::grad({scores}, {interpolates}, {torch::ones_like(scores)},
                                                          /*retain_graph=*/true, /*create_graph=*/true)[0];
    const torch::Tensor norms = gradients.reshape({-1, pac * real.size(1)}).norm(2, /*dim=*/1);
    return (norms - 1).pow(2).mean() * kPenaltyWeight;
}

CtabGanClassifierImpl::CtabGanClassifierImpl(int64_t input, int64_t hidden, int layers, int64_t output)
    : body(register_module("body", leakyDropoutStack(input, hidden, layers, output)))
{
}

torch::Tensor CtabGanClassifierImpl::forward(const torch::Tensor &input) { return body->forward(input); }

} // namespace synthreg::core

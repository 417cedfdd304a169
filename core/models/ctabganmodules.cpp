#include "ctabganmodules.h"

#include <string>

namespace synthreg::core {

namespace {

constexpr double kPenaltyWeight = 10.0;   // CTGAN's lambda_
constexpr double kLeakySlope = 0.2;       // CTGAN's LeakyReLU(0.2)
constexpr int kModulesPerLayer = 3;       // Linear, LeakyReLU, MaskDropout

// Linear → LeakyReLU(0.2) → Dropout(0.5) blocks, then Linear(…, output): CTGAN's critic and
// CTAB-GAN+'s classifier share it.
torch::nn::Sequential leakyDropoutStack(int64_t input, int64_t hidden, int layers, int64_t output)
{
    torch::nn::Sequential stack;
    int64_t width = input;
    for (int layer = 0; layer < layers; ++layer) {
        stack->push_back(torch::nn::Linear(width, hidden));
        stack->push_back(torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(kLeakySlope)));
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
    return input * mask(input);
}

torch::Tensor MaskDropoutImpl::mask(const torch::Tensor &like)
{
    if (!is_training() || p == 0)
        return torch::ones_like(like);
    return torch::rand_like(like).ge_(p).div_(1 - p);
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
    return penaltyAt((alpha * real + (1 - alpha) * fake).detach());
}

torch::Tensor CtabGanDiscriminatorImpl::penaltyAt(const torch::Tensor &interpolates)
{
    // The critic is piecewise linear (LeakyReLU, and dropout's mask is fixed within a pass), so
    // its input gradient at x is W1ᵀ·D1·W2ᵀ·D2·w3, each Dₗ the diagonal of layer l's slopes
    // times its mask at x. Built as a function of the weights, one plain backward pass gives
    // the penalty's weight gradients. torch's double backward also differentiates the forward
    // pass, which here only yields zeros, at two more matrix products per layer.
    const int64_t layers = int64_t(body->size() - 1) / kModulesPerLayer;
    std::vector<torch::Tensor> diagonals;
    {
        torch::NoGradGuard noGrad;
        torch::Tensor hidden = interpolates.reshape({-1, pac * interpolates.size(1)});
        for (int64_t layer = 0; layer < layers; ++layer) {
            const torch::Tensor before = body->at<torch::nn::LinearImpl>(size_t(layer * kModulesPerLayer)).forward(hidden);
            const torch::Tensor slopes = (before > 0).to(before.scalar_type()).mul_(1 - kLeakySlope).add_(kLeakySlope);
            diagonals.push_back(slopes.mul_(body->at<MaskDropoutImpl>(size_t(layer * kModulesPerLayer + 2)).mask(before)));
            hidden = before * diagonals.back();
        }
    }
    const torch::Tensor &scoreWeight = body->at<torch::nn::LinearImpl>(size_t(layers * kModulesPerLayer)).weight;
    torch::Tensor gradient = scoreWeight.expand({diagonals.front().size(0), scoreWeight.size(1)});
    for (int64_t layer = layers - 1; layer >= 0; --layer)
        gradient = (gradient * diagonals[size_t(layer)]).mm(body->at<torch::nn::LinearImpl>(size_t(layer * kModulesPerLayer)).weight);
    return (gradient.norm(2, /*dim=*/1) - 1).pow(2).mean() * kPenaltyWeight;
}

torch::Tensor CtabGanDiscriminatorImpl::doubleBackwardPenalty(const torch::Tensor &interpolates)
{
    const torch::Tensor input = interpolates.detach().requires_grad_(true);
    const torch::Tensor scores = forward(input);
    const torch::Tensor gradients = torch::autograd::grad({scores}, {input}, {torch::ones_like(scores)},
                                                          /*retain_graph=*/true, /*create_graph=*/true)[0];
    const torch::Tensor norms = gradients.reshape({-1, pac * input.size(1)}).norm(2, /*dim=*/1);
    return (norms - 1).pow(2).mean() * kPenaltyWeight;
}

CtabGanClassifierImpl::CtabGanClassifierImpl(int64_t input, int64_t hidden, int layers, int64_t output)
    : body(register_module("body", leakyDropoutStack(input, hidden, layers, output)))
{
}

torch::Tensor CtabGanClassifierImpl::forward(const torch::Tensor &input) { return body->forward(input); }

} // namespace synthreg::core

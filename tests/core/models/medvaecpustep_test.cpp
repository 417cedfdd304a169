// Med-VAE's hand-written CPU training step against autograd over the same network: the
// loss, every parameter's gradient and the batch-norm running statistics must agree, or the
// CPU would train a different model than the GPU. White-box (includes torch).
#include "core/models/medvaecpustep.h"

#include <gtest/gtest.h>

#include <map>
#include <utility>
#include <vector>
#include <string>

using namespace synthreg::core;

namespace {

/** Scalar + its Mode span, a 3-level Category, a Scalar without modes, a 2-level Category. */
Layout mixedLayout()
{
    Layout layout;
    layout.spans = {{SpanKind::Scalar, 0, 1, 0}, {SpanKind::Mode, 1, 4, 0},     {SpanKind::Category, 5, 3, 1},
                    {SpanKind::Scalar, 8, 1, 2}, {SpanKind::Category, 9, 2, 3}};
    return layout;
}

/** Rows as the encoder writes them: alpha in (−1, 1), one-hot discrete spans (soft when `soft`). */
torch::Tensor encodedRows(const Layout &layout, int64_t rows, bool soft, double scalarRange)
{
    torch::Tensor values = torch::zeros({rows, int64_t(layout.width())});
    for (const Span &span : layout.spans) {
        if (span.kind == SpanKind::Scalar) {
            values.narrow(1, span.offset, 1).uniform_(-scalarRange, scalarRange);
            continue;
        }
        torch::Tensor block = values.narrow(1, span.offset, span.width);
        if (soft)
            block.copy_(torch::softmax(torch::randn({rows, int64_t(span.width)}), 1));
        else
            block.scatter_(1, torch::randint(span.width, {rows, 1}), 1.0);
    }
    return values;
}

struct StepResult
{
    double reconstruction = 0;
    double kl = 0;
    std::map<std::string, torch::Tensor> gradients;
    std::map<std::string, torch::Tensor> buffers;
};

StepResult collect(MedVaeNet &net, double reconstruction, double kl)
{
    StepResult result{reconstruction, kl, {}, {}};
    for (const auto &parameter : net->named_parameters())
        result.gradients[parameter.key()] = parameter.value().grad().clone();
    for (const auto &buffer : net->named_buffers())
        result.buffers[buffer.key()] = buffer.value().clone();
    return result;
}

/** A freshly initialised net (seed 11) after one step on `rows`, by autograd or by MedVaeCpuStep. */
StepResult oneStep(const Layout &layout, const torch::Tensor &rows, const VaeLossWeights &weights, double klScale,
                   bool handWritten)
{
    torch::manual_seed(11);
    MedVaeNet net(layout, 32, 6);
    torch::manual_seed(12);   // the latent noise: both paths draw it from here
    if (handWritten) {
        MedVaeCpuStep step(*net, layout, weights);
        const VaeStepLosses losses = step(rows, klScale);
        return collect(net, losses.reconstruction, losses.kl);
    }
    const VaeLoss loss = vaeLoss(net(rows), rows, *net->decoder, SpanCrossEntropy(layout, torch::kCPU), weights);
    (loss.reconstruction + klScale * loss.kl).backward();
    return collect(net, loss.reconstruction.item<double>(), loss.kl.item<double>());
}

/** "encoder.body.0.linear.bias": every DenseBlock's Linear feeds a BatchNorm1d. */
bool isBiasBeforeBatchNorm(const std::string &name)
{
    const std::string suffix = "linear.bias";
    return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string layerWeightOf(const std::string &biasName)
{
    return biasName.substr(0, biasName.size() - std::string("bias").size()) + "weight";
}

void expectSameStep(const StepResult &handWritten, const StepResult &autograd)
{
    EXPECT_NEAR(handWritten.reconstruction, autograd.reconstruction, 1e-4 * std::abs(autograd.reconstruction));
    EXPECT_NEAR(handWritten.kl, autograd.kl, 1e-4 * std::abs(autograd.kl) + 1e-6);
    ASSERT_EQ(handWritten.gradients.size(), autograd.gradients.size());
    for (const auto &[name, expected] : autograd.gradients) {
        const torch::Tensor &actual = handWritten.gradients.at(name);
        ASSERT_EQ(actual.sizes(), expected.sizes()) << name;
        if (expected.numel() == 0)
            continue;
        if (isBiasBeforeBatchNorm(name)) {
            // Batch norm subtracts the batch mean, so this gradient is exactly 0 in exact
            // arithmetic: both sides must be rounding noise next to the layer's weights' gradient.
            const double weightScale = autograd.gradients.at(layerWeightOf(name)).abs().max().item<double>();
            EXPECT_LE(actual.abs().max().item<double>(), 1e-4 * weightScale) << name;
            EXPECT_LE(expected.abs().max().item<double>(), 1e-4 * weightScale) << name;
            continue;
        }
        const double scale = expected.abs().max().item<double>();
        EXPECT_LE((actual - expected).abs().max().item<double>(), 2e-4 * scale) << name << " (largest " << scale << ")";
    }
    for (const auto &[name, expected] : autograd.buffers)
        EXPECT_TRUE(torch::allclose(handWritten.buffers.at(name), expected, 1e-5, 1e-6)) << name;
}

/** One step from the same initial net by both paths, compared. */
void expectStepMatchesAutograd(const Layout &layout, const torch::Tensor &rows, const VaeLossWeights &weights,
                               double klScale)
{
    expectSameStep(oneStep(layout, rows, weights, klScale, true), oneStep(layout, rows, weights, klScale, false));
}

} // namespace

TEST(MedVaeCpuStep, GradientsLossesAndBatchStatisticsMatchAutograd)
{
    const Layout layout = mixedLayout();
    torch::manual_seed(3);
    // 150 rows: the loss runs in blocks of 64 rows, the batch norms in ranges of 16 features.
    const torch::Tensor rows = encodedRows(layout, 150, false, 0.99);
    expectStepMatchesAutograd(layout, rows, {1.0, 1.0, true}, 0.3);
}

TEST(MedVaeCpuStep, MatchesAutogradWithUnboundedScalarsSoftTargetsAndWeights)
{
    const Layout layout = mixedLayout();
    torch::manual_seed(4);
    const torch::Tensor rows = encodedRows(layout, 17, true, 3.0);
    expectStepMatchesAutograd(layout, rows, {2.5, 0.4, false}, 1.7);
}

TEST(MedVaeCpuStep, MatchesAutogradOnlyCategoriesAndOnlyScalars)
{
    Layout categories;
    categories.spans = {{SpanKind::Category, 0, 3, 0}, {SpanKind::Category, 3, 5, 1}};
    Layout scalars;
    scalars.spans = {{SpanKind::Scalar, 0, 1, 0}, {SpanKind::Scalar, 1, 1, 1}};
    for (const Layout &layout : {categories, scalars}) {
        torch::manual_seed(5);
        const torch::Tensor rows = encodedRows(layout, 25, false, 0.9);
        expectStepMatchesAutograd(layout, rows, {1.0, 1.0, true}, 1.0);
    }
}

TEST(MedVaeCpuStep, ASmallerLastBatchAfterAFullOneStillMatches)
{
    // Training reuses the buffers of the first (largest) batch for the epoch's shorter last one.
    const Layout layout = mixedLayout();
    torch::manual_seed(6);
    const torch::Tensor full = encodedRows(layout, 30, false, 0.99);
    const torch::Tensor last = encodedRows(layout, 7, false, 0.99);
    const VaeLossWeights weights{1.0, 1.0, true};

    torch::manual_seed(11);
    MedVaeNet net(layout, 32, 6);
    MedVaeCpuStep step(*net, layout, weights);
    step(full, 0.5);
    const StepResult afterFull = collect(net, 0, 0);
    torch::manual_seed(12);
    const VaeStepLosses losses = step(last, 0.5);
    const StepResult handWritten = collect(net, losses.reconstruction, losses.kl);

    for (auto &parameter : net->named_parameters())
        parameter.value().mutable_grad() = torch::Tensor();
    torch::manual_seed(12);
    // Rewind the running statistics to where the hand-written second step started.
    {
        torch::NoGradGuard noGrad;
        for (auto &buffer : net->named_buffers())
            buffer.value().copy_(afterFull.buffers.at(buffer.key()));
    }
    const VaeLoss loss = vaeLoss(net(last), last, *net->decoder, SpanCrossEntropy(layout, torch::kCPU), weights);
    (loss.reconstruction + 0.5 * loss.kl).backward();
    expectSameStep(handWritten, collect(net, loss.reconstruction.item<double>(), loss.kl.item<double>()));
}

TEST(MedVaeCpuStep, RowsThatAreNotQuiteOneHotStillMatch)
{
    // One-hot batches take a lookup instead of the embedding's product; a batch with one row
    // that is not one-hot (an empty span, halves, a one beside a half, two ones) must take the product and agree too.
    const Layout layout = mixedLayout();
    for (const auto &[column, values] : std::vector<std::pair<int64_t, std::vector<float>>>{
             {5, {0, 0, 0}}, {5, {0.5f, 0.5f, 0}}, {5, {1, 0.5f, 0}}, {9, {1, 1}}}) {
        torch::manual_seed(7);
        torch::Tensor rows = encodedRows(layout, 40, false, 0.99);
        rows[13].narrow(0, column, int64_t(values.size())).copy_(torch::tensor(values));
        expectStepMatchesAutograd(layout, rows, {1.0, 1.0, true}, 0.8);
    }
}

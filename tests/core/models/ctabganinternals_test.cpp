// White-box checks of CTAB-GAN+'s parts: the critic's gradient penalty, built from the
// layers' slopes, must equal WGAN-GP's textbook double-backward form (value and weight
// gradients); the conditional vector covers continuous columns' modes and still reads the
// category-only counts of models saved before.
#include "core/models/conditionalvector.h"
#include "core/models/ctabganmodules.h"
#include "core/models/generator.h"
#include "modelfixtures.h"

#include <gtest/gtest.h>

using namespace synthreg::core;

namespace {

std::vector<torch::Tensor> penaltyGradients(CtabGanDiscriminator &critic, const torch::Tensor &interpolates,
                                            bool doubleBackward, double *value)
{
    torch::manual_seed(11);   // the same dropout masks for both forms
    for (torch::Tensor &weight : critic->parameters())
        weight.mutable_grad() = torch::Tensor();
    const torch::Tensor penalty =
        doubleBackward ? critic->doubleBackwardPenalty(interpolates) : critic->penaltyAt(interpolates);
    penalty.backward();
    *value = penalty.item<double>();
    std::vector<torch::Tensor> gradients;
    // The input gradient does not depend on the biases (only through the slopes, which are
    // piecewise constant): they get no gradient, or zeros.
    for (const torch::Tensor &weight : critic->parameters())
        gradients.push_back(weight.grad().defined() ? weight.grad().clone() : torch::zeros_like(weight));
    return gradients;
}

void expectSamePenalty(bool training)
{
    torch::manual_seed(3);
    CtabGanDiscriminator critic(/*input=*/12, /*hidden=*/16, /*layers=*/2, /*pacSize=*/5);
    critic->train(training);
    const torch::Tensor interpolates = torch::randn({40, 12});
    double slopesValue = 0;
    double referenceValue = 0;
    const auto slopes = penaltyGradients(critic, interpolates, /*doubleBackward=*/false, &slopesValue);
    const auto reference = penaltyGradients(critic, interpolates, /*doubleBackward=*/true, &referenceValue);
    EXPECT_GT(referenceValue, 0.01) << "a penalty of zero would compare nothing";
    EXPECT_NEAR(slopesValue, referenceValue, 1e-5 * referenceValue);
    ASSERT_EQ(slopes.size(), reference.size());
    for (size_t i = 0; i < slopes.size(); ++i) {
        if (reference[i].dim() == 2)
            EXPECT_GT(reference[i].abs().max().item<double>(), 0) << "weight " << i;
        EXPECT_TRUE(torch::allclose(slopes[i], reference[i], /*rtol=*/1e-4, /*atol=*/1e-6))
            << "weight " << i << ": largest difference " << (slopes[i] - reference[i]).abs().max().item<double>();
    }
}

} // namespace

TEST(CtabGanCritic, PenaltyMatchesTheDoubleBackwardForm)
{
    expectSamePenalty(/*training=*/false);
}

TEST(CtabGanCritic, PenaltyMatchesTheDoubleBackwardFormWithDropout)
{
    expectSamePenalty(/*training=*/true);
}

TEST(CtabGanConditions, CoverModesAndCategoriesAndReadOlderModels)
{
    // structuredFixture: span 1 a Mode span of width 2, spans 2 and 3 Category spans of 3 and 2.
    const EncodedMatrix data = synthreg::test::structuredFixture(500, 4);
    const ConditionalVector conditions(data);
    ASSERT_EQ(conditions.spanCount(), 3);
    EXPECT_EQ(conditions.span(0).kind, SpanKind::Mode);
    EXPECT_EQ(conditions.width(), 2 + 3 + 2);
    const double rowsOfModeSpan = conditions.levelCounts()[0] + conditions.levelCounts()[1];
    EXPECT_EQ(rowsOfModeSpan, 500);

    const ConditionalVector saved(data.layout, conditions.levelCounts());
    EXPECT_EQ(saved.width(), conditions.width());
    const std::vector<double> categoriesOnly(conditions.levelCounts().begin() + 2, conditions.levelCounts().end());
    const ConditionalVector older(data.layout, categoriesOnly);
    EXPECT_EQ(older.spanCount(), 2);
    EXPECT_EQ(older.span(0).kind, SpanKind::Category);
    EXPECT_THROW(ConditionalVector(data.layout, std::vector<double>(4, 1.0)), GeneratorError);
}

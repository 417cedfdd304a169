#include "core/models/generator.h"
#include "core/models/hyperparameters.h"
#include "modelfixtures.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <limits>

using namespace synthreg::core;
using synthreg::test::conditionalShare;
using synthreg::test::shareOf;
using synthreg::test::structuredFixture;

namespace {

const std::vector<HyperparameterSpec> &ctabGanSpecs()
{
    const GeneratorInfo *info = findGenerator("ctabgan");
    EXPECT_NE(info, nullptr);
    return info->hyperparameters;
}

// Small networks keep each test within seconds; the defaults are checked separately.
Hyperparameters smallSettings(int epochs, std::map<std::string, std::string> extra = {})
{
    extra.insert({{"epochs", std::to_string(epochs)},
                  {"batch_size", "200"},
                  {"embedding_dim", "32"},
                  {"generator_dim", "64"},
                  {"discriminator_dim", "64"}});
    std::string error;
    const auto values = resolveHyperparameters(ctabGanSpecs(), extra, &error);
    EXPECT_TRUE(values) << error;
    return values.value_or(Hyperparameters{});
}

TrainingContext singleThread(uint64_t seed)
{
    TrainingContext context;
    context.seed = seed;
    context.threads = 1;
    return context;
}

std::unique_ptr<Generator> trained(const EncodedMatrix &data, const Hyperparameters &values,
                                   const TrainingContext &context)
{
    auto model = createGenerator("ctabgan", values);
    EXPECT_TRUE(model->fit(data, context));
    EXPECT_TRUE(model->isFitted());
    return model;
}

std::unique_ptr<Generator> trained(const EncodedMatrix &data, int epochs, uint64_t seed)
{
    return trained(data, smallSettings(epochs), singleThread(seed));
}

double lossNamed(const EpochReport &report, const std::string &name)
{
    for (const auto &[key, value] : report.losses)
        if (key == name)
            return value;
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

TEST(CtabGan, IsRegisteredWithDefaultsAStewardCanUse)
{
    const GeneratorInfo *info = findGenerator("ctabgan");
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->displayName, "CTAB-GAN+");
    EXPECT_FALSE(info->summary.empty());
    const Hyperparameters defaults = defaultHyperparameters(info->hyperparameters);
    EXPECT_EQ(defaults.at("epochs"), 300);
    EXPECT_EQ(defaults.at("batch_size"), 500);
    EXPECT_EQ(defaults.at("pac"), 10);
    for (const HyperparameterSpec &spec : info->hyperparameters)
        EXPECT_FALSE(spec.help.empty()) << spec.name;
    const auto model = createGenerator("ctabgan", defaults);
    EXPECT_EQ(model->family(), "ctabgan");
    EXPECT_FALSE(model->isFitted());
    EXPECT_THROW(model->sample(10, {}, 1), GeneratorError);
}

TEST(CtabGan, BadSettingsAreRefusedWithTheAllowedRange)
{
    std::string error;
    EXPECT_FALSE(resolveHyperparameters(ctabGanSpecs(), {{"pac", "0"}}, &error));
    EXPECT_NE(error.find("pac must be an integer from 1 to"), std::string::npos) << error;
    EXPECT_FALSE(resolveHyperparameters(ctabGanSpecs(), {{"learning_rate", "abc"}}, &error));
    EXPECT_NE(error.find("learning_rate"), std::string::npos) << error;
}

TEST(CtabGan, LearnsLevelSharesAndTheirDependency)
{
    const EncodedMatrix data = structuredFixture(2000, 1);
    // A higher learning rate than the default lets the small test network converge in 450 steps.
    const auto model = trained(data, smallSettings(45, {{"learning_rate", "0.001"}}), singleThread(8));
    const EncodedMatrix synthetic = model->sample(4000, {}, 11);
    ASSERT_EQ(synthetic.rows, 4000);
    EXPECT_NEAR(shareOf(synthetic, 2, 0), 0.6, 0.06);
    EXPECT_NEAR(shareOf(synthetic, 2, 1), 0.3, 0.06);
    EXPECT_NEAR(shareOf(synthetic, 2, 2), 0.1, 0.04);
    // The flag follows level 2 of span 2 (0.9 in the data) far more than the other levels (0.1).
    EXPECT_GT(conditionalShare(synthetic, 2, 2, 3, 1), 0.5);
    EXPECT_LT(conditionalShare(synthetic, 2, 0, 3, 1), 0.3);
    // Conditioned on that level, the rows keep the dependency.
    EXPECT_GT(shareOf(model->sample(1000, {{2, 2}}, 12), 3, 1), 0.5);
}

TEST(CtabGan, TrainingStepsMoveTheGeneratorTowardsTheData)
{
    const EncodedMatrix data = structuredFixture(2000, 2);
    const auto once = trained(data, 1, 3);
    const auto longer = trained(data, 20, 3);
    EXPECT_NE(once->save(), longer->save());
    const auto error = [](const EncodedMatrix &synthetic) {
        return std::abs(shareOf(synthetic, 2, 0) - 0.6) + std::abs(shareOf(synthetic, 3, 1) - 0.18)
            + std::abs(conditionalShare(synthetic, 2, 2, 3, 1) - 0.9);
    };
    EXPECT_LT(error(longer->sample(2000, {}, 5)), error(once->sample(2000, {}, 5)));
}

TEST(CtabGan, SameSeedGivesIdenticalModelsAndRows)
{
    const EncodedMatrix data = structuredFixture(600, 3);
    const auto first = trained(data, 3, 42);
    const auto second = trained(data, 3, 42);
    EXPECT_EQ(first->save(), second->save());
    EXPECT_EQ(first->sample(500, {}, 9).values, second->sample(500, {}, 9).values);
    EXPECT_EQ(first->sample(500, {}, 9).values, first->sample(500, {}, 9).values);
    EXPECT_NE(first->sample(500, {}, 9).values, first->sample(500, {}, 10).values);
    EXPECT_NE(first->save(), trained(data, 3, 43)->save());
}

TEST(CtabGan, ALoadedModelSamplesLikeTheSavedOne)
{
    const EncodedMatrix data = structuredFixture(600, 4);
    const auto model = trained(data, 3, 5);
    const auto loaded = loadGenerator(model->save());
    ASSERT_TRUE(loaded->isFitted());
    EXPECT_EQ(loaded->family(), "ctabgan");
    EXPECT_EQ(loaded->hyperparameters(), model->hyperparameters());
    EXPECT_EQ(loaded->sample(300, {}, 8).values, model->sample(300, {}, 8).values);
    EXPECT_EQ(loaded->sample(300, {{2, 2}}, 8).values, model->sample(300, {{2, 2}}, 8).values);
    EXPECT_EQ(loaded->save(), model->save());
}

TEST(CtabGan, EveryRowMeetsTheConditions)
{
    const EncodedMatrix data = structuredFixture(1000, 5);
    const auto model = trained(data, 5, 6);
    const Conditions conditions = {{2, 2}};
    const EncodedMatrix synthetic = model->sample(700, conditions, 3);
    ASSERT_EQ(synthetic.rows, 700);
    for (int64_t r = 0; r < synthetic.rows; ++r)
        ASSERT_TRUE(meetsConditions(synthetic.row(r), synthetic.layout, conditions)) << "row " << r;
    EXPECT_EQ(model->sample(0, conditions, 3).rows, 0);
    EXPECT_EQ(model->sample(0, {}, 3).layout.spans.size(), data.layout.spans.size());
}

TEST(CtabGan, AnUnmeetableConditionIsRefused)
{
    const EncodedMatrix data = structuredFixture(600, 6);
    const auto model = trained(data, 1, 6);
    EXPECT_THROW(model->sample(10, {{2, 3}}, 1), GeneratorError);   // span 2 has levels 0..2
    EXPECT_THROW(model->sample(10, {{0, 0}}, 1), GeneratorError);   // span 0 is a Scalar
}

TEST(CtabGan, CancellingLeavesTheModelUnfitted)
{
    const EncodedMatrix data = structuredFixture(2000, 7);
    std::atomic<bool> cancel{true};
    TrainingContext context = singleThread(1);
    context.cancel = &cancel;
    auto model = createGenerator("ctabgan", smallSettings(1000));
    EXPECT_FALSE(model->fit(data, context));
    EXPECT_FALSE(model->isFitted());

    cancel = false;
    int epochs = 0;
    context.onEpoch = [&](const EpochReport &) {
        cancel = ++epochs == 2;
        return true;
    };
    EXPECT_FALSE(model->fit(data, context));
    EXPECT_FALSE(model->isFitted());
    EXPECT_EQ(epochs, 2);   // 1000 epochs asked for: the cancel raised in epoch 2 ended it there
}

TEST(CtabGan, StoppingFromOnEpochKeepsTheModel)
{
    const EncodedMatrix data = structuredFixture(1000, 8);
    TrainingContext context = singleThread(2);
    std::vector<EpochReport> reports;
    context.onEpoch = [&](const EpochReport &report) {
        reports.push_back(report);
        return report.epoch < 3;
    };
    const auto model = trained(data, smallSettings(1000), context);
    ASSERT_EQ(reports.size(), 3u);
    EXPECT_EQ(reports.back().epochs, 1000);
    EXPECT_GT(reports.back().rowsPerSecond, 0);
    EXPECT_GT(reports.back().etaSeconds, 0);
    EXPECT_TRUE(std::isfinite(lossNamed(reports.back(), "generator")));
    EXPECT_TRUE(std::isfinite(lossNamed(reports.back(), "discriminator")));
    EXPECT_TRUE(std::isnan(lossNamed(reports.back(), "auxiliary")));   // no target column
    EXPECT_EQ(model->sample(50, {}, 1).rows, 50);
}

TEST(CtabGan, ATargetColumnTrainsTheAuxiliaryClassifier)
{
    const EncodedMatrix data = structuredFixture(1000, 9);
    for (const int target : {2, 0}) {   // column 2 is Category span 3; column 0 is continuous (spans 0 and 1)
        TrainingContext context = singleThread(3);
        context.targetColumn = target;
        std::vector<double> auxiliary;
        context.onEpoch = [&](const EpochReport &report) {
            auxiliary.push_back(lossNamed(report, "auxiliary"));
            return true;
        };
        const auto model = trained(data, smallSettings(3), context);
        ASSERT_EQ(auxiliary.size(), 3u);
        EXPECT_TRUE(std::isfinite(auxiliary.back())) << "target column " << target;
        EXPECT_GE(auxiliary.back(), 0);
        EXPECT_EQ(loadGenerator(model->save())->sample(20, {}, 1).values, model->sample(20, {}, 1).values);
    }
    TrainingContext context = singleThread(3);
    context.targetColumn = 7;
    EXPECT_THROW(createGenerator("ctabgan", smallSettings(1))->fit(data, context), GeneratorError);
}

TEST(CtabGan, BadDataEndsWithAClearMessage)
{
    auto model = createGenerator("ctabgan", smallSettings(2));
    EncodedMatrix data = structuredFixture(300, 10);
    data.values[5 * size_t(data.width()) + 0] = std::numeric_limits<float>::quiet_NaN();
    try {
        model->fit(data, singleThread(1));
        FAIL() << "a NaN in the data was accepted";
    } catch (const GeneratorError &error) {
        EXPECT_NE(std::string(error.what()).find("NaN"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("row 6"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(model->isFitted());

    EncodedMatrix empty = structuredFixture(0, 10);
    EXPECT_THROW(model->fit(empty, singleThread(1)), GeneratorError);
    EncodedMatrix noColumns;
    noColumns.rows = 3;
    EXPECT_THROW(model->fit(noColumns, singleThread(1)), GeneratorError);
}

TEST(CtabGan, OneRowTrainsByRepeatingIt)
{
    const EncodedMatrix data = structuredFixture(1, 11);
    const auto model = trained(data, 3, 4);
    const EncodedMatrix synthetic = model->sample(100, {}, 2);
    ASSERT_EQ(synthetic.rows, 100);
    // The conditional vector only ever holds the one row's levels.
    const int level = argmaxInSpan(data.row(0), data.layout.spans[2]);
    EXPECT_EQ(model->sample(20, {{2, level}}, 2).rows, 20);
}

TEST(CtabGan, WorksWithoutCategorySpans)
{
    EncodedMatrix data = structuredFixture(400, 12);
    // Keep the Scalar and Mode spans only: no conditional vector.
    EncodedMatrix continuous;
    continuous.layout.spans = {data.layout.spans[0], data.layout.spans[1]};
    continuous.rows = data.rows;
    for (int64_t r = 0; r < data.rows; ++r)
        continuous.values.insert(continuous.values.end(), data.row(r), data.row(r) + 3);
    const auto model = trained(continuous, 2, 5);
    const EncodedMatrix synthetic = model->sample(100, {}, 1);
    EXPECT_EQ(synthetic.rows, 100);
    EXPECT_EQ(synthetic.width(), 3);
    EXPECT_THROW(model->sample(10, {{1, 0}}, 1), GeneratorError);   // a Mode span is no condition
}

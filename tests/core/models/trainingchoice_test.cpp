// What a neural generator ends training with: the moving average of its weights (with
// batch-norm statistics estimated for them) and the best-scoring epoch of its quality checks.
// White-box: drives the pieces with modules and scores whose right answer is known.
#include "core/models/qualitycheck.h"
#include "core/models/weightaverage.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

namespace {

/** A module with one weight whose value stands for "the epoch it was trained to". */
torch::nn::Linear oneWeight()
{
    torch::nn::Linear module(torch::nn::LinearOptions(1, 1).bias(false));
    torch::NoGradGuard noGrad;
    module->weight.fill_(0);
    return module;
}

void setWeight(torch::nn::Linear &module, double value)
{
    torch::NoGradGuard noGrad;
    module->weight.fill_(value);
}

double weightOf(const torch::nn::Linear &module)
{
    return module->weight.item<double>();
}

/** Trains `epochs` epochs where epoch e sets the weight to e; the check scores -|weight - peak|. */
struct ScriptedTraining
{
    int epochs = 10;
    double peak = 5;
    QualityCheckSettings settings;
    bool withScore = true;

    std::vector<EpochReport> reports;
    int stoppedAfter = 0;
    double finalWeight = 0;
    bool restored = false;

    void run()
    {
        torch::nn::Linear module = oneWeight();
        TrainingContext context;
        context.seed = 4;
        if (withScore)
            context.scoreSample = [&](const EncodedMatrix &sample) { return -std::abs(sample.values[0] - peak); };
        BestEpoch best(settings, epochs, context, {module.ptr().get()});
        const BestEpoch::Draw draw = [&](int64_t, uint64_t) {
            return EncodedMatrix{Layout{}, 1, {float(weightOf(module))}};
        };
        for (int epoch = 1; epoch <= epochs; ++epoch) {
            setWeight(module, epoch);
            EpochReport report;
            report.epoch = epoch;
            report.epochs = epochs;
            const bool goOn = best.afterEpoch(report, draw);
            reports.push_back(report);
            stoppedAfter = epoch;
            if (!goOn)
                break;
        }
        restored = best.finish();
        finalWeight = weightOf(module);
    }
};

} // namespace

TEST(BestEpoch, ChecksEvenlySpacedEpochsAndEndsWithTheBestOnesWeights)
{
    ScriptedTraining training;
    training.settings.checks = 4;
    training.run();
    std::vector<int> checked;
    for (const EpochReport &report : training.reports)
        if (std::isfinite(report.quality))
            checked.push_back(report.epoch);
    EXPECT_EQ(checked, (std::vector<int>{3, 5, 8, 10})) << "4 checks over 10 epochs, the last one included";
    EXPECT_TRUE(training.restored);
    EXPECT_EQ(training.finalWeight, 5) << "the weights of epoch 5, the best check, not the last epoch's 10";
    EXPECT_EQ(training.reports[3].bestEpoch, 3);
    EXPECT_EQ(training.reports.back().bestEpoch, 5);
    EXPECT_EQ(training.stoppedAfter, 10) << "no patience: every epoch trains";
}

TEST(BestEpoch, PatienceStopsAfterChecksWithoutImprovement)
{
    ScriptedTraining training;
    training.epochs = 20;
    training.peak = 4;
    training.settings.checks = 20;
    training.settings.patience = 3;
    training.run();
    EXPECT_EQ(training.stoppedAfter, 7) << "epochs 5, 6 and 7 score worse than epoch 4";
    EXPECT_EQ(training.finalWeight, 4);
}

TEST(BestEpoch, WithoutAScoreOrChecksTrainingKeepsTheLastEpoch)
{
    ScriptedTraining unscored;
    unscored.withScore = false;
    unscored.run();
    EXPECT_FALSE(unscored.restored);
    EXPECT_EQ(unscored.finalWeight, 10);
    EXPECT_EQ(unscored.reports.back().bestEpoch, 0);

    ScriptedTraining unchecked;
    unchecked.settings.checks = 0;
    unchecked.run();
    EXPECT_FALSE(unchecked.restored);
    EXPECT_EQ(unchecked.finalWeight, 10);
}

TEST(QualityCheckSettings, AModelSavedBeforeTheSettingsExistedGetsTheDefaults)
{
    const QualityCheckSettings settings = QualityCheckSettings::from({{"epochs", 300}});
    EXPECT_EQ(settings.checks, QualityCheckSettings().checks);
    EXPECT_EQ(settings.patience, 0);
    EXPECT_EQ(QualityCheckSettings::from({{"quality_checks", 3}, {"patience", 2}}).checks, 3);
}

TEST(WeightAverage, FollowsTheWarmedUpExponentialAverage)
{
    torch::nn::Linear trained = oneWeight();
    torch::nn::Linear averaged = oneWeight();
    setWeight(averaged, 99);   // overwritten: the average starts as a copy of the trained weights
    WeightAverage average(*trained, *averaged, /*decay=*/0.9);
    EXPECT_EQ(weightOf(averaged), 0);
    double expected = 0;
    for (int step = 1; step <= 200; ++step) {
        setWeight(trained, step % 7);   // a weight that keeps circling
        average.update();
        const double past = std::min(0.9, double(1 + step) / double(10 + step));
        expected = past * expected + (1 - past) * double(step % 7);
        ASSERT_NEAR(weightOf(averaged), expected, 1e-4) << "step " << step;
    }
    EXPECT_NEAR(weightOf(averaged), 3, 1.0) << "near the centre of the orbit 0…6";
}

TEST(WeightAverage, BatchNormStatisticsAreEstimatedForTheCurrentWeights)
{
    torch::manual_seed(2);
    torch::nn::BatchNorm1d norm(torch::nn::BatchNorm1dOptions(1).momentum(0.1));
    std::vector<torch::Tensor> batches;
    for (int b = 0; b < 5; ++b)
        batches.push_back(torch::randn({64, 1}) * 2 + 3);
    size_t next = 0;
    recalibrateBatchNorm(*norm, [&] { norm->forward(batches[next++]); }, 5);

    double meanOfMeans = 0;
    double meanOfVariances = 0;
    for (const torch::Tensor &batch : batches) {
        meanOfMeans += batch.mean().item<double>() / 5;
        meanOfVariances += batch.var(/*unbiased=*/true).item<double>() / 5;
    }
    EXPECT_NEAR(norm->running_mean.item<double>(), meanOfMeans, 1e-5) << "every batch weighs the same";
    EXPECT_NEAR(norm->running_var.item<double>(), meanOfVariances, 1e-4);
    EXPECT_FALSE(norm->is_training());
    EXPECT_EQ(norm->options.momentum(), c10::optional<double>(0.1)) << "training's momentum is left as it was";
}

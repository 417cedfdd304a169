#include "core/models/generator.h"
#include "core/models/medvae.h"
#include "modelfixtures.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>

using namespace synthreg::core;
using synthreg::test::conditionalShare;
using synthreg::test::shareOf;
using synthreg::test::structuredFixture;

namespace {

// Small enough that each training run takes well under a second on one thread.
Hyperparameters quickSettings(int epochs)
{
    Hyperparameters values = defaultHyperparameters(findGenerator("medvae")->hyperparameters);
    values["epochs"] = epochs;
    values["batch_size"] = 100;
    values["hidden_dim"] = 64;
    values["latent_dim"] = 8;
    values["learning_rate"] = 3e-3;
    return values;
}

TrainingContext quietContext(uint64_t seed = 1)
{
    TrainingContext context;
    context.seed = seed;
    context.threads = 1;
    return context;
}

std::unique_ptr<Generator> trained(const EncodedMatrix &data, int epochs, const TrainingContext &context = quietContext())
{
    auto model = createGenerator("medvae", quickSettings(epochs));
    EXPECT_TRUE(model->fit(data, context));
    return model;
}

std::string errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const GeneratorError &error) {
        return error.what();
    }
    return "(no GeneratorError)";
}

/** One model trained on the structured fixture, shared by the tests that only sample from it. */
class MedVaeTrained : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_data = new EncodedMatrix(structuredFixture(2000, 11));
        s_model = trained(*s_data, 30).release();
    }
    static void TearDownTestSuite()
    {
        delete s_model;
        delete s_data;
    }

    static inline EncodedMatrix *s_data = nullptr;
    static inline Generator *s_model = nullptr;
};

} // namespace

TEST(MedVae, IsRegisteredWithItsSettings)
{
    const GeneratorInfo *info = findGenerator("medvae");
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->displayName, "Med-VAE");
    const Hyperparameters defaults = defaultHyperparameters(info->hyperparameters);
    EXPECT_EQ(defaults.at("epochs"), 300);
    EXPECT_EQ(defaults.at("batch_size"), 500);
    for (const HyperparameterSpec &spec : info->hyperparameters)
        EXPECT_FALSE(spec.help.empty()) << spec.name;
    std::string error;
    EXPECT_TRUE(validateHyperparameters(info->hyperparameters, defaults, &error)) << error;
}

TEST_F(MedVaeTrained, LearnsSharesAndTheDependency)
{
    const EncodedMatrix synthetic = s_model->sample(4000, {}, 3);
    ASSERT_EQ(synthetic.rows, 4000);
    EXPECT_NEAR(shareOf(synthetic, 2, 0), 0.6, 0.05);
    EXPECT_NEAR(shareOf(synthetic, 2, 1), 0.3, 0.05);
    EXPECT_NEAR(shareOf(synthetic, 2, 2), 0.1, 0.04);
    // Real: 0.9 and 0.1; without the dependency both would be 0.18.
    EXPECT_GT(conditionalShare(synthetic, 2, 2, 3, 1), 0.5);
    EXPECT_LT(conditionalShare(synthetic, 2, 0, 3, 1), 0.2);
    // The mode follows the category it depends on (real: 1.0; independent: 0.6).
    EXPECT_GT(conditionalShare(synthetic, 2, 0, 1, 0), 0.8);
}

TEST_F(MedVaeTrained, ConditionedRowsMeetTheConditionAndKeepTheDependency)
{
    const EncodedMatrix rare = s_model->sample(1000, {{2, 2}}, 5);
    ASSERT_EQ(rare.rows, 1000);
    EXPECT_EQ(shareOf(rare, 2, 2), 1.0);
    // Real: 0.9. Taking each level's argmax instead of sampling it would give ~1.0 here and ~0 below.
    EXPECT_GT(shareOf(rare, 3, 1), 0.75);
    EXPECT_LT(shareOf(rare, 3, 1), 0.97);
    const EncodedMatrix common = s_model->sample(1000, {{2, 0}}, 5);
    EXPECT_EQ(shareOf(common, 2, 0), 1.0);
    EXPECT_GT(shareOf(common, 3, 1), 0.04);
    EXPECT_LT(shareOf(common, 3, 1), 0.2);
    const EncodedMatrix both = s_model->sample(200, {{2, 2}, {3, 0}}, 5);
    EXPECT_EQ(shareOf(both, 2, 2), 1.0);
    EXPECT_EQ(shareOf(both, 3, 0), 1.0);
}

TEST_F(MedVaeTrained, SameSeedGivesTheSameRows)
{
    const EncodedMatrix first = s_model->sample(500, {}, 7);
    EXPECT_EQ(first.values, s_model->sample(500, {}, 7).values);
    EXPECT_NE(first.values, s_model->sample(500, {}, 8).values);
    EXPECT_EQ(s_model->sample(300, {{2, 1}}, 9).values, s_model->sample(300, {{2, 1}}, 9).values);
}

TEST_F(MedVaeTrained, SavedModelSamplesIdentically)
{
    const std::unique_ptr<Generator> loaded = loadGenerator(s_model->save());
    EXPECT_EQ(loaded->family(), "medvae");
    EXPECT_TRUE(loaded->isFitted());
    EXPECT_EQ(loaded->hyperparameters(), s_model->hyperparameters());
    EXPECT_EQ(loaded->sample(400, {}, 4).values, s_model->sample(400, {}, 4).values);
    EXPECT_EQ(loaded->sample(200, {{2, 2}}, 4).values, s_model->sample(200, {{2, 2}}, 4).values);
}

TEST_F(MedVaeTrained, OutputsAreOneHotWithBoundedScalars)
{
    const EncodedMatrix synthetic = s_model->sample(300, {}, 2);
    EXPECT_EQ(synthetic.layout.spans.size(), s_data->layout.spans.size());
    for (int64_t r = 0; r < synthetic.rows; ++r) {
        const float *row = synthetic.row(r);
        EXPECT_LE(std::abs(row[0]), 1.0f);
        EXPECT_EQ(row[1] + row[2], 1.0f);
        EXPECT_EQ(row[3] + row[4] + row[5], 1.0f);
    }
    const EncodedMatrix none = s_model->sample(0, {}, 2);
    EXPECT_EQ(none.rows, 0);
    EXPECT_EQ(none.width(), s_data->width());
}

TEST_F(MedVaeTrained, InvalidConditionIsRefused)
{
    EXPECT_NE(errorOf([] { s_model->sample(10, {{0, 0}}, 1); }).find("category"), std::string::npos);
    EXPECT_NE(errorOf([] { s_model->sample(10, {{2, 7}}, 1); }).find("level"), std::string::npos);
}

TEST(MedVae, ConditionNoTrainingRowHasIsRefused)
{
    // Keep only rows whose span 2 is not at level 2: the model never sees that level.
    const EncodedMatrix full = structuredFixture(600, 5);
    EncodedMatrix data{full.layout, 0, {}};
    for (int64_t r = 0; r < full.rows; ++r) {
        if (full.row(r)[5] == 1.0f)
            continue;
        data.values.insert(data.values.end(), full.row(r), full.row(r) + full.width());
        ++data.rows;
    }
    const auto model = trained(data, 2);
    const std::string message = errorOf([&] { model->sample(10, {{2, 2}}, 1); });
    EXPECT_NE(message.find("No training row has level 3 of encoded column 2"), std::string::npos) << message;
    EXPECT_NE(message.find("cannot generate"), std::string::npos) << message;
}

TEST(MedVae, KlWeightRisesLinearlyToBeta)
{
    EXPECT_EQ(klWeight(1, 10, 1.0, 1.0), 0.0);
    EXPECT_DOUBLE_EQ(klWeight(4, 10, 1.0, 1.0), 1.0 / 3.0);
    EXPECT_EQ(klWeight(10, 10, 1.0, 1.0), 1.0);
    EXPECT_EQ(klWeight(3, 10, 0.5, 2.0), 1.0);
    EXPECT_EQ(klWeight(5, 10, 0.5, 2.0), 2.0);
    EXPECT_EQ(klWeight(9, 10, 0.5, 2.0), 2.0);
    EXPECT_EQ(klWeight(1, 10, 0.0, 0.7), 0.7);
}

TEST(MedVae, ReportsLossesWithTheAnnealedKlWeight)
{
    Hyperparameters values = quickSettings(6);
    values["beta"] = 0.5;
    values["anneal_fraction"] = 0.5;
    std::vector<EpochReport> reports;
    TrainingContext context = quietContext();
    context.onEpoch = [&](const EpochReport &report) {
        reports.push_back(report);
        return true;
    };
    auto model = createGenerator("medvae", values);
    ASSERT_TRUE(model->fit(structuredFixture(400, 2), context));
    ASSERT_EQ(reports.size(), 6u);
    const auto loss = [](const EpochReport &report, const std::string &name) {
        for (const auto &[key, value] : report.losses)
            if (key == name)
                return value;
        return std::nan("");
    };
    // Epoch 1 trains without the KL term; from epoch 3 (the end of a 3-epoch ramp) it weighs beta.
    EXPECT_GT(loss(reports.front(), "kl"), 0.0);
    EXPECT_DOUBLE_EQ(loss(reports.front(), "total"), loss(reports.front(), "reconstruction"));
    const EpochReport &last = reports.back();
    EXPECT_NEAR((loss(last, "total") - loss(last, "reconstruction")) / loss(last, "kl"), 0.5, 1e-9);
    EXPECT_EQ(last.epoch, 6);
    EXPECT_EQ(last.epochs, 6);
    EXPECT_GT(last.rowsPerSecond, 0.0);
    EXPECT_EQ(last.etaSeconds, 0.0);
}

TEST(MedVae, SameSeedTrainsTheSameModel)
{
    const EncodedMatrix data = structuredFixture(300, 4);
    const auto first = trained(data, 3, quietContext(9));
    const auto second = trained(data, 3, quietContext(9));
    const auto other = trained(data, 3, quietContext(10));
    EXPECT_EQ(first->sample(200, {}, 1).values, second->sample(200, {}, 1).values);
    EXPECT_NE(first->sample(200, {}, 1).values, other->sample(200, {}, 1).values);
}

TEST(MedVae, CancelLeavesTheModelUnfitted)
{
    std::atomic<bool> cancel = false;
    TrainingContext context = quietContext();
    context.cancel = &cancel;
    int epochs = 0;
    context.onEpoch = [&](const EpochReport &) {
        ++epochs;
        cancel = true;
        return true;
    };
    auto model = createGenerator("medvae", quickSettings(50));
    EXPECT_FALSE(model->fit(structuredFixture(300, 1), context));
    EXPECT_EQ(epochs, 1);
    EXPECT_FALSE(model->isFitted());
    EXPECT_NE(errorOf([&] { model->sample(5, {}, 1); }).find("not trained"), std::string::npos);
    EXPECT_NE(errorOf([&] { model->save(); }).find("not trained"), std::string::npos);
}

TEST(MedVae, OnEpochCanStopEarlyAndKeepTheModel)
{
    TrainingContext context = quietContext();
    int epochs = 0;
    context.onEpoch = [&](const EpochReport &report) {
        epochs = report.epoch;
        return report.epoch < 2;
    };
    auto model = createGenerator("medvae", quickSettings(50));
    EXPECT_TRUE(model->fit(structuredFixture(300, 1), context));
    EXPECT_EQ(epochs, 2);
    EXPECT_TRUE(model->isFitted());
    EXPECT_EQ(model->sample(20, {}, 1).rows, 20);
}

TEST(MedVae, BadTrainingDataGivesClearErrors)
{
    auto model = createGenerator("medvae", quickSettings(2));
    EncodedMatrix withNan = structuredFixture(50, 1);
    withNan.values[size_t(3 * withNan.width())] = std::nanf("");
    EXPECT_NE(errorOf([&] { model->fit(withNan, quietContext()); }).find("missing or infinite value (row 4"),
              std::string::npos);
    EXPECT_FALSE(model->isFitted());
    EXPECT_NE(errorOf([&] { model->fit(structuredFixture(1, 1), quietContext()); }).find("at least 2 training rows"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { model->fit(structuredFixture(0, 1), quietContext()); }).find("no rows"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { model->fit(EncodedMatrix{}, quietContext()); }).find("no columns"), std::string::npos);
    EXPECT_FALSE(model->isFitted());
}

TEST(MedVae, TrainsWhenTheLastBatchHasOneRow)
{
    // 201 rows in batches of 100: the final single row is skipped (BatchNorm needs two).
    auto model = trained(structuredFixture(201, 3), 2);
    EXPECT_TRUE(model->isFitted());
    EXPECT_EQ(model->sample(10, {}, 1).rows, 10);
}

TEST(MedVae, UnboundedScalarsAreModelledWithoutTanh)
{
    // Standardized encoding: z-scores beyond [-1, 1] must come back beyond it too.
    EncodedMatrix data = structuredFixture(600, 6);
    for (int64_t r = 0; r < data.rows; ++r)
        data.row(r)[0] = data.row(r)[0] * 10.0f + (data.row(r)[4] == 1.0f ? 3.0f : 0.0f);
    const auto model = trained(data, 10);
    const EncodedMatrix synthetic = model->sample(500, {}, 1);
    double largest = 0;
    for (int64_t r = 0; r < synthetic.rows; ++r)
        largest = std::max(largest, double(std::abs(synthetic.row(r)[0])));
    EXPECT_GT(largest, 1.5);
}

TEST(MedVae, GradientsReachEveryParameter)
{
    const auto norms = medVaeGradientNorms(structuredFixture(64, 1), quickSettings(1), 3);
    ASSERT_FALSE(norms.empty());
    bool sawEmbedding = false;
    bool sawSigma = false;
    for (const auto &[name, norm] : norms) {
        EXPECT_TRUE(std::isfinite(norm)) << name;
        EXPECT_GT(norm, 0.0) << name;
        sawEmbedding |= name == "encoder.embedding.weight";
        sawSigma |= name == "decoder.log_sigma";
    }
    EXPECT_TRUE(sawEmbedding);
    EXPECT_TRUE(sawSigma);
}

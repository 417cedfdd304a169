#include "core/models/conditionalsampling.h"
#include "core/models/generator.h"
#include "core/models/hyperparameters.h"
#include "core/models/modelarchive.h"
#include "modelfixtures.h"

#include <gtest/gtest.h>

using namespace synthreg::core;

namespace {

std::vector<HyperparameterSpec> exampleSpecs()
{
    return {
        {"epochs", HyperparameterSpec::Type::Integer, 1, 10000, 300, {}, "passes over the data", false},
        {"learning_rate", HyperparameterSpec::Type::Real, 1e-5, 1e-1, 2e-4, {}, "Adam step size", true},
        {"log_transform", HyperparameterSpec::Type::Boolean, 0, 1, 1, {}, "log long tails", false},
        {"marginals", HyperparameterSpec::Type::Choice, 0, 0, 0, {"empirical", "normal"}, "marginal model", false},
    };
}

} // namespace

TEST(Hyperparameters, DefaultsAreUsedWhenNothingIsGiven)
{
    std::string error;
    const auto values = resolveHyperparameters(exampleSpecs(), {}, &error);
    ASSERT_TRUE(values) << error;
    EXPECT_EQ(values->at("epochs"), 300);
    EXPECT_EQ(values->at("marginals"), 0);
}

TEST(Hyperparameters, TextsOverrideDefaults)
{
    std::string error;
    const auto values = resolveHyperparameters(
        exampleSpecs(), {{"epochs", "12"}, {"log_transform", "false"}, {"marginals", "normal"}}, &error);
    ASSERT_TRUE(values) << error;
    EXPECT_EQ(values->at("epochs"), 12);
    EXPECT_EQ(values->at("log_transform"), 0);
    EXPECT_EQ(values->at("marginals"), 1);
}

TEST(Hyperparameters, BadValuesAreRefusedWithTheAllowedRange)
{
    std::string error;
    EXPECT_FALSE(resolveHyperparameters(exampleSpecs(), {{"epochs", "abc"}}, &error));
    EXPECT_EQ(error, "epochs must be an integer from 1 to 10000, not 'abc'.");
    EXPECT_FALSE(resolveHyperparameters(exampleSpecs(), {{"epochs", "2.5"}}, &error));
    EXPECT_FALSE(resolveHyperparameters(exampleSpecs(), {{"learning_rate", "1"}}, &error));
    EXPECT_NE(error.find("from 1e-05 to 0.1"), std::string::npos) << error;
    EXPECT_FALSE(resolveHyperparameters(exampleSpecs(), {{"marginals", "beta"}}, &error));
    EXPECT_EQ(error, "marginals must be one of empirical, normal, not 'beta'.");
    EXPECT_FALSE(resolveHyperparameters(exampleSpecs(), {{"epoch", "3"}}, &error));
    EXPECT_NE(error.find("'epoch' is not a parameter"), std::string::npos) << error;
}

TEST(ModelArchive, RoundTripsTheEnvelopeAndPayload)
{
    const Layout layout = synthreg::test::structuredFixture(4, 1).layout;
    ModelWriter writer("copula", {{"epochs", 3}}, layout);
    writer.writeDoubles({1.5, -2});
    writer.writeString("payload");
    ModelReader reader(writer.bytes());
    EXPECT_EQ(reader.family(), "copula");
    EXPECT_EQ(reader.hyperparameters().at("epochs"), 3);
    ASSERT_EQ(reader.layout().spans.size(), layout.spans.size());
    EXPECT_EQ(reader.layout().width(), layout.width());
    EXPECT_EQ(reader.readDoubles(), (std::vector<double>{1.5, -2}));
    EXPECT_EQ(reader.readString(), "payload");
}

TEST(ModelArchive, ForeignOrTruncatedBytesAreAClearError)
{
    EXPECT_THROW(ModelReader("not a model"), GeneratorError);
    ModelWriter writer("copula", {}, {});
    writer.writeString("payload");
    const std::string truncated = writer.bytes().substr(0, writer.bytes().size() - 3);
    ModelReader reader(truncated);
    EXPECT_THROW(reader.readString(), GeneratorError);
    EXPECT_THROW(loadGenerator("SYNTHREG-MODEL garbage"), GeneratorError);
}

TEST(ConditionalSampling, KeepsOnlyRowsMeetingTheCondition)
{
    const Layout layout = synthreg::test::structuredFixture(1, 1).layout;
    uint64_t seed = 10;
    const EncodedMatrix rows = collectRowsMeeting(500, layout, {{2, 2}}, [&](int64_t n, int) {
        return synthreg::test::structuredFixture(n, seed++);
    });
    EXPECT_EQ(rows.rows, 500);
    EXPECT_EQ(synthreg::test::shareOf(rows, 2, 2), 1.0);
}

TEST(ConditionalSampling, AnUnmeetableConditionEndsWithAMessageNotAHang)
{
    const Layout layout = synthreg::test::structuredFixture(1, 1).layout;
    int draws = 0;
    try {
        // Mode span 1 is never a category, so ask for level 2 of span 2 in batches that never hold it.
        collectRowsMeeting(100, layout, {{2, 2}}, [&](int64_t n, int) {
            ++draws;
            EncodedMatrix batch = synthreg::test::structuredFixture(n, 3);
            for (int64_t r = 0; r < batch.rows; ++r) {
                batch.row(r)[5] = 0;
                batch.row(r)[3] = 1;
            }
            return batch;
        });
        FAIL() << "expected a GeneratorError";
    } catch (const GeneratorError &error) {
        EXPECT_NE(std::string(error.what()).find("too rare"), std::string::npos) << error.what();
    }
    EXPECT_LE(draws, 50);
    EXPECT_THROW(checkConditions(layout, {{1, 0}}), GeneratorError);   // a Mode span
    EXPECT_THROW(checkConditions(layout, {{2, 3}}), GeneratorError);   // no such level
}

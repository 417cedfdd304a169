#include "core/models/generator.h"
#include "core/models/latentdiscretization.h"
#include "core/models/standardnormal.h"
#include "modelfixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace synthreg::core;
using synthreg::test::conditionalShare;
using synthreg::test::shareOf;
using synthreg::test::structuredFixture;

namespace {

constexpr double kRho = 0.8;

std::unique_ptr<Generator> trainedCopula(const EncodedMatrix &data, uint64_t seed = 7, int threads = 2,
                                         Hyperparameters values = defaultHyperparameters(
                                             findGenerator("copula")->hyperparameters))
{
    auto model = createGenerator("copula", values);
    TrainingContext context;
    context.seed = seed;
    context.threads = threads;
    EXPECT_TRUE(model->fit(data, context));
    return model;
}

/**
 * Span 0: x ~ N(0, 1); span 1: a log-normal exp(ρ x + √(1 − ρ²) e), skewed; span 2: a
 * two-level flag, level 1 when x > 1.
 */
EncodedMatrix correlatedScalars(int64_t rows, uint64_t seed)
{
    EncodedMatrix matrix;
    matrix.layout.spans = {Span{SpanKind::Scalar, 0, 1, 0}, Span{SpanKind::Scalar, 1, 1, 1},
                           Span{SpanKind::Category, 2, 2, 2}};
    matrix.rows = rows;
    matrix.values.assign(size_t(rows) * 4, 0.0f);
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0, 1);
    for (int64_t r = 0; r < rows; ++r) {
        const double x = normal(random);
        const double e = normal(random);
        float *row = matrix.row(r);
        row[0] = float(x);
        row[1] = float(std::exp(kRho * x + std::sqrt(1 - kRho * kRho) * e));
        row[x > 1 ? 3 : 2] = 1.0f;
    }
    return matrix;
}

std::vector<double> column(const EncodedMatrix &matrix, int offset)
{
    std::vector<double> values(size_t(matrix.rows));
    for (int64_t r = 0; r < matrix.rows; ++r)
        values[size_t(r)] = matrix.row(r)[offset];
    return values;
}

std::vector<double> ranks(const std::vector<double> &values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> result(values.size());
    for (size_t first = 0; first < order.size();) {
        size_t end = first + 1;
        while (end < order.size() && values[order[end]] == values[order[first]])
            ++end;
        for (size_t k = first; k < end; ++k)
            result[order[k]] = double(first + end - 1) / 2;
        first = end;
    }
    return result;
}

double spearman(const EncodedMatrix &matrix, int a, int b)
{
    const std::vector<double> x = ranks(column(matrix, a));
    const std::vector<double> y = ranks(column(matrix, b));
    const double mean = double(x.size() - 1) / 2;
    double xy = 0, xx = 0, yy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        xy += (x[i] - mean) * (y[i] - mean);
        xx += (x[i] - mean) * (x[i] - mean);
        yy += (y[i] - mean) * (y[i] - mean);
    }
    return xy / std::sqrt(xx * yy);
}

double quantile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[size_t(p * double(values.size() - 1))];
}

} // namespace

TEST(StandardNormal, QuantileMatchesReferenceValues)
{
    EXPECT_NEAR(standardNormalQuantile(0.975), 1.959963984540054, 1e-13);
    EXPECT_NEAR(standardNormalQuantile(1e-10), -6.361340902404056, 1e-12);
    EXPECT_EQ(standardNormalQuantile(0.5), 0.0);
    EXPECT_NEAR(standardNormalQuantile(0.3), -standardNormalQuantile(0.7), 1e-14);
    for (const double p : {1e-300, 1e-20, 0.02425, 0.1, 0.5, 0.9, 1 - 1e-12})
        EXPECT_NEAR(standardNormalCdf(standardNormalQuantile(p)) / p, 1.0, 1e-12) << p;
    EXPECT_TRUE(std::isinf(standardNormalQuantile(0.0)));
    EXPECT_TRUE(std::isnan(standardNormalQuantile(1.5)));
}

TEST(StandardNormal, TruncatedDrawsStayInsideEvenFarInTheTail)
{
    NormalRandom random(3);
    for (int i = 0; i < 1000; ++i) {
        const double x = truncatedStandardNormal(9.0, 9.5, random.uniform());
        ASSERT_GE(x, 9.0);
        ASSERT_LE(x, 9.5);
        const double y = truncatedStandardNormal(-INFINITY, -12.0, random.uniform());
        ASSERT_LE(y, -12.0);
        ASSERT_GT(y, -14.0);
    }
}

TEST(GaussianCopula, IsRegisteredWithItsSettings)
{
    const GeneratorInfo *info = findGenerator("copula");
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->displayName, "Gaussian copula");
    std::vector<std::string> names;
    for (const HyperparameterSpec &spec : info->hyperparameters)
        names.push_back(spec.name);
    EXPECT_EQ(names, (std::vector<std::string>{"quantiles", "correlation_shrinkage", "polychoric", "association_order"}));
}

TEST(GaussianCopula, ReproducesLevelShares)
{
    const EncodedMatrix real = structuredFixture(20000, 1);
    const EncodedMatrix synthetic = trainedCopula(real)->sample(20000, {}, 11);
    ASSERT_EQ(synthetic.rows, 20000);
    for (const auto &[span, level] : std::vector<std::pair<int, int>>{{1, 1}, {2, 0}, {2, 1}, {2, 2}, {3, 1}})
        EXPECT_NEAR(shareOf(synthetic, span, level), shareOf(real, span, level), 0.02) << span << ":" << level;
}

TEST(GaussianCopula, LearnsDependenciesBetweenCategories)
{
    const EncodedMatrix real = structuredFixture(20000, 1);
    const EncodedMatrix synthetic = trainedCopula(real)->sample(20000, {}, 12);
    // Real: 0.9 and 0.1. Independence would give span 3's overall share (0.18) for both.
    EXPECT_GT(conditionalShare(synthetic, 2, 2, 3, 1), 0.5);
    EXPECT_LT(conditionalShare(synthetic, 2, 0, 3, 1), 0.1);
    // The Mode span follows its category: mode 1 exactly when span 2 is not level 0.
    EXPECT_LT(conditionalShare(synthetic, 2, 0, 1, 1), 0.1);
    EXPECT_GT(conditionalShare(synthetic, 2, 2, 1, 1), 0.95);
}

TEST(GaussianCopula, PolychoricCorrelationKeepsMoreDependenceThanScoreCorrelation)
{
    const EncodedMatrix real = structuredFixture(20000, 1);
    Hyperparameters sdv = defaultHyperparameters(findGenerator("copula")->hyperparameters);
    sdv["polychoric"] = 0;
    const EncodedMatrix plain = trainedCopula(real, 7, 2, sdv)->sample(20000, {}, 12);
    const EncodedMatrix polychoric = trainedCopula(real)->sample(20000, {}, 12);
    EXPECT_GT(conditionalShare(plain, 2, 2, 3, 1), 0.22) << "SDV's plain estimate still beats independence";
    EXPECT_GT(conditionalShare(polychoric, 2, 2, 3, 1), conditionalShare(plain, 2, 2, 3, 1) + 0.15);
}

namespace {

// x ~ N(0, 1) cut into five bins whose levels are neither in x's order nor in share order.
constexpr double kBinCuts[] = {-1.0364, -0.1257, 0.1257, 0.8416};   // shares .15 .30 .10 .25 .20
constexpr int kLevelOfBin[] = {2, 0, 4, 1, 3};

int levelFollowing(double x)
{
    return kLevelOfBin[std::upper_bound(std::begin(kBinCuts), std::end(kBinCuts), x) - std::begin(kBinCuts)];
}

EncodedMatrix levelsDeterminedByAScalar(int64_t rows, uint64_t seed)
{
    EncodedMatrix matrix;
    matrix.layout.spans = {Span{SpanKind::Scalar, 0, 1, 0}, Span{SpanKind::Category, 1, 5, 1}};
    matrix.rows = rows;
    matrix.values.assign(size_t(rows) * 6, 0.0f);
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0, 1);
    for (int64_t r = 0; r < rows; ++r) {
        const double x = normal(random);
        matrix.row(r)[0] = float(x);
        matrix.row(r)[1 + levelFollowing(x)] = 1.0f;
    }
    return matrix;
}

double shareFollowingTheScalar(const EncodedMatrix &matrix)
{
    int64_t following = 0;
    for (int64_t r = 0; r < matrix.rows; ++r)
        following += argmaxInSpan(matrix.row(r), matrix.layout.spans[1]) == levelFollowing(matrix.row(r)[0]);
    return double(following) / double(matrix.rows);
}

} // namespace

// SDV orders a categorical's levels by share, so one latent correlation cannot make them
// follow a column that determines them (education and years of education in adult.csv).
TEST(GaussianCopula, OrderingLevelsByAssociationLetsACategoricalFollowTheColumnThatDeterminesIt)
{
    const EncodedMatrix real = levelsDeterminedByAScalar(20000, 3);
    Hyperparameters byShare = defaultHyperparameters(findGenerator("copula")->hyperparameters);
    byShare["association_order"] = 0;
    const double sdvLike = shareFollowingTheScalar(trainedCopula(real, 7, 2, byShare)->sample(20000, {}, 12));
    const double associated = shareFollowingTheScalar(trainedCopula(real)->sample(20000, {}, 12));
    EXPECT_LT(sdvLike, 0.7);
    EXPECT_GT(associated, 0.9);
}

TEST(LatentDiscretization, RecoversTheLatentCorrelationOfJitteredLevels)
{
    constexpr double kLatent = 0.7;
    const std::vector<double> twoLevels = {0.82};
    const std::vector<double> threeLevels = {0.6, 0.9};
    const auto score = [](double z, const std::vector<double> &cuts, NormalRandom &random) {
        std::vector<double> bounds = {0.0};
        bounds.insert(bounds.end(), cuts.begin(), cuts.end());
        bounds.push_back(1.0);
        const double u = standardNormalCdf(z);
        const size_t level = size_t(std::upper_bound(bounds.begin() + 1, bounds.end() - 1, u) - (bounds.begin() + 1));
        return standardNormalQuantile(bounds[level] + (bounds[level + 1] - bounds[level]) * random.uniform());
    };
    NormalRandom random(5);
    double xy = 0, xx = 0, yy = 0, x2y = 0, x2x2 = 0;
    for (int i = 0; i < 200000; ++i) {
        const double z1 = random.normal();
        const double z2 = kLatent * z1 + std::sqrt(1 - kLatent * kLatent) * random.normal();
        const double a = score(z1, twoLevels, random);
        const double b = score(z2, threeLevels, random);
        xy += a * b;
        xx += a * a;
        yy += b * b;
        x2y += z1 * b;
        x2x2 += z1 * z1;
    }
    const double discrete = xy / std::sqrt(xx * yy);
    const double mixed = x2y / std::sqrt(x2x2 * yy);
    ASSERT_LT(discrete, 0.5) << "the jittered scores hide much of the dependence";
    const std::vector<double> cutA = scoreHermiteCoefficients(twoLevels, 100);
    const std::vector<double> cutB = scoreHermiteCoefficients(threeLevels, 100);
    const std::vector<double> scalar = scoreHermiteCoefficients({}, 100);
    EXPECT_NEAR(latentCorrelationFor(discrete, cutA, cutB), kLatent, 0.02);
    EXPECT_NEAR(latentCorrelationFor(mixed, scalar, cutB), kLatent, 0.02);
    EXPECT_NEAR(latentCorrelationFor(0.3, scalar, scalar), 0.3, 1e-8);
}

TEST(GaussianCopula, ReproducesRankCorrelationAndSkewedMarginal)
{
    const EncodedMatrix real = correlatedScalars(20000, 2);
    const EncodedMatrix synthetic = trainedCopula(real)->sample(20000, {}, 13);
    EXPECT_NEAR(spearman(synthetic, 0, 1), spearman(real, 0, 1), 0.05);
    const std::vector<double> skewed = column(synthetic, 1);
    for (const double p : {0.1, 0.5, 0.9, 0.99})
        EXPECT_NEAR(quantile(skewed, p) / quantile(column(real, 1), p), 1.0, 0.06) << p;
    EXPECT_GT(*std::min_element(skewed.begin(), skewed.end()), 0.0) << "the log-normal's support is kept";
    EXPECT_NEAR(shareOf(synthetic, 2, 1), shareOf(real, 2, 1), 0.02);
}

TEST(GaussianCopula, FullShrinkageMakesColumnsIndependent)
{
    Hyperparameters values = defaultHyperparameters(findGenerator("copula")->hyperparameters);
    values["correlation_shrinkage"] = 1;
    const EncodedMatrix synthetic = trainedCopula(correlatedScalars(20000, 2), 7, 2, values)->sample(20000, {}, 13);
    EXPECT_NEAR(spearman(synthetic, 0, 1), 0.0, 0.03);
    std::vector<double> flagged;
    for (int64_t r = 0; r < synthetic.rows; ++r)
        if (synthetic.row(r)[3] == 1.0f)
            flagged.push_back(synthetic.row(r)[0]);
    EXPECT_NEAR(quantile(flagged, 0.5), 0.0, 0.1) << "real: x > 1 for every flagged row";
    EXPECT_NEAR(shareOf(synthetic, 2, 1), 0.16, 0.02) << "the marginals stay";
}

TEST(GaussianCopula, ConditionsHoldAndShiftTheOtherColumns)
{
    const EncodedMatrix real = structuredFixture(20000, 1);
    const auto model = trainedCopula(real);
    const EncodedMatrix rare = model->sample(3000, {{2, 2}}, 14);
    ASSERT_EQ(rare.rows, 3000);
    EXPECT_EQ(shareOf(rare, 2, 2), 1.0);
    EXPECT_GT(shareOf(rare, 3, 1), 0.5) << "real: 0.9 given the level, 0.18 overall";
    EXPECT_GT(shareOf(rare, 1, 1), 0.95);

    const EncodedMatrix both = model->sample(2000, {{2, 1}, {3, 1}}, 15);
    EXPECT_EQ(shareOf(both, 2, 1), 1.0);
    EXPECT_EQ(shareOf(both, 3, 1), 1.0);

    const EncodedMatrix scalars = trainedCopula(correlatedScalars(20000, 2))->sample(2000, {{2, 1}}, 16);
    // x > 1 in every real row of the flag's level 1; the conditioned latent carries that over.
    EXPECT_GT(quantile(column(scalars, 0), 0.1), 0.8);
}

TEST(GaussianCopula, ImpossibleConditionsFailClearly)
{
    EncodedMatrix real = structuredFixture(2000, 1);
    for (int64_t r = 0; r < real.rows; ++r) {   // level 2 of span 2 never occurs
        float *row = real.row(r);
        if (row[5] == 1.0f)
            std::swap(row[5], row[4]);
    }
    const auto model = trainedCopula(real);
    try {
        model->sample(10, {{2, 2}}, 1);
        FAIL() << "a never-seen level was generated";
    } catch (const GeneratorError &error) {
        EXPECT_NE(std::string(error.what()).find("never occurs"), std::string::npos) << error.what();
    }
    EXPECT_THROW(model->sample(10, {{2, 0}, {2, 1}}, 1), GeneratorError);
    EXPECT_THROW(model->sample(10, {{1, 0}}, 1), GeneratorError) << "a Mode span is not a condition target";
}

TEST(GaussianCopula, SameSeedGivesIdenticalRowsForAnyThreadCount)
{
    const EncodedMatrix real = structuredFixture(5000, 1);
    const auto one = trainedCopula(real, 7, 1);
    const auto two = trainedCopula(real, 7, 2);
    EXPECT_EQ(one->save(), two->save());
    EXPECT_EQ(one->sample(9000, {{3, 1}}, 5).values, two->sample(9000, {{3, 1}}, 5).values);
    EXPECT_NE(one->sample(100, {}, 5).values, one->sample(100, {}, 6).values);
    EXPECT_NE(trainedCopula(real, 8)->save(), one->save()) << "the fit's seed jitters the category scores";
}

TEST(GaussianCopula, SavedModelSamplesIdentically)
{
    Hyperparameters values = defaultHyperparameters(findGenerator("copula")->hyperparameters);
    values["quantiles"] = 201;
    values["correlation_shrinkage"] = 0.1;
    const auto model = trainedCopula(structuredFixture(5000, 1), 7, 2, values);
    const auto loaded = loadGenerator(model->save());
    EXPECT_EQ(loaded->family(), "copula");
    EXPECT_EQ(loaded->hyperparameters(), values);
    EXPECT_TRUE(loaded->isFitted());
    EXPECT_EQ(loaded->sample(5000, {{2, 1}}, 9).values, model->sample(5000, {{2, 1}}, 9).values);
    EXPECT_EQ(loaded->save(), model->save());

    std::string truncated = model->save();
    truncated.resize(truncated.size() - 20);
    EXPECT_THROW(loadGenerator(truncated), GeneratorError);
}

TEST(GaussianCopula, ConstantColumnsGiveValidRows)
{
    EncodedMatrix real = correlatedScalars(2000, 3);
    for (int64_t r = 0; r < real.rows; ++r) {
        real.row(r)[0] = 4.5f;
        real.row(r)[2] = 1.0f;
        real.row(r)[3] = 0.0f;
    }
    auto model = createGenerator("copula", defaultHyperparameters(findGenerator("copula")->hyperparameters));
    double logLikelihood = NAN;
    int reports = 0;
    TrainingContext context;
    context.onEpoch = [&](const EpochReport &report) {
        ++reports;
        EXPECT_EQ(report.epoch, 1);
        EXPECT_EQ(report.epochs, 1);
        logLikelihood = report.losses.at(0).second;
        return true;
    };
    ASSERT_TRUE(model->fit(real, context));
    EXPECT_EQ(reports, 1);
    EXPECT_TRUE(std::isfinite(logLikelihood));
    const EncodedMatrix synthetic = model->sample(1000, {{2, 0}}, 1);
    for (const float value : synthetic.values)
        ASSERT_TRUE(std::isfinite(value));
    EXPECT_EQ(column(synthetic, 0), std::vector<double>(1000, 4.5));
    EXPECT_EQ(shareOf(synthetic, 2, 0), 1.0);
}

TEST(GaussianCopula, OneRowIsReproduced)
{
    const EncodedMatrix real = structuredFixture(1, 4);
    const EncodedMatrix synthetic = trainedCopula(real)->sample(5, {}, 1);
    for (int64_t r = 0; r < synthetic.rows; ++r)
        EXPECT_EQ(std::vector<float>(synthetic.row(r), synthetic.row(r) + real.width()),
                  std::vector<float>(real.row(0), real.row(0) + real.width()));
}

TEST(GaussianCopula, BadInputIsRefusedWithAClearMessage)
{
    auto model = createGenerator("copula", defaultHyperparameters(findGenerator("copula")->hyperparameters));
    EncodedMatrix real = correlatedScalars(100, 5);
    real.row(40)[1] = NAN;
    try {
        model->fit(real, {});
        FAIL() << "NaN was accepted";
    } catch (const GeneratorError &error) {
        EXPECT_NE(std::string(error.what()).find("missing or infinite value in encoded column 1"), std::string::npos)
            << error.what();
    }
    EXPECT_FALSE(model->isFitted());
    EXPECT_THROW(model->sample(1, {}, 1), GeneratorError);
    EXPECT_THROW(model->save(), GeneratorError);
    EXPECT_THROW(model->fit(correlatedScalars(0, 5), {}), GeneratorError);
    EXPECT_THROW(model->fit(EncodedMatrix{}, {}), GeneratorError);
}

TEST(GaussianCopula, CancelBeforeFitLeavesItUntrained)
{
    const std::atomic<bool> cancel{true};
    TrainingContext context;
    context.cancel = &cancel;
    auto model = createGenerator("copula", defaultHyperparameters(findGenerator("copula")->hyperparameters));
    EXPECT_FALSE(model->fit(structuredFixture(1000, 1), context));
    EXPECT_FALSE(model->isFitted());
}

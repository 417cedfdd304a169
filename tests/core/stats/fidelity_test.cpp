// SDMetrics QualityReport and TabSynDex on small hand-computed fixtures (the arithmetic is in the
// comments), plus a shuffled-copy sanity check.
#include "core/stats/fidelity.h"
#include "core/stats/tabsyndex.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace synthreg::core;

namespace {

const double NaN = std::nan("");

EvaluationColumn numeric(const char *name, std::vector<double> real, std::vector<double> synthetic)
{
    EvaluationColumn c;
    c.name = QString::fromLatin1(name);
    c.kind = MetricKind::Numerical;
    c.numeric = {std::move(real), std::move(synthetic)};
    return c;
}

EvaluationColumn categorical(const char *name, std::vector<int32_t> real, std::vector<int32_t> synthetic)
{
    EvaluationColumn c;
    c.name = QString::fromLatin1(name);
    c.role = ColumnRole::Categorical;
    c.kind = MetricKind::Categorical;
    c.categorical = {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, std::move(real), std::move(synthetic)};
    return c;
}

EvaluationInput inputOf(std::vector<EvaluationColumn> columns)
{
    EvaluationInput input;
    input.realRows = columns.front().kind == MetricKind::Categorical ? columns.front().categorical.real.size() : columns.front().numeric.real.size();
    input.syntheticRows = columns.front().kind == MetricKind::Categorical ? columns.front().categorical.synthetic.size() : columns.front().numeric.synthetic.size();
    input.columns = std::move(columns);
    return input;
}

} // namespace

TEST(Fidelity, KSComplementDropsMissingValues)
{
    // Real {1,2,3} (NaN dropped) vs synthetic {2,3,4,5}: ECDF gaps 1/3, 2/3-1/4, 1-2/4, 1-3/4, 0;
    // D = 0.5, so KSComplement = 0.5.
    EXPECT_DOUBLE_EQ(ksComplement(std::vector<double>{1, 2, 3, NaN}, std::vector<double>{2, 3, 4, 5}), 0.5);
    // SDMetrics: an all-missing side makes ks_2samp fail and the score NaN.
    EXPECT_TRUE(std::isnan(ksComplement(std::vector<double>{NaN, NaN}, std::vector<double>{1, 2})));
}

TEST(Fidelity, TVComplementDropsMissingAndRegularizesUnseenCategories)
{
    // Real a,a,b (missing dropped): 2/3, 1/3; synthetic a,b,b,b: 1/4, 3/4.
    // TV = |1/4 - 2/3| + |3/4 - 1/3| = 10/12; score = 1 - 5/12 = 7/12.
    EXPECT_NEAR(tvComplement(std::vector<int32_t>{0, 0, 1, -1}, std::vector<int32_t>{0, 1, 1, 1}), 7.0 / 12, 1e-15);
    // Synthetic category c unseen in real: SDMetrics gives it a real count of 1e-6, so the real
    // total is 3.000001: TV = |1/3 - 2/3.000001| + |0 - 1/3.000001| + |2/3 - 1e-6/3.000001|.
    const double expected = 1 - 0.5 * (std::fabs(1.0 / 3 - 2 / 3.000001) + 1 / 3.000001 + std::fabs(2.0 / 3 - 1e-6 / 3.000001));
    EXPECT_NEAR(tvComplement(std::vector<int32_t>{0, 0, 1}, std::vector<int32_t>{0, 2, 2}), expected, 1e-15);
}

TEST(Fidelity, CorrelationSimilarityUsesPairwiseCompleteRows)
{
    // Real rows with x present: (1,2), (2,4), (3,7): dx = -1,0,1, dy = -7/3,-1/3,8/3;
    // sxy = 5, sxx = 2, syy = 38/3, r = 5 / sqrt(76/3). Synthetic (2,8),(3,6),(4,4),(5,2): r = -1.
    const CorrelationSimilarity s = correlationSimilarity(std::vector<double>{1, 2, 3, NaN}, std::vector<double>{2, 4, 7, 8},
                                                          std::vector<double>{2, 3, 4, 5}, std::vector<double>{8, 6, 4, 2});
    const double rReal = 5 / std::sqrt(76.0 / 3);
    EXPECT_NEAR(s.real, rReal, 1e-15);
    EXPECT_NEAR(s.synthetic, -1, 1e-15);
    EXPECT_NEAR(s.score, 1 - (rReal + 1) / 2, 1e-15);
}

TEST(Fidelity, ConstantColumnGivesNaNPairScoreLikeSdmetrics)
{
    // SDMetrics raises ConstantInputError for a column with one distinct value; the pair is NaN.
    const CorrelationSimilarity s = correlationSimilarity(std::vector<double>{5, 5, 5, NaN}, std::vector<double>{1, 2, 3, 4},
                                                          std::vector<double>{1, 2, 3, 4}, std::vector<double>{1, 2, 3, 4});
    EXPECT_TRUE(std::isnan(s.score));
    EXPECT_FALSE(s.error.isEmpty());
    // In the report the NaN pair is skipped by the mean and does not count for the threshold.
    const FidelityReport report = computeFidelity(inputOf({numeric("k", {5, 5, 5, 5}, {5, 5, 5, 5}), numeric("x", {1, 2, 3, 4}, {1, 2, 3, 4}),
                                                           numeric("y", {1, 2, 3, 5}, {1, 2, 3, 5})}));
    ASSERT_EQ(report.columnPairTrends.size(), 3u);
    EXPECT_TRUE(std::isnan(report.columnPairTrends[0].score));
    EXPECT_FALSE(report.columnPairTrends[0].meetsThreshold);
    EXPECT_DOUBLE_EQ(report.columnShapes[0].score, 1.0);  // a constant column still has a shape
    EXPECT_DOUBLE_EQ(report.columnPairTrendsScore, 1.0);   // mean of the two defined pairs, both 1
}

TEST(Fidelity, ContingencySimilarityLeavesMissingKeysOutOfTheSum)
{
    // Real (a,b): (x,p) (x,q) (y,p) (-,p), each 1/4. Synthetic: (x,p) (y,p) (y,q) (-,q), each 1/4.
    // Cells without a missing key: (x,p) 0, (x,q) 1/4, (y,p) 0, (y,q) 1/4 -> sum 1/2 -> 1 - 1/4.
    // Real association, missing as a category: rows {-, x, y} x cols {p, q} = [1 0; 1 1; 1 0],
    // expected [.75 .25; 1.5 .5; .75 .25], chi2 = 4/3, V = sqrt(4/3 / 4 / 1) = sqrt(1/3).
    const ContingencySimilarity s = contingencySimilarity(std::vector<int32_t>{0, 0, 1, -1}, std::vector<int32_t>{0, 1, 0, 0},
                                                          std::vector<int32_t>{0, 1, 1, -1}, std::vector<int32_t>{0, 0, 1, 1});
    EXPECT_NEAR(s.score, 0.75, 1e-15);
    EXPECT_NEAR(s.realAssociation, std::sqrt(1.0 / 3), 1e-15);
}

TEST(Fidelity, DiscretizationFollowsNumpyHistogramEdgesAndDigitize)
{
    // Range 0..10 -> edges 0,1,...,10; code = number of edges <= value: 0->1, 5->6, 10->11 (the
    // maximum lands in an 11th bin), NaN->11, 9.99->10, 1->2.
    EXPECT_EQ(discretizeLikeSdmetrics(std::vector<double>{0, 5, 10, NaN, 9.99, 1}), (std::vector<int32_t>{1, 6, 11, 11, 10, 2}));
    // A constant column widens to [c - 0.5, c + 0.5]: edges 2.5, 2.6, ..., 3.5 and 3.0 = edge 5 -> 6.
    EXPECT_EQ(discretizeLikeSdmetrics(std::vector<double>{3, 3, NaN}), (std::vector<int32_t>{6, 6, 11}));
}

TEST(Fidelity, NumericalWithCategoricalIsBinnedPerTable)
{
    // Real x 0,10,5,NaN (edges 0..10) -> 1,11,6,11 with c a,b,a,b: (1,a) 1/4, (6,a) 1/4, (11,b) 1/2.
    // Synthetic x 0,10,10,2 (own edges 0..10) -> 1,11,11,3 with c a,b,b,-: (1,a) 1/4, (11,b) 1/2,
    // (3,-) left out. Differences: (6,a) 1/4 -> score 1 - 1/8 = 0.875.
    // Real table rows {1,6,11} x {a,b} = [1 0; 1 0; 0 2]: a perfect association, V = 1.
    const FidelityReport report = computeFidelity(inputOf({numeric("x", {0, 10, 5, NaN}, {0, 10, 10, 2}),
                                                           categorical("c", {0, 1, 0, 1}, {0, 1, 1, -1})}));
    ASSERT_EQ(report.columnPairTrends.size(), 1u);
    const ColumnPairTrend &t = report.columnPairTrends[0];
    EXPECT_EQ(t.metric, QStringLiteral("ContingencySimilarity"));
    EXPECT_NEAR(t.score, 0.875, 1e-15);
    EXPECT_NEAR(t.realAssociation, 1.0, 1e-15);
    EXPECT_TRUE(t.meetsThreshold);
}

TEST(Fidelity, ReportAveragesPropertiesAndTheThresholdedVariant)
{
    const FidelityReport report = computeFidelity(inputOf({numeric("x", {1, 2, 3, NaN}, {2, 3, 4, 5}),
                                                           numeric("y", {2, 4, 7, 8}, {8, 6, 4, 2}),
                                                           categorical("c", {0, 0, 1, -1}, {0, 1, 1, 1})}));
    ASSERT_EQ(report.columnShapes.size(), 3u);
    // x: KSComplement 0.5 with missing rates 1/4 vs 0.
    EXPECT_DOUBLE_EQ(report.columnShapes[0].score, 0.5);
    EXPECT_DOUBLE_EQ(report.columnShapes[0].missingRateDifference, -0.25);
    // c: TVComplement 7/12 (see above).
    EXPECT_NEAR(report.columnShapes[2].score, 7.0 / 12, 1e-15);
    double shapes = 0;
    for (const ColumnShape &s : report.columnShapes)
        shapes += s.score;
    EXPECT_NEAR(report.columnShapesScore, shapes / 3, 1e-15);
    ASSERT_EQ(report.columnPairTrends.size(), 3u);
    double pairs = 0, kept = 0;
    int keptCount = 0;
    for (const ColumnPairTrend &t : report.columnPairTrends) {
        pairs += t.score;
        if (t.meetsThreshold) {
            kept += t.score;
            ++keptCount;
        }
    }
    EXPECT_NEAR(report.columnPairTrendsScore, pairs / 3, 1e-15);
    EXPECT_NEAR(report.qualityScore, (report.columnShapesScore + report.columnPairTrendsScore) / 2, 1e-15);
    // (x,y): real r = 0.9934 > 0.5, so it counts for SDMetrics >= 0.27.
    EXPECT_TRUE(report.columnPairTrends[0].meetsThreshold);
    ASSERT_GT(keptCount, 0);
    EXPECT_NEAR(report.thresholdedColumnPairTrendsScore, kept / keptCount, 1e-15);
    EXPECT_TRUE(report.toJson().contains(QStringLiteral("thresholded_quality_score")));
}

TEST(Fidelity, ShuffledColumnsKeepShapesButLosePairTrends)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::normal_distribution<double> noise(0, 0.05);
    std::vector<double> x, y;
    std::vector<int32_t> c;
    for (int i = 0; i < 500; ++i) {
        x.push_back(uniform(rng));
        y.push_back(2 * x.back() + noise(rng));
        c.push_back(x.back() > 0.5 ? 1 : 0);
    }
    std::vector<double> xs = x, ys = y;
    std::vector<int32_t> cs = c;
    std::shuffle(xs.begin(), xs.end(), rng);
    std::shuffle(ys.begin(), ys.end(), rng);
    std::shuffle(cs.begin(), cs.end(), rng);
    const FidelityReport same = computeFidelity(inputOf({numeric("x", x, x), numeric("y", y, y), categorical("c", c, c)}));
    const FidelityReport shuffled = computeFidelity(inputOf({numeric("x", x, xs), numeric("y", y, ys), categorical("c", c, cs)}));
    EXPECT_DOUBLE_EQ(same.qualityScore, 1.0);
    EXPECT_DOUBLE_EQ(shuffled.columnShapesScore, 1.0);  // same values per column, other rows
    EXPECT_LT(shuffled.columnPairTrendsScore, 0.8);
    EXPECT_LT(shuffled.thresholdedColumnPairTrendsScore, shuffled.columnPairTrendsScore + 1e-12);
}

TEST(TabSynDex, HandComputedComponents)
{
    // x real 1,2,3,4 vs synthetic 2,2,3,5: mean 2.5 vs 3 -> e 0.2; median 2.5 vs 2.5 -> 0;
    // SD sqrt(5/3) vs sqrt(2) -> e = |sqrt(5/3) - sqrt(2)| / sqrt(5/3).
    // c real a,a,b,- vs synthetic a,b,b,b.
    const TabSynDexScores s = computeTabSynDex(inputOf({numeric("x", {1, 2, 3, 4}, {2, 2, 3, 5}), categorical("c", {0, 0, 1, -1}, {0, 1, 1, 1})}));
    const double sdError = std::fabs(std::sqrt(5.0 / 3) - std::sqrt(2.0)) / std::sqrt(5.0 / 3);
    EXPECT_NEAR(s.meanScore, 0.8, 1e-15);
    EXPECT_NEAR(s.medianScore, 1.0, 1e-15);
    EXPECT_NEAR(s.standardDeviationScore, 1 - sdError, 1e-15);
    EXPECT_NEAR(s.basicStatisticalMeasure, (0.8 + 1 + 1 - sdError) / 3, 1e-15);
    // Support coverage, scaling 4/4 = 1. x: real deciles 1, 1.3, ..., 3.7, 4; the bins holding
    // real values are [1,1.3) {1}, [1.9,2.2) {2}, [2.8,3.1) {3}, [3.7,4] {4}; synthetic counts
    // 0, 2, 1, 0 -> ratios 0, min(2,1), 1, 0 -> 2/4 = 0.5 (bins without real values are left out).
    // c: real a 2, b 1, missing 1 -> synthetic a 1 (0.5), b 3 (min(3,1) = 1), missing 0 -> 1.5/3.
    EXPECT_NEAR(s.regularizedSupportCoverage, (0.5 + 0.5) / 2, 1e-15);
    // Log correlation: one off-diagonal cell, eta(c, x). Real groups a {1,2} (1.5), b {3} (3),
    // grouped mean 2; between = 2 (0.5)^2 + 1 = 1.5; total SS over all x (4 included) = 6;
    // eta = 0.5. Synthetic a {2}, b {2,3,5}: mean 3, between = 1 + 3 (1/3)^2 = 4/3, total 6,
    // eta = sqrt(2/9). e = |(log 0.5 - log sqrt(2/9)) / log 0.5|; the diagonal (0/0) drops out.
    const double e = std::fabs((std::log(0.5) - std::log(std::sqrt(2.0 / 9))) / std::log(0.5));
    EXPECT_NEAR(s.logTransformedCorrelationScore, 1 - e, 1e-14);
}

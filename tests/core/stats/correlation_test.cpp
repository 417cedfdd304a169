// Correlation matrices and Table 1 descriptives against SciPy/NumPy (tests/golden/stats_tests.json).
#include "core/stats/correlation.h"
#include "core/stats/descriptives.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "statsgolden.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

namespace {

const double NaN = std::nan("");




} // namespace

TEST(Correlation, CramersVMatchesScipyAssociation)
{
    const QJsonArray cases = synthreg::test::statsGolden().value(QStringLiteral("cramers_v")).toArray();
    ASSERT_FALSE(cases.isEmpty());
    for (const QJsonValue &c : cases) {
        const QJsonObject o = c.toObject();
        EXPECT_NEAR(cramersV(synthreg::test::goldenTable(o[QStringLiteral("table")])), o[QStringLiteral("v")].toDouble(), 1e-12);
    }
}

TEST(Correlation, CorrelationRatioMatchesDefinition)
{
    const QJsonObject o = synthreg::test::statsGolden().value(QStringLiteral("eta")).toArray().first().toObject();
    std::vector<int32_t> groups;
    for (const QJsonValue &g : o[QStringLiteral("groups")].toArray())
        groups.push_back(g.toInt());
    EXPECT_NEAR(correlationRatio(groups, synthreg::test::goldenNumbers(o[QStringLiteral("values")])), o[QStringLiteral("eta")].toDouble(), 1e-12);
}

TEST(Correlation, MatricesUsePairwiseCompleteRowsAndTheRightCoefficient)
{
    EvaluationInput input;
    input.realRows = input.syntheticRows = 6;
    EvaluationColumn x{QStringLiteral("x"), ColumnRole::Continuous, MetricKind::Numerical, {{1, 2, 3, 4, 5, NaN}, {1, 2, 3, 4, 5, 6}}, {}};
    EvaluationColumn y{QStringLiteral("y"), ColumnRole::Continuous, MetricKind::Numerical, {{2, 1, 4, 3, 6, 100}, {6, 5, 4, 3, 2, 1}}, {}};
    EvaluationColumn c{QStringLiteral("c"), ColumnRole::Categorical, MetricKind::Categorical, {},
                       {{QStringLiteral("a"), QStringLiteral("b")}, {0, 0, 0, 1, 1, -1}, {0, 1, 0, 1, 0, 1}}};
    input.columns = {x, y, c};
    const CorrelationReport report = computeCorrelations(input);
    // Row 6 is dropped for (x, y) in the real table: r over the first five pairs.
    const std::vector<double> rx{1, 2, 3, 4, 5}, ry{2, 1, 4, 3, 6};
    EXPECT_NEAR(report.pearson.real.at(0, 1), pearsonR(rx, ry), 1e-15);
    EXPECT_NEAR(report.spearman.real.at(0, 1), spearman(rx, ry).statistic, 1e-15);
    EXPECT_NEAR(report.pearson.synthetic.at(0, 1), -1, 1e-15);
    EXPECT_NEAR(report.pearson.difference.at(1, 0), -1 - pearsonR(rx, ry), 1e-15);
    EXPECT_EQ(report.pearson.real.kinds[2], AssociationKind::CorrelationRatio);
    EXPECT_NEAR(report.pearson.real.at(2, 0), correlationRatio(std::vector<int32_t>{0, 0, 0, 1, 1}, rx), 1e-15);
    EXPECT_DOUBLE_EQ(report.pearson.real.at(2, 2), 1.0);
    EXPECT_TRUE(report.toJson().contains(QStringLiteral("spearman")));
}

TEST(Descriptives, QuantilesFollowNumpyLinear)
{
    const QJsonObject samples = synthreg::test::statsGolden().value(QStringLiteral("samples")).toObject();
    for (const QJsonValue &c : synthreg::test::statsGolden().value(QStringLiteral("quantiles")).toArray()) {
        const QJsonObject o = c.toObject();
        const NumericSummary s = summarize(synthreg::test::goldenNumbers(samples.value(o[QStringLiteral("x")].toString())));
        EXPECT_NEAR(s.q1, o[QStringLiteral("q1")].toDouble(), 1e-12 * std::fabs(o[QStringLiteral("q1")].toDouble()));
        EXPECT_NEAR(s.median, o[QStringLiteral("median")].toDouble(), 1e-12 * std::fabs(o[QStringLiteral("median")].toDouble()));
        EXPECT_NEAR(s.q3, o[QStringLiteral("q3")].toDouble(), 1e-12 * std::fabs(o[QStringLiteral("q3")].toDouble()));
        EXPECT_NEAR(s.sd, o[QStringLiteral("sd")].toDouble(), 1e-12 * o[QStringLiteral("sd")].toDouble());
        EXPECT_NEAR(s.mean, o[QStringLiteral("mean")].toDouble(), 1e-12 * std::fabs(o[QStringLiteral("mean")].toDouble()));
    }
}

TEST(Descriptives, Table1PicksTheTestLikeTheAmlPaper)
{
    EvaluationInput input;
    input.realRows = input.syntheticRows = 8;
    // Two normal-looking samples: Welch. A heavy outlier: Mann-Whitney.
    EvaluationColumn age{QStringLiteral("age"), ColumnRole::Continuous, MetricKind::Numerical,
                         {{50, 52, 49, 51, 53, 48, 50, NaN}, {51, 50, 52, 49, 50, 53, 47, 51}}, {}};
    EvaluationColumn wbc{QStringLiteral("wbc"), ColumnRole::Continuous, MetricKind::Numerical,
                         {{1, 1.1, 1.2, 1.1, 1.0, 1.2, 1.1, 90}, {1, 1.2, 1.1, 1.3, 1.0, 1.1, 1.2, 1.1}}, {}};
    EvaluationColumn sex{QStringLiteral("sex"), ColumnRole::Binary, MetricKind::Categorical, {},
                         {{QStringLiteral("f"), QStringLiteral("m")}, {0, 0, 0, 1, 1, 1, 1, -1}, {0, 0, 1, 1, 1, 1, 1, 1}}};
    input.columns = {age, wbc, sex};
    const Table1 t = computeTable1(input);
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(t.rows[0].real.n, 7);
    EXPECT_EQ(t.rows[0].real.missing, 1);
    EXPECT_TRUE(t.rows[0].bothNormal);
    EXPECT_EQ(t.rows[0].test.method, QStringLiteral("welch_t"));
    EXPECT_EQ(t.rows[1].test.method, QStringLiteral("mann_whitney_u"));
    EXPECT_EQ(t.rows[1].ks.method, QStringLiteral("kolmogorov_smirnov"));
    // sex: levels f, m, Missing; the test sees the 2x2 [3 2; 4 6] without missing -> Fisher.
    ASSERT_EQ(t.rows[2].levels.size(), 3u);
    EXPECT_EQ(t.rows[2].levels.back().label, QStringLiteral("Missing"));
    EXPECT_DOUBLE_EQ(t.rows[2].levels[0].realPercent, 37.5);
    EXPECT_EQ(t.rows[2].test.method, QStringLiteral("fisher_exact"));
    EXPECT_NEAR(t.rows[2].test.pValue, fisherExact(ContingencyTable{2, 2, {3, 2, 4, 6}}).pValue, 1e-15);
}

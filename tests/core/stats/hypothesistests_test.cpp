// Hypothesis tests against SciPy 1.10 (and R for Shapiro-Wilk), from tests/golden/stats_tests.json
// written by tests/golden/make_stats_golden.py.
#include "core/stats/hypothesistests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "statsgolden.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

namespace {



std::vector<double> sample(const QString &name)
{
    return synthreg::test::goldenNumbers(synthreg::test::statsGolden().value(QStringLiteral("samples")).toObject().value(name));
}


// |actual - expected| <= tol * |expected| (plus a floor for values that are exactly 0).
::testing::AssertionResult near(double actual, double expected, double tol)
{
    const double err = std::fabs(actual - expected);
    if (err <= tol * std::fabs(expected) || err <= 1e-300)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << actual << " vs " << expected << " (relative error "
                                         << err / std::fabs(expected) << ", allowed " << tol << ")";
}

QJsonArray cases(const char *key)
{
    const QJsonArray array = synthreg::test::statsGolden().value(QString::fromLatin1(key)).toArray();
    EXPECT_FALSE(array.isEmpty()) << "golden file lacks " << key << ": run tests/golden/make_stats_golden.py";
    return array;
}

} // namespace

TEST(HypothesisTests, WelchMatchesScipy)
{
    for (const QJsonValue &c : cases("welch")) {
        const QJsonObject o = c.toObject();
        const TestResult r = welchTTest(sample(o[QStringLiteral("x")].toString()), sample(o[QStringLiteral("y")].toString()));
        EXPECT_TRUE(near(r.statistic, o[QStringLiteral("statistic")].toDouble(), 1e-9));
        EXPECT_TRUE(near(r.pValue, o[QStringLiteral("p")].toDouble(), 1e-9));
    }
}

TEST(HypothesisTests, MannWhitneyMatchesScipyWithTiesAndContinuity)
{
    for (const QJsonValue &c : cases("mann_whitney")) {
        const QJsonObject o = c.toObject();
        const TestResult r = mannWhitneyU(sample(o[QStringLiteral("x")].toString()), sample(o[QStringLiteral("y")].toString()));
        EXPECT_TRUE(near(r.statistic, o[QStringLiteral("statistic")].toDouble(), 1e-12));
        EXPECT_TRUE(near(r.pValue, o[QStringLiteral("p")].toDouble(), 1e-9));
    }
}

TEST(HypothesisTests, KolmogorovSmirnovMatchesScipyExactAndAsymptotic)
{
    for (const QJsonValue &c : cases("ks")) {
        const QJsonObject o = c.toObject();
        const TestResult r = kolmogorovSmirnov(sample(o[QStringLiteral("x")].toString()), sample(o[QStringLiteral("y")].toString()));
        EXPECT_TRUE(near(r.statistic, o[QStringLiteral("statistic")].toDouble(), 1e-12)) << o[QStringLiteral("x")].toString().toStdString();
        EXPECT_TRUE(near(r.pValue, o[QStringLiteral("p")].toDouble(), 1e-9)) << o[QStringLiteral("x")].toString().toStdString();
    }
}

TEST(HypothesisTests, KolmogorovDistributionMatchesScipyKstwoInEveryRegime)
{
    // Durbin's matrix, Pelz-Good, 2 x Smirnov and the Ruben-Gambino ends, as scipy's _kolmogn picks them.
    for (const QJsonValue &c : cases("kstwo_sf")) {
        const QJsonObject o = c.toObject();
        const double sf = kolmogorovSf(int64_t(o[QStringLiteral("n")].toDouble()), o[QStringLiteral("d")].toDouble());
        EXPECT_TRUE(near(sf, o[QStringLiteral("sf")].toDouble(), 1e-9)) << o[QStringLiteral("n")].toDouble() << " " << o[QStringLiteral("d")].toDouble();
    }
}

TEST(HypothesisTests, FisherExactMatchesScipy)
{
    for (const QJsonValue &c : cases("fisher")) {
        const QJsonObject o = c.toObject();
        const TestResult r = fisherExact(synthreg::test::goldenTable(o[QStringLiteral("table")]));
        if (o[QStringLiteral("statistic_is_inf")].toBool())
            EXPECT_TRUE(std::isinf(r.statistic));
        else if (o[QStringLiteral("statistic")].isNull())
            EXPECT_TRUE(std::isnan(r.statistic));
        else
            EXPECT_TRUE(near(r.statistic, o[QStringLiteral("statistic")].toDouble(), 1e-12));
        EXPECT_TRUE(near(r.pValue, o[QStringLiteral("p")].toDouble(), 1e-9));
    }
}

TEST(HypothesisTests, ChiSquareMatchesScipyWithYatesOn2x2)
{
    for (const QJsonValue &c : cases("chi2")) {
        const QJsonObject o = c.toObject();
        const TestResult r = chiSquareIndependence(synthreg::test::goldenTable(o[QStringLiteral("table")]));
        EXPECT_TRUE(near(r.statistic, o[QStringLiteral("statistic")].toDouble(), 1e-9));
        EXPECT_TRUE(near(r.pValue, o[QStringLiteral("p")].toDouble(), 1e-9));
        EXPECT_EQ(r.degreesOfFreedom, o[QStringLiteral("dof")].toDouble());
    }
}

TEST(HypothesisTests, ShapiroWilkMatchesRAndScipy)
{
    for (const QJsonValue &c : cases("shapiro")) {
        const QJsonObject o = c.toObject();
        const std::string name = o[QStringLiteral("x")].toString().toStdString();
        const TestResult r = shapiroWilk(sample(o[QStringLiteral("x")].toString()));
        // R's swilk.c runs in double precision: the reference for 1e-9.
        EXPECT_TRUE(near(r.statistic, o[QStringLiteral("r_statistic")].toDouble(), 1e-9)) << name;
        EXPECT_TRUE(near(r.pValue, o[QStringLiteral("r_p")].toDouble(), 1e-9)) << name;
        // scipy 1.10's swilk runs in single precision, so it agrees to float accuracy only.
        EXPECT_TRUE(near(r.statistic, o[QStringLiteral("statistic")].toDouble(), 1e-6)) << name;
        EXPECT_TRUE(near(r.pValue, o[QStringLiteral("p")].toDouble(), 1e-4)) << name;
    }
}

TEST(HypothesisTests, SpearmanAndPearsonMatchScipy)
{
    for (const QJsonValue &c : cases("spearman")) {
        const QJsonObject o = c.toObject();
        const TestResult r = spearman(synthreg::test::goldenNumbers(o[QStringLiteral("x")]), synthreg::test::goldenNumbers(o[QStringLiteral("y")]));
        EXPECT_TRUE(near(r.statistic, o[QStringLiteral("statistic")].toDouble(), 1e-12));
        EXPECT_TRUE(near(r.pValue, o[QStringLiteral("p")].toDouble(), 1e-9));
    }
    for (const QJsonValue &c : cases("pearson")) {
        const QJsonObject o = c.toObject();
        const TestResult r = pearson(synthreg::test::goldenNumbers(o[QStringLiteral("x")]), synthreg::test::goldenNumbers(o[QStringLiteral("y")]));
        EXPECT_TRUE(near(r.statistic, o[QStringLiteral("statistic")].toDouble(), 1e-12));
        EXPECT_TRUE(near(r.pValue, o[QStringLiteral("p")].toDouble(), 1e-9));
    }
}

TEST(HypothesisTests, UndefinedInputsGiveNaNNotACrash)
{
    const std::vector<double> one{1.0}, constant{2.0, 2.0, 2.0, 2.0};
    EXPECT_FALSE(welchTTest(one, constant).isValid());
    EXPECT_FALSE(shapiroWilk(constant).isValid());
    EXPECT_FALSE(shapiroWilk(std::vector<double>{1.0, 2.0}).isValid());
    EXPECT_FALSE(pearson(constant, constant).isValid());
    EXPECT_FALSE(kolmogorovSmirnov(std::vector<double>{}, constant).isValid());
    ContingencyTable emptyColumn{2, 2, {0, 3, 0, 4}};
    EXPECT_FALSE(chiSquareIndependence(emptyColumn).isValid());
    EXPECT_DOUBLE_EQ(fisherExact(emptyColumn).pValue, 1.0);  // scipy: p = 1, odds ratio NaN
}

TEST(HypothesisTests, AverageRanksSplitTies)
{
    EXPECT_EQ(averageRanks(std::vector<double>{3, 1, 3, 2}), (std::vector<double>{3.5, 1, 3.5, 2}));
}

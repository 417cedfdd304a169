#pragma once

#include "core/stats/evaluationinput.h"
#include "core/stats/hypothesistests.h"

#include <QJsonObject>
#include <QString>

#include <span>
#include <vector>

namespace synthreg::core {

/** Descriptive statistics of one numerical sample; NaN values count as missing. */
struct NumericSummary
{
    qint64 n = 0;          ///< non-missing values
    qint64 missing = 0;
    double mean = 0;
    double sd = 0;         ///< sample SD (ddof 1)
    double median = 0;
    double q1 = 0;         ///< numpy's default (linear) 25th percentile
    double q3 = 0;
    double minimum = 0;
    double maximum = 0;

    QJsonObject toJson() const;
};

/** Summarises `values`; every statistic is NaN when no value is present (SD needs two). */
NumericSummary summarize(std::span<const double> values);

/** numpy.quantile(method='linear') of an ascending, NaN-free sample; NaN when it is empty. */
double sortedQuantile(std::span<const double> sorted, double q);

/** One level of a categorical Table 1 row; "Missing" is a level when either table has one. */
struct LevelCount
{
    QString label;
    qint64 realCount = 0;
    qint64 syntheticCount = 0;
    double realPercent = 0;       ///< of all real rows
    double syntheticPercent = 0;

    QJsonObject toJson() const;
};

/**
 * One Table 1 row, real vs synthetic, with the test the AML paper chose: for a numerical column
 * Shapiro-Wilk on both samples, Welch's t when both p >= 0.05 and Mann-Whitney U otherwise, plus a
 * two-sample KS test; for a categorical column Fisher's exact test when it has two levels,
 * otherwise the chi-square test, on the levels x {real, synthetic} table without missing values.
 */
struct Table1Row
{
    QString column;
    MetricKind kind = MetricKind::Numerical;
    NumericSummary real;             ///< numerical and date columns
    NumericSummary synthetic;
    TestResult shapiroReal;          ///< NaN outside 3 <= n <= 5000: normality then counts as rejected
    TestResult shapiroSynthetic;
    bool bothNormal = false;
    std::vector<LevelCount> levels;  ///< categorical columns
    TestResult test;                 ///< Welch t, Mann-Whitney U, Fisher or chi-square
    TestResult ks;                   ///< numerical and date columns

    QJsonObject toJson() const;
};

struct Table1
{
    std::vector<Table1Row> rows;
    QJsonObject toJson() const;
};

/** Builds Table 1 over `input`'s scored columns. Pure computation; thread-safe. */
Table1 computeTable1(const EvaluationInput &input);

} // namespace synthreg::core

#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace synthreg::core {

/**
 * The outcome of one hypothesis test. `statistic` is the test's own statistic (t, U, W, D,
 * chi-square, odds ratio, rho, r); `pValue` is two-sided. Both are NaN when the test is undefined
 * for the input (too few values, zero variance, an empty margin); `method` then still names it.
 */
struct TestResult
{
    QString method;          ///< stable key: "welch_t", "mann_whitney_u", "fisher_exact", ...
    double statistic = 0;
    double pValue = 0;
    double degreesOfFreedom = 0;  ///< t and chi-square tests; 0 where the test has none

    bool isValid() const;
    QJsonObject toJson() const;
};

/** A contingency table of counts, row-major: `counts[row * columns + column]`. */
struct ContingencyTable
{
    int rows = 0;
    int columns = 0;
    std::vector<int64_t> counts;

    int64_t at(int row, int column) const { return counts[size_t(row) * size_t(columns) + size_t(column)]; }
    int64_t total() const;
};

// All functions take plain samples without missing values: callers drop NaN first.

/** Welch's unequal-variance t test, as scipy.stats.ttest_ind(equal_var=False). */
TestResult welchTTest(std::span<const double> x, std::span<const double> y);

/**
 * Mann-Whitney U, as scipy.stats.mannwhitneyu(method='asymptotic', use_continuity=True):
 * normal approximation with tie correction and continuity correction. statistic = U of `x`.
 */
TestResult mannWhitneyU(std::span<const double> x, std::span<const double> y);

/** Fisher's exact test on a 2x2 table, as scipy.stats.fisher_exact; statistic = sample odds ratio. */
TestResult fisherExact(const ContingencyTable &table);

/**
 * Chi-square test of independence, as scipy.stats.chi2_contingency (correction=True: Yates'
 * correction when the table has one degree of freedom, i.e. 2x2).
 */
TestResult chiSquareIndependence(const ContingencyTable &table, bool yatesCorrection = true);

/** Two-sample Kolmogorov-Smirnov, as scipy.stats.ks_2samp(method='auto'): exact up to 10,000 per side. */
TestResult kolmogorovSmirnov(std::span<const double> x, std::span<const double> y);

/** The finite-n two-sided Kolmogorov distribution's tail P(D_n >= d), as scipy.stats.kstwo.sf(d, n). */
double kolmogorovSf(int64_t n, double d);

/** The two-sample KS statistic alone: the largest distance between the empirical CDFs. */
double ksStatistic(std::span<const double> x, std::span<const double> y);

/**
 * Shapiro-Wilk W and p (Royston 1995, algorithm AS R94, as R's swilk.c and scipy.stats.shapiro).
 * Defined for 3 <= n <= 5000 and a non-zero range; NaN otherwise.
 */
TestResult shapiroWilk(std::span<const double> x);

/** Pearson's r with the two-sided p of scipy.stats.pearsonr (exact under bivariate normality). */
TestResult pearson(std::span<const double> x, std::span<const double> y);

/** Spearman's rho with the t-approximation p of scipy.stats.spearmanr. */
TestResult spearman(std::span<const double> x, std::span<const double> y);

/** Ranks 1..n with ties given their average rank (scipy.stats.rankdata(method='average')). */
std::vector<double> averageRanks(std::span<const double> values);

/** Pearson's r alone; NaN for fewer than two pairs or a constant input. */
double pearsonR(std::span<const double> x, std::span<const double> y);

} // namespace synthreg::core

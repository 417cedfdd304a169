#pragma once

#include "core/stats/evaluationinput.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace synthreg::core {

/** One column's Column Shapes score (SDMetrics' KSComplement or TVComplement) and missingness. */
struct ColumnShape
{
    QString column;
    QString metric;                    ///< "KSComplement" or "TVComplement"
    double score = 0;                  ///< NaN when a side has no non-missing value
    double realMissingRate = 0;
    double syntheticMissingRate = 0;
    double missingRateDifference = 0;  ///< synthetic - real
    QString error;                     ///< why the score is NaN, empty otherwise

    QJsonObject toJson() const;
};

/** One column pair's Column Pair Trends score (CorrelationSimilarity or ContingencySimilarity). */
struct ColumnPairTrend
{
    QString column1;
    QString column2;
    QString metric;                        ///< "CorrelationSimilarity" or "ContingencySimilarity"
    double score = 0;                      ///< NaN when undefined (constant column, < 2 rows)
    double realCorrelation = 0;            ///< Pearson r, CorrelationSimilarity only (else NaN)
    double syntheticCorrelation = 0;
    double realAssociation = 0;            ///< Cramer's V of the real table, ContingencySimilarity only
    bool meetsThreshold = false;           ///< counts in the SDMetrics >= 0.27 score
    QString error;

    QJsonObject toJson() const;
};

/**
 * The SDMetrics QualityReport (single table) on SynthReg's columns: Column Shapes, Column Pair
 * Trends and their mean, both over every pair (the classic report) and over the pairs with a
 * trend in the real data (SDMetrics >= 0.27: real |r| > 0.5 or real Cramer's V > 0.3).
 * Scores are means that skip NaN, as pandas' mean in SDMetrics; a property with no score is NaN
 * and the quality score is then the mean of the properties that have one.
 */
struct FidelityReport
{
    static constexpr double kRealCorrelationThreshold = 0.5;
    static constexpr double kRealAssociationThreshold = 0.3;

    std::vector<ColumnShape> columnShapes;
    std::vector<ColumnPairTrend> columnPairTrends;
    double columnShapesScore = 0;
    double columnPairTrendsScore = 0;
    double qualityScore = 0;
    double thresholdedColumnPairTrendsScore = 0;
    double thresholdedQualityScore = 0;

    QJsonObject toJson() const;
};

/** Scores every scored column and column pair of `input`. Pure computation; thread-safe. */
FidelityReport computeFidelity(const EvaluationInput &input);

// The single metrics, on one side each; NaN (or -1 codes) mark missing values.

/** SDMetrics KSComplement: 1 - two-sample KS statistic on the non-missing values; NaN if a side is empty. */
double ksComplement(std::span<const double> real, std::span<const double> synthetic, bool roundLikeSdmetrics = true);

/** SDMetrics TVComplement: 1 - TVD of the category frequencies, missing dropped; NaN if a side is empty. */
double tvComplement(std::span<const int32_t> real, std::span<const int32_t> synthetic);

/** SDMetrics CorrelationSimilarity: 1 - |r_real - r_syn| / 2 on pairwise-complete rows. */
struct CorrelationSimilarity
{
    double score = 0;
    double real = 0;
    double synthetic = 0;
    QString error;
};
CorrelationSimilarity correlationSimilarity(std::span<const double> realA, std::span<const double> realB,
                                            std::span<const double> syntheticA, std::span<const double> syntheticB);

/** SDMetrics ContingencySimilarity on coded columns (-1 = missing) and the real table's Cramer's V. */
struct ContingencySimilarity
{
    double score = 0;
    double realAssociation = 0;
};
ContingencySimilarity contingencySimilarity(std::span<const int32_t> realA, std::span<const int32_t> realB,
                                            std::span<const int32_t> syntheticA, std::span<const int32_t> syntheticB);

/**
 * SDMetrics' discretisation of a numerical column paired with a categorical one: 10 equal-width
 * bins over the column's own non-missing range (numpy histogram_bin_edges), bin = number of edges
 * <= value (numpy digitize), so codes run 1..11 with the maximum and every missing value in 11.
 */
std::vector<int32_t> discretizeLikeSdmetrics(std::span<const double> values);

} // namespace synthreg::core

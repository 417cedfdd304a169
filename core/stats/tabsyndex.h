#pragma once

#include "core/stats/evaluationinput.h"

#include <QJsonObject>

namespace synthreg::core {

/**
 * Three TabSynDex components (Chundawat et al. 2022) as the AML synthetic-data pipeline's
 * evaluation code defines them (basic_statistical_measure_num, regularized_support_coverage,
 * log_transformed_correlation_score). Each lies in [0, 1], 1 best; NaN where the reference
 * formula is undefined for the data (see tabsyndex.cpp for each case).
 */
struct TabSynDexScores
{
    double meanScore = 0;
    double medianScore = 0;
    double standardDeviationScore = 0;
    double basicStatisticalMeasure = 0;        ///< mean of the three scores above
    double regularizedSupportCoverage = 0;
    double logTransformedCorrelationScore = 0;

    QJsonObject toJson() const;
};

/** Computes the components on `input`'s scored columns. Pure computation; thread-safe. */
TabSynDexScores computeTabSynDex(const EvaluationInput &input);

} // namespace synthreg::core

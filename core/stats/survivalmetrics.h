#pragma once

#include "core/data/columnspec.h"
#include "core/data/schema.h"
#include "core/stats/kaplanmeier.h"
#include "core/stats/logrank.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <vector>

namespace synthreg::core {

struct EvaluationInput;

/**
 * The SurvivalGAN distances between a real and a synthetic Kaplan-Meier curve (Norcliffe
 * et al. 2023), as synthcity computes them (SurvivalKMDistance / nonparametric_distance).
 */
struct SurvivalDistance
{
    double optimism = 0;          ///< mean of S_syn - S_real over [Tmin, Tmax]; > 0: synthetic survives too long
    double kmDivergence = 0;      ///< mean of |S_syn - S_real|; synthcity's abs_optimism
    double shortSightedness = 0;  ///< (max T_real - max T_syn) / Tmax; > 0: synthetic follow-up too short
    int gridPoints = 1000;
    QString error;

    bool isValid() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

/**
 * Computes the three SurvivalGAN metrics on `gridPoints` points spread evenly over
 * [max(0, min T), max T], T pooled over both samples (censored times included). Rows are
 * cleaned as survivalSample() does. Returns a result with `error` set (and NaN metrics)
 * when either sample is empty or every time is 0. Pure function; thread-safe.
 */
SurvivalDistance survivalDistance(const std::vector<double> &realTimes, const std::vector<int> &realEvents,
                                  const std::vector<double> &syntheticTimes, const std::vector<int> &syntheticEvents,
                                  int gridPoints = 1000);

/** What a report shows of one Kaplan-Meier curve. */
struct KaplanMeierSummary
{
    size_t n = 0;
    size_t events = 0;
    size_t droppedRows = 0;
    SurvivalMedian median;
    SurvivalMedian medianFollowUp;                ///< reverse Kaplan-Meier
    std::vector<KaplanMeierSummaryRow> atTimes;   ///< numbers at risk and S at the requested times

    QJsonObject toJson() const;
};

/** One survival endpoint (time + event column) of the real and the synthetic data compared. */
struct SurvivalEndpointEvaluation
{
    QString name;
    QString timeColumn;
    QString eventColumn;
    KaplanMeierSummary real;
    KaplanMeierSummary synthetic;
    LogRankResult logRank;        ///< real (group 1) against synthetic (group 2)
    SurvivalDistance distance;
    /// The whole curves, for the overlay plots of the screen and the report (not in toJson()).
    std::vector<KaplanMeierRow> realCurve;
    std::vector<KaplanMeierRow> syntheticCurve;
    QStringList warnings;         ///< results that exist but deserve a caveat (e.g. no synthetic events)
    QString error;                ///< set when the endpoint cannot be evaluated; the rest is then partial

    bool isValid() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

/**
 * Evaluates the endpoint `link` of `input`: Kaplan-Meier medians (with log-log 95% CI) and
 * numbers at risk at `riskTimes` for both tables, median follow-up, the log-rank test of
 * real against synthetic and the SurvivalGAN distances.
 *
 * The event column's labels are read through `coding`: codes in `event` are events, codes
 * in `censored` and `competing` are censored (a competing event ends follow-up for the
 * endpoint: the usual cause-specific Kaplan-Meier, which overstates the cumulative incidence
 * when competing risks are common), any other label is dropped and counted.
 *
 * Returns a result with `error` set when a column is missing or has the wrong kind, the
 * coding names no event code, a table has no usable row, or the real data have no event.
 * Pure function; thread-safe.
 */
SurvivalEndpointEvaluation evaluateSurvivalEndpoint(const EvaluationInput &input, const SurvivalLink &link,
                                                    const EventCoding &coding, const std::vector<double> &riskTimes);

} // namespace synthreg::core

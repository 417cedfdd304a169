#pragma once

#include "core/jobs/evaluationreport.h"
#include "core/privacy/privacychecks.h"

#include <QJsonArray>

namespace synthreg::core {

/**
 * The limits a release is checked against. Defaults follow the issue and output-checking
 * practice of secure research environments: no copies, leakage below 0.05, membership AUC
 * below 0.6, no category or Kaplan-Meier risk set below 10, quality above 0.70. Settings.
 */
struct ReleaseThresholds
{
    PrivacyThresholds privacy;
    double qualityFloor = 0.70;   ///< SDMetrics-style quality score (column shapes + pair trends)
    int smallCell = 10;           ///< categories with fewer rows are small cells; KM tails stop below it

    QJsonObject toJson() const;
};

/** One check of the gate; the same shape as the privacy panel's checks. */
using GateCheck = PrivacyCheck;

/** Every check of a release, and whether export is blocked (any Fail). */
struct GateResult
{
    std::vector<GateCheck> checks;   ///< exact copies, leakage, DCR share, membership AUC, small cells, quality
    CheckOutcome overall = CheckOutcome::Pass;

    bool blocked() const { return overall == CheckOutcome::Fail; }
    QJsonArray toJson() const;
};

/** A check outcome's stable JSON key: "pass", "warn", "fail", "not_computed". */
QString checkOutcomeKey(CheckOutcome outcome);

/**
 * Checks a release. `copiedRows` counts synthetic rows identical to any real row (training or
 * holdout; rowsCopyingReal()), which replaces the report's count against training rows only;
 * `smallCells` are those of the table to be released, at the release's threshold.
 * Without a holdout the report has no privacy section: those checks are NotComputed (a
 * warning), with an explanation saying how to compute them.
 */
GateResult releaseGate(const EvaluationReport &report, size_t copiedRows, const SmallCellResult &smallCells,
                       const ReleaseThresholds &thresholds = {});

} // namespace synthreg::core

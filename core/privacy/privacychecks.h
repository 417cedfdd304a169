#pragma once

#include "privacyreport.h"

#include <QString>

#include <vector>

namespace synthreg::core {

/** How one privacy figure compares with its limit. */
enum class CheckOutcome { Pass, Warn, Fail, NotComputed };

/**
 * The limits a release is checked against (issue #6's gate uses the same). Warn starts halfway
 * to a limit, so a steward sees a figure approaching it before it blocks.
 */
struct PrivacyThresholds
{
    size_t exactMatches = 0;          ///< more synthetic copies of training rows than this fail
    double leakageCoefficient = 0.05; ///< the AML paper's Hamming leakage threshold
    double dcrShareMargin = 0.10;     ///< share closer to train may exceed its ideal by this much
    double membershipAuc = 0.60;      ///< distance-based membership attack
};

/** One figure, its limit and a sentence that says what it means and what to do. */
struct PrivacyCheck
{
    QString key;           ///< stable: "exact_matches", "leakage", "dcr_share", "membership_auc", "small_cells"
    QString name;          ///< translated
    CheckOutcome outcome = CheckOutcome::NotComputed;
    double value = 0;
    double limit = 0;
    QString explanation;   ///< translated, plain language
};

/** Checks every privacy figure of `report` against `thresholds`, in the order of the keys above. */
std::vector<PrivacyCheck> privacyChecks(const PrivacyReport &report, const PrivacyThresholds &thresholds = {});

/** Fail if any check fails, else Warn if any warns, else Pass (NotComputed checks count as Warn). */
CheckOutcome overallOutcome(const std::vector<PrivacyCheck> &checks);

/** A plain-language verdict for a steward, naming the checks that failed or warned. Translated. */
QString privacyVerdict(const std::vector<PrivacyCheck> &checks);

} // namespace synthreg::core

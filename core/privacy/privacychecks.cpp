#include "privacychecks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace synthreg::core {

namespace {

struct PrivacyChecksText
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyChecks)
};

/** Fail above `limit`, warn above half of it (measured from `ideal`). */
CheckOutcome against(double value, double ideal, double limit)
{
    if (!std::isfinite(value))
        return CheckOutcome::NotComputed;
    if (value - ideal > limit)
        return CheckOutcome::Fail;
    return value - ideal > limit / 2 ? CheckOutcome::Warn : CheckOutcome::Pass;
}

QString number(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

} // namespace

std::vector<PrivacyCheck> privacyChecks(const PrivacyReport &report, const PrivacyThresholds &thresholds)
{
    std::vector<PrivacyCheck> checks;
    const size_t matches = report.exactMatches.syntheticMatches;
    checks.push_back({QStringLiteral("exact_matches"), PrivacyChecksText::tr("Exact copies of training rows"),
                      matches > thresholds.exactMatches ? CheckOutcome::Fail : CheckOutcome::Pass, double(matches),
                      double(thresholds.exactMatches),
                      matches > thresholds.exactMatches
                          ? PrivacyChecksText::tr("%n synthetic row(s) repeat a real patient's row exactly; remove them "
                                                  "before release (the release export does).", nullptr, int(matches))
                          : PrivacyChecksText::tr("No synthetic row repeats a training row.")});

    const HammingLeakageResult &leakage = report.leakage;
    PrivacyCheck leak{QStringLiteral("leakage"), PrivacyChecksText::tr("Leakage coefficient"),
                      against(leakage.coefficient, 0, thresholds.leakageCoefficient), leakage.coefficient,
                      thresholds.leakageCoefficient, {}};
    leak.explanation = !leakage.error.isEmpty() ? leakage.error
                       : leak.outcome == CheckOutcome::Fail
                           ? PrivacyChecksText::tr("Synthetic rows are markedly closer to training patients than to new ones "
                                                   "(%1 against the limit %2): the generator memorised. Train fewer epochs "
                                                   "or use a smaller model.").arg(number(leakage.coefficient, 3),
                                                                                  number(thresholds.leakageCoefficient, 2))
                           : PrivacyChecksText::tr("Synthetic rows are about as close to training patients as to new ones "
                                                   "(%1; limit %2).").arg(number(leakage.coefficient, 3),
                                                                          number(thresholds.leakageCoefficient, 2));
    checks.push_back(leak);

    const DcrResult &dcr = report.dcr;
    checks.push_back({QStringLiteral("dcr_share"), PrivacyChecksText::tr("Share closer to training rows"),
                      against(dcr.shareCloserToTrain, dcr.idealShare, thresholds.dcrShareMargin), dcr.shareCloserToTrain,
                      dcr.idealShare + thresholds.dcrShareMargin,
                      PrivacyChecksText::tr("%1 % of synthetic rows lie closer to a training row than to any holdout row; "
                                            "an honest generator gives about %2 %, and more than %3 points above that "
                                            "suggests memorisation.").arg(number(100 * dcr.shareCloserToTrain, 0),
                                                                          number(100 * dcr.idealShare, 0),
                                                                          number(100 * thresholds.dcrShareMargin, 0))});

    const double auc = report.membership.auc;
    checks.push_back({QStringLiteral("membership_auc"), PrivacyChecksText::tr("Membership attack AUC"),
                      against(auc, 0.5, thresholds.membershipAuc - 0.5), auc, thresholds.membershipAuc,
                      PrivacyChecksText::tr("An attacker who holds a patient's record tells whether it was in the "
                                            "training data with an AUC of %1 (0.50 is a coin toss; above %2 fails).")
                          .arg(number(auc, 2), number(thresholds.membershipAuc, 2))});

    const size_t cells = report.smallCells.cells.size();
    checks.push_back({QStringLiteral("small_cells"), PrivacyChecksText::tr("Small cells"),
                      cells > 0 ? CheckOutcome::Warn : CheckOutcome::Pass, double(cells), double(report.smallCells.threshold),
                      cells > 0 ? PrivacyChecksText::tr("%n category(ies) hold fewer than %1 rows; output checking asks "
                                                        "to merge or suppress them before release.", nullptr, int(cells))
                                      .arg(report.smallCells.threshold)
                                : PrivacyChecksText::tr("Every category holds at least %1 rows.").arg(report.smallCells.threshold)});
    return checks;
}

CheckOutcome overallOutcome(const std::vector<PrivacyCheck> &checks)
{
    CheckOutcome overall = CheckOutcome::Pass;
    for (const PrivacyCheck &check : checks) {
        if (check.outcome == CheckOutcome::Fail)
            return CheckOutcome::Fail;
        if (check.outcome != CheckOutcome::Pass)
            overall = CheckOutcome::Warn;
    }
    return overall;
}

QString privacyVerdict(const std::vector<PrivacyCheck> &checks)
{
    QStringList failed, warned;
    for (const PrivacyCheck &check : checks) {
        if (check.outcome == CheckOutcome::Fail)
            failed << check.name;
        else if (check.outcome != CheckOutcome::Pass)
            warned << check.name;
    }
    const QString separator = QStringLiteral(", ");
    if (!failed.isEmpty())
        return PrivacyChecksText::tr("Not safe to release as it is: %1. Read the explanations below and retrain or "
                                     "clean the data before sharing it.").arg(failed.join(separator));
    if (!warned.isEmpty())
        return PrivacyChecksText::tr("No direct leak found, but look at: %1.").arg(warned.join(separator));
    return PrivacyChecksText::tr("No sign that the synthetic rows reveal training patients: no copies, no closer to "
                                 "training patients than to new ones, and a membership attack does no better than chance.");
}

} // namespace synthreg::core

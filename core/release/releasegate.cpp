#include "releasegate.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace synthreg::core {

namespace {

struct GateText
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseGate)
};

GateCheck qualityCheck(const FidelityReport &fidelity, double floor)
{
    const double score = fidelity.qualityScore;
    GateCheck check{QStringLiteral("quality"), GateText::tr("Quality score"), CheckOutcome::NotComputed, score, floor, {}};
    const QString value = QLocale().toString(score, 'f', 2), limit = QLocale().toString(floor, 'f', 2);
    if (!std::isfinite(score)) {
        check.explanation = GateText::tr("The quality score could not be computed; evaluate the synthetic data first.");
    } else if (score < floor) {
        check.outcome = CheckOutcome::Fail;
        check.explanation = GateText::tr("The synthetic data reproduces the real columns and their relations poorly "
                                         "(%1, floor %2): recipients would draw wrong conclusions. Train longer or "
                                         "choose another generator.").arg(value, limit);
    } else {
        check.outcome = score < floor + 0.05 ? CheckOutcome::Warn : CheckOutcome::Pass;
        check.explanation = GateText::tr("Column shapes and pair trends score %1 (floor %2).").arg(value, limit);
    }
    return check;
}

std::vector<GateCheck> privacyNotComputed(const PrivacyReport &measured, const ReleaseThresholds &thresholds)
{
    PrivacyReport none = measured;
    none.leakage.coefficient = NAN;
    none.dcr.shareCloserToTrain = NAN;
    none.membership.auc = NAN;
    std::vector<GateCheck> checks = privacyChecks(none, thresholds.privacy);
    for (GateCheck &check : checks) {
        if (check.key == QLatin1String("exact_matches") || check.key == QLatin1String("small_cells"))
            continue;
        check.outcome = CheckOutcome::NotComputed;
        check.explanation = GateText::tr("Not computed: the evaluation had no holdout (real rows the generator never "
                                         "saw). Evaluate with a holdout to measure it.");
    }
    return checks;
}

} // namespace

QJsonObject ReleaseThresholds::toJson() const
{
    return {{QStringLiteral("exact_matches"), qint64(privacy.exactMatches)},
            {QStringLiteral("leakage_coefficient"), privacy.leakageCoefficient},
            {QStringLiteral("dcr_share_margin"), privacy.dcrShareMargin},
            {QStringLiteral("membership_auc"), privacy.membershipAuc},
            {QStringLiteral("quality_floor"), qualityFloor},
            {QStringLiteral("small_cell"), smallCell}};
}

QString checkOutcomeKey(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass: return QStringLiteral("pass");
    case CheckOutcome::Warn: return QStringLiteral("warn");
    case CheckOutcome::Fail: return QStringLiteral("fail");
    case CheckOutcome::NotComputed: break;
    }
    return QStringLiteral("not_computed");
}

QJsonArray GateResult::toJson() const
{
    QJsonArray array;
    for (const GateCheck &check : checks)
        array.append(QJsonObject{{QStringLiteral("key"), check.key},
                                 {QStringLiteral("name"), check.name},
                                 {QStringLiteral("outcome"), checkOutcomeKey(check.outcome)},
                                 {QStringLiteral("value"), std::isfinite(check.value) ? QJsonValue(check.value) : QJsonValue()},
                                 {QStringLiteral("limit"), check.limit},
                                 {QStringLiteral("explanation"), check.explanation}});
    return array;
}

GateResult releaseGate(const EvaluationReport &report, size_t copiedRows, const SmallCellResult &smallCells,
                       const ReleaseThresholds &thresholds)
{
    GateResult gate;
    PrivacyReport privacy = report.privacy.value_or(PrivacyReport{});
    privacy.exactMatches.syntheticMatches = copiedRows;
    privacy.smallCells = smallCells;
    gate.checks = report.privacy ? privacyChecks(privacy, thresholds.privacy) : privacyNotComputed(privacy, thresholds);
    // The release counts copies of any real row, holdout included, not only of training rows.
    GateCheck &copies = gate.checks.front();
    copies.name = GateText::tr("Copies of real patients");
    copies.explanation = copiedRows > thresholds.privacy.exactMatches
                             ? GateText::tr("%n synthetic row(s) repeat a real patient's row exactly; the export leaves them "
                                            "out, but copies show the generator memorised: retrain before releasing.",
                                            nullptr, int(copiedRows))
                             : GateText::tr("No synthetic row repeats a real patient's row.");
    gate.checks.push_back(qualityCheck(report.fidelity, thresholds.qualityFloor));
    gate.overall = overallOutcome(gate.checks);
    return gate;
}

} // namespace synthreg::core

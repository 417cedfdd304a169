#include "evaluator.h"

#include <QJsonArray>

#include "core/stats/holdoutinput.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace synthreg::core {

namespace {
// Step names and findings reach the user: lupdate reads Evaluation::tr() under the context "Evaluation".
struct Evaluation
{
    Q_DECLARE_TR_FUNCTIONS(Evaluation)
};

/** Numbers at risk by default at the quartiles of the real follow-up times. */
std::vector<double> defaultRiskTimes(const EvaluationInput &input, const SurvivalLink &link)
{
    const EvaluationColumn *time = input.find(link.timeColumn);
    if (!time)
        return {};
    std::vector<double> times;
    for (double t : time->numeric.real) {
        if (!std::isnan(t))
            times.push_back(t);
    }
    if (times.empty())
        return {};
    std::sort(times.begin(), times.end());
    std::vector<double> quartiles;
    for (double q : {0.25, 0.5, 0.75})
        quartiles.push_back(std::round(times[size_t(q * double(times.size() - 1))]));
    return quartiles;
}

/** Plain-language findings for the steward, in the order of their weight. */
QStringList findings(const EvaluationReport &report)
{
    QStringList flags;
    if (report.privacy) {
        const PrivacyReport &p = *report.privacy;
        if (p.exactMatches.syntheticMatches > 0)
            flags << Evaluation::tr("%1 synthetic rows are exact copies of real patients' rows: remove them before any release.")
                         .arg(p.exactMatches.syntheticMatches);
        if (p.leakage.isFlagged)
            flags << Evaluation::tr("The privacy-leakage coefficient is %1, above the %2 threshold: synthetic rows sit closer to the "
                        "training patients than to unseen ones.").arg(p.leakage.coefficient, 0, 'f', 3).arg(p.leakage.threshold);
        if (p.membership.auc > 0.6)
            flags << Evaluation::tr("A membership-inference attack tells training patients from unseen ones with AUC %1 (0.5 is ideal).")
                         .arg(p.membership.auc, 0, 'f', 2);
        if (!p.smallCells.cells.empty())
            flags << Evaluation::tr("%1 categories have fewer than %2 rows: check them against your output-checking rules.")
                         .arg(p.smallCells.cells.size()).arg(p.smallCells.threshold);
    }
    if (report.utility && report.utility->discriminator.ok() && report.utility->discriminator.auc > 0.8)
        flags << Evaluation::tr("A classifier tells synthetic from real rows with AUC %1: the synthetic data are easy to recognise.")
                     .arg(report.utility->discriminator.auc, 0, 'f', 2);
    if (std::isfinite(report.fidelity.qualityScore) && report.fidelity.qualityScore < 0.7)
        flags << Evaluation::tr("The quality score is %1, below 0.70 (poor).").arg(report.fidelity.qualityScore, 0, 'f', 2);
    for (const SurvivalEndpointEvaluation &endpoint : report.survival) {
        if (!endpoint.isValid())
            flags << Evaluation::tr("Survival endpoint %1 could not be evaluated: %2").arg(endpoint.name, endpoint.error);
        else if (endpoint.logRank.isValid() && endpoint.logRank.pValue < 0.05)
            flags << Evaluation::tr("Survival endpoint %1 differs between real and synthetic data (log-rank p = %2).")
                         .arg(endpoint.name).arg(endpoint.logRank.pValue, 0, 'g', 3);
    }
    return flags;
}
} // namespace

QJsonObject EvaluationSettings::toJson() const
{
    QJsonArray times;
    for (double t : riskTimes)
        times.append(t);
    return {{QStringLiteral("target"), target},
            {QStringLiteral("risk_times"), times},
            {QStringLiteral("small_cell_threshold"), smallCellThreshold},
            {QStringLiteral("leakage_threshold"), leakageThreshold},
            {QStringLiteral("seed"), QString::number(seed)}};
}

std::optional<EvaluationReport> evaluate(const EvaluationRequest &request, const EvaluationProgress &progress,
                                         const std::atomic<bool> *cancel, QString *error)
{
    const bool hasHoldout = request.holdout.rowCount() > 0;
    int step = 0;
    const int steps = 6 + (hasHoldout ? 2 : 0);
    auto advance = [&](const QString &what) {
        if (cancel && cancel->load()) {
            *error = Evaluation::tr("The evaluation was cancelled.");
            return false;
        }
        if (progress)
            progress(double(step++) / steps, what);
        return true;
    };

    const auto input = EvaluationInput::build(request.train, request.synthetic, request.schema, error);
    if (!input)
        return std::nullopt;
    std::optional<EvaluationInput> reference;
    if (hasHoldout) {
        reference = EvaluationInput::build(request.train, request.holdout, request.schema, error);
        if (!reference) {
            *error = Evaluation::tr("The holdout does not match the training data: %1").arg(*error);
            return std::nullopt;
        }
    }

    EvaluationReport report;
    report.settings = request.settings;
    report.trainRows = request.train.rowCount();
    report.holdoutRows = request.holdout.rowCount();
    report.syntheticRows = request.synthetic.rowCount();

    if (!advance(Evaluation::tr("Column shapes and pair trends")))
        return std::nullopt;
    report.fidelity = computeFidelity(*input);
    if (reference)
        report.holdoutFidelity = computeFidelity(*reference);
    if (!advance(Evaluation::tr("TabSynDex")))
        return std::nullopt;
    report.tabsyndex = computeTabSynDex(*input);
    if (!advance(Evaluation::tr("Table 1 and its tests")))
        return std::nullopt;
    report.table1 = computeTable1(*input);
    if (!advance(Evaluation::tr("Correlation matrices")))
        return std::nullopt;
    report.correlations = computeCorrelations(*input);
    if (!advance(Evaluation::tr("Survival endpoints")))
        return std::nullopt;
    for (const SurvivalLink &link : request.schema.survival) {
        const ColumnSpec *event = request.schema.find(link.eventColumn);
        const std::vector<double> times = request.settings.riskTimes.empty() ? defaultRiskTimes(*input, link)
                                                                             : request.settings.riskTimes;
        report.survival.push_back(evaluateSurvivalEndpoint(*input, link, event ? event->eventCoding : EventCoding{}, times));
    }

    if (hasHoldout) {
        const auto holdoutInput = HoldoutInput::fromEvaluationInputs(*input, *reference, error);
        if (!holdoutInput)
            return std::nullopt;
        UtilityOptions utilityOptions;
        utilityOptions.seed = request.settings.seed;
        utilityOptions.threads = request.settings.threads > 0 ? request.settings.threads : 2;
        if (!request.settings.target.isEmpty()) {
            if (!advance(Evaluation::tr("Utility: train on synthetic, test on real")))
                return std::nullopt;
            // A survival endpoint as target (its name, time or event column): hazard ratios for
            // the effects, and the event indicator as what TSTR predicts.
            const QString &target = request.settings.target;
            const auto endpoint = std::find_if(request.schema.survival.begin(), request.schema.survival.end(), [&](const SurvivalLink &l) {
                return l.name == target || l.timeColumn == target || l.eventColumn == target;
            });
            UtilitySection utility;
            utility.tstr = trainSyntheticTestReal(*holdoutInput, endpoint != request.schema.survival.end() ? endpoint->eventColumn : target,
                                                  utilityOptions);
            utility.discriminator = discriminatorAuc(*input, utilityOptions);
            if (endpoint != request.schema.survival.end()) {
                const ColumnSpec *event = request.schema.find(endpoint->eventColumn);
                utility.effects = coxEffectAgreement(*input, *endpoint, event ? event->eventCoding : EventCoding{});
            } else if (utility.tstr.ok() && utility.tstr.task == UtilityTask::BinaryClassification) {
                utility.effects = effectAgreement(*input, target);
            }
            report.utility = std::move(utility);
        }
        if (!advance(Evaluation::tr("Privacy: exact matches, distances, leakage, membership inference")))
            return std::nullopt;
        PrivacyOptions privacyOptions;
        privacyOptions.seed = request.settings.seed;
        privacyOptions.threads = request.settings.threads;
        privacyOptions.smallCellThreshold = request.settings.smallCellThreshold;
        privacyOptions.hamming.threshold = request.settings.leakageThreshold;
        report.privacy = evaluatePrivacy(*holdoutInput, privacyOptions);
    }
    report.flags = findings(report);
    if (progress)
        progress(1.0, Evaluation::tr("Done"));
    return report;
}

} // namespace synthreg::core

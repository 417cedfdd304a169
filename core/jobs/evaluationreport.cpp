// EvaluationReport -> JSON. The top-level keys below are the stable, documented contract
// (docs/report-format.md); each section also carries its metric's full detail under its
// own keys so nothing computed is lost.
#include "evaluationreport.h"
#include "core/stats/numericvalues.h"

#include <QJsonArray>

#include <cmath>

namespace synthreg::core {

namespace {

QJsonObject fidelityJson(const FidelityReport &fidelity, const std::optional<FidelityReport> &reference)
{
    QJsonArray columns;
    for (const ColumnShape &shape : fidelity.columnShapes) {
        columns.append(QJsonObject{{QStringLiteral("name"), shape.column},
                                   {QStringLiteral("metric"), shape.metric},
                                   {QStringLiteral("score"), jsonNumber(shape.score)},
                                   {QStringLiteral("missing_rate_real"), jsonNumber(shape.realMissingRate)},
                                   {QStringLiteral("missing_rate_synthetic"), jsonNumber(shape.syntheticMissingRate)},
                                   {QStringLiteral("missing_rate_difference"), jsonNumber(shape.missingRateDifference)},
                                   {QStringLiteral("error"), shape.error}});
    }
    QJsonArray pairs;
    for (const ColumnPairTrend &pair : fidelity.columnPairTrends)
        pairs.append(pair.toJson());
    QJsonObject json{{QStringLiteral("quality_score"), jsonNumber(fidelity.qualityScore)},
                     {QStringLiteral("column_shapes"), jsonNumber(fidelity.columnShapesScore)},
                     {QStringLiteral("column_pair_trends"), jsonNumber(fidelity.columnPairTrendsScore)},
                     {QStringLiteral("quality_score_thresholded"), jsonNumber(fidelity.thresholdedQualityScore)},
                     {QStringLiteral("column_pair_trends_thresholded"), jsonNumber(fidelity.thresholdedColumnPairTrendsScore)},
                     {QStringLiteral("columns"), columns},
                     {QStringLiteral("pairs"), pairs}};
    if (reference) {
        json.insert(QStringLiteral("reference"),
                    QJsonObject{{QStringLiteral("quality_score"), jsonNumber(reference->qualityScore)},
                                {QStringLiteral("column_shapes"), jsonNumber(reference->columnShapesScore)},
                                {QStringLiteral("column_pair_trends"), jsonNumber(reference->columnPairTrendsScore)},
                                {QStringLiteral("quality_score_thresholded"), jsonNumber(reference->thresholdedQualityScore)}});
    }
    return json;
}

QJsonObject survivalJson(const SurvivalEndpointEvaluation &endpoint)
{
    return {{QStringLiteral("name"), endpoint.name},
            {QStringLiteral("time"), endpoint.timeColumn},
            {QStringLiteral("event"), endpoint.eventColumn},
            {QStringLiteral("km_divergence"), jsonNumber(endpoint.distance.kmDivergence)},
            {QStringLiteral("optimism"), jsonNumber(endpoint.distance.optimism)},
            {QStringLiteral("short_sightedness"), jsonNumber(endpoint.distance.shortSightedness)},
            {QStringLiteral("logrank_p"), jsonNumber(endpoint.logRank.pValue)},
            {QStringLiteral("median_real"), jsonNumber(endpoint.real.median.median)},
            {QStringLiteral("median_synthetic"), jsonNumber(endpoint.synthetic.median.median)},
            {QStringLiteral("error"), endpoint.error},
            {QStringLiteral("detail"), endpoint.toJson()}};
}

/** The headline utility metric: AUC for classes (accuracy if AUC is undefined), R² for a number. */
std::pair<QString, std::pair<double, double>> headline(const TstrResult &tstr)
{
    if (tstr.task == UtilityTask::Regression)
        return {QStringLiteral("r2"), {tstr.trainedOnSynthetic.r2, tstr.trainedOnReal.r2}};
    if (std::isfinite(tstr.trainedOnReal.auc))
        return {QStringLiteral("auc"), {tstr.trainedOnSynthetic.auc, tstr.trainedOnReal.auc}};
    return {QStringLiteral("accuracy"), {tstr.trainedOnSynthetic.accuracy, tstr.trainedOnReal.accuracy}};
}

QJsonObject utilityJson(const UtilitySection &utility)
{
    const auto [metric, scores] = headline(utility.tstr);
    QJsonArray effects;
    if (utility.effects) {
        for (const EffectComparison &effect : utility.effects->effects)
            effects.append(effect.toJson());
    }
    return {{QStringLiteral("target"), utility.tstr.target},
            {QStringLiteral("task"), utilityTaskKey(utility.tstr.task)},
            {QStringLiteral("metric"), metric},
            {QStringLiteral("synthetic"), jsonNumber(scores.first)},
            {QStringLiteral("real_baseline"), jsonNumber(scores.second)},
            {QStringLiteral("discriminator_auc"), jsonNumber(utility.discriminator.auc)},
            {QStringLiteral("error"), utility.tstr.error},
            {QStringLiteral("tstr"), utility.tstr.toJson()},
            {QStringLiteral("discriminator"), utility.discriminator.toJson()},
            {QStringLiteral("effects"), effects},
            {QStringLiteral("effect_agreement"), utility.effects ? utility.effects->toJson() : QJsonObject()}};
}

QJsonObject privacyJson(const PrivacyReport &privacy)
{
    return {{QStringLiteral("exact_matches"), qint64(privacy.exactMatches.syntheticMatches)},
            {QStringLiteral("exact_match_share"), jsonNumber(privacy.exactMatches.syntheticShare)},
            {QStringLiteral("dcr_share"), jsonNumber(privacy.dcr.shareCloserToTrain)},
            {QStringLiteral("dcr_ideal"), jsonNumber(privacy.dcr.idealShare)},
            {QStringLiteral("dcr_median"), jsonNumber(privacy.dcr.medianDcrTrain)},
            {QStringLiteral("nndr_median"), jsonNumber(privacy.dcr.medianNndr)},
            {QStringLiteral("leakage_coefficient"), jsonNumber(privacy.leakage.coefficient)},
            {QStringLiteral("leakage_baseline"), jsonNumber(privacy.leakage.baselineCoefficient)},
            {QStringLiteral("leakage_flagged"), privacy.leakage.isFlagged},
            {QStringLiteral("mia_auc"), jsonNumber(privacy.membership.auc)},
            {QStringLiteral("small_cells"), privacy.smallCells.toJson()},
            {QStringLiteral("detail"), privacy.toJson()}};
}
} // namespace

QJsonObject EvaluationReport::toJson() const
{
    QJsonArray survivalArray;
    for (const SurvivalEndpointEvaluation &endpoint : survival)
        survivalArray.append(survivalJson(endpoint));
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("synthreg.evaluation")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("settings"), settings.toJson()},
                     {QStringLiteral("rows"), QJsonObject{{QStringLiteral("train"), qint64(trainRows)},
                                                          {QStringLiteral("holdout"), qint64(holdoutRows)},
                                                          {QStringLiteral("synthetic"), qint64(syntheticRows)}}},
                     {QStringLiteral("fidelity"), fidelityJson(fidelity, holdoutFidelity)},
                     {QStringLiteral("tabsyndex"), tabsyndex.toJson()},
                     {QStringLiteral("table1"), table1.toJson()},
                     {QStringLiteral("correlations"), correlations.toJson()},
                     {QStringLiteral("survival"), survivalArray},
                     {QStringLiteral("flags"), QJsonArray::fromStringList(flags)}};
    if (utility)
        json.insert(QStringLiteral("utility"), utilityJson(*utility));
    if (privacy)
        json.insert(QStringLiteral("privacy"), privacyJson(*privacy));
    return json;
}

} // namespace synthreg::core

// EvaluationReport -> JSON. The top-level keys below are the stable, documented contract
// (docs/report-format.md); each section also carries its metric's full detail under its
// own keys so nothing computed is lost.
#include "evaluationreport.h"

#include <QJsonArray>

#include <cmath>

namespace synthreg::core {

namespace {
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject fidelityJson(const FidelityReport &fidelity, const std::optional<FidelityReport> &reference)
{
    QJsonArray columns;
    for (const ColumnShape &shape : fidelity.columnShapes) {
        columns.append(QJsonObject{{QStringLiteral("name"), shape.column},
                                   {QStringLiteral("metric"), shape.metric},
                                   {QStringLiteral("score"), number(shape.score)},
                                   {QStringLiteral("missing_rate_real"), number(shape.realMissingRate)},
                                   {QStringLiteral("missing_rate_synthetic"), number(shape.syntheticMissingRate)},
                                   {QStringLiteral("missing_rate_difference"), number(shape.missingRateDifference)},
                                   {QStringLiteral("error"), shape.error}});
    }
    QJsonArray pairs;
    for (const ColumnPairTrend &pair : fidelity.columnPairTrends)
        pairs.append(pair.toJson());
    QJsonObject json{{QStringLiteral("quality_score"), number(fidelity.qualityScore)},
                     {QStringLiteral("column_shapes"), number(fidelity.columnShapesScore)},
                     {QStringLiteral("column_pair_trends"), number(fidelity.columnPairTrendsScore)},
                     {QStringLiteral("quality_score_thresholded"), number(fidelity.thresholdedQualityScore)},
                     {QStringLiteral("column_pair_trends_thresholded"), number(fidelity.thresholdedColumnPairTrendsScore)},
                     {QStringLiteral("columns"), columns},
                     {QStringLiteral("pairs"), pairs}};
    if (reference) {
        json.insert(QStringLiteral("reference"),
                    QJsonObject{{QStringLiteral("quality_score"), number(reference->qualityScore)},
                                {QStringLiteral("column_shapes"), number(reference->columnShapesScore)},
                                {QStringLiteral("column_pair_trends"), number(reference->columnPairTrendsScore)},
                                {QStringLiteral("quality_score_thresholded"), number(reference->thresholdedQualityScore)}});
    }
    return json;
}

QJsonObject survivalJson(const SurvivalEndpointEvaluation &endpoint)
{
    return {{QStringLiteral("name"), endpoint.name},
            {QStringLiteral("time"), endpoint.timeColumn},
            {QStringLiteral("event"), endpoint.eventColumn},
            {QStringLiteral("km_divergence"), number(endpoint.distance.kmDivergence)},
            {QStringLiteral("optimism"), number(endpoint.distance.optimism)},
            {QStringLiteral("short_sightedness"), number(endpoint.distance.shortSightedness)},
            {QStringLiteral("logrank_p"), number(endpoint.logRank.pValue)},
            {QStringLiteral("median_real"), number(endpoint.real.median.median)},
            {QStringLiteral("median_synthetic"), number(endpoint.synthetic.median.median)},
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
            {QStringLiteral("synthetic"), number(scores.first)},
            {QStringLiteral("real_baseline"), number(scores.second)},
            {QStringLiteral("discriminator_auc"), number(utility.discriminator.auc)},
            {QStringLiteral("error"), utility.tstr.error},
            {QStringLiteral("tstr"), utility.tstr.toJson()},
            {QStringLiteral("discriminator"), utility.discriminator.toJson()},
            {QStringLiteral("effects"), effects},
            {QStringLiteral("effect_agreement"), utility.effects ? utility.effects->toJson() : QJsonObject()}};
}

QJsonObject privacyJson(const PrivacyReport &privacy)
{
    return {{QStringLiteral("exact_matches"), qint64(privacy.exactMatches.syntheticMatches)},
            {QStringLiteral("exact_match_share"), number(privacy.exactMatches.syntheticShare)},
            {QStringLiteral("dcr_share"), number(privacy.dcr.shareCloserToTrain)},
            {QStringLiteral("dcr_ideal"), number(privacy.dcr.idealShare)},
            {QStringLiteral("dcr_median"), number(privacy.dcr.medianDcrTrain)},
            {QStringLiteral("nndr_median"), number(privacy.dcr.medianNndr)},
            {QStringLiteral("leakage_coefficient"), number(privacy.leakage.coefficient)},
            {QStringLiteral("leakage_baseline"), number(privacy.leakage.baselineCoefficient)},
            {QStringLiteral("leakage_flagged"), privacy.leakage.isFlagged},
            {QStringLiteral("mia_auc"), number(privacy.membership.auc)},
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

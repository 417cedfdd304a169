#include "dcr.h"

#include "privacymath.h"

#include <cmath>

namespace synthreg::core {

using synthreg::core::jsonNumber;
using privacy_detail::quantile;

double nearestNeighborDistanceRatio(double nearest, double secondNearest)
{
    if (nearest == 0)
        return 0;   // an exact copy, even of a duplicated record, is the most revealing case
    if (!std::isfinite(secondNearest))
        return NAN;
    return nearest / secondNearest;
}

static double medianRatio(const Neighbors &neighbors)
{
    std::vector<double> ratios(neighbors.nearest.size());
    for (size_t i = 0; i < ratios.size(); ++i)
        ratios[i] = nearestNeighborDistanceRatio(neighbors.nearest[i], neighbors.secondNearest[i]);
    return quantile(std::move(ratios), 0.5);
}

DcrResult distanceToClosestRecord(const DistanceRows &train, const DistanceRows &holdout, const DistanceRows &synthetic,
                                  const NeighborSearchOptions &options)
{
    DcrResult result;
    result.syntheticRows = synthetic.rows;
    result.trainRows = train.rows;
    result.holdoutRows = holdout.rows;
    result.idealShare = (train.rows + holdout.rows) > 0 ? double(train.rows) / double(train.rows + holdout.rows) : NAN;

    const Neighbors toTrain = nearestNeighbors(synthetic, train, options);
    const Neighbors toHoldout = nearestNeighbors(synthetic, holdout, options);
    double closer = 0;
    for (size_t i = 0; i < synthetic.rows; ++i) {
        if (toTrain.nearest[i] < toHoldout.nearest[i])
            closer += 1;
        else if (toTrain.nearest[i] == toHoldout.nearest[i])
            closer += 0.5;
    }
    result.shareCloserToTrain = synthetic.rows ? closer / double(synthetic.rows) : NAN;
    result.medianDcrTrain = quantile(toTrain.nearest, 0.5);
    result.p05DcrTrain = quantile(toTrain.nearest, 0.05);
    result.medianDcrHoldout = quantile(toHoldout.nearest, 0.5);
    result.medianNndr = medianRatio(toTrain);

    const Neighbors holdoutToTrain = nearestNeighbors(holdout, train, options);
    result.holdoutMedianDcr = quantile(holdoutToTrain.nearest, 0.5);
    result.holdoutP05Dcr = quantile(holdoutToTrain.nearest, 0.05);
    result.holdoutMedianNndr = medianRatio(holdoutToTrain);
    result.syntheticToTrain = toTrain.nearest;
    result.holdoutToTrain = holdoutToTrain.nearest;
    return result;
}

DcrResult distanceToClosestRecord(const HoldoutInput &input, const NeighborSearchOptions &options)
{
    return distanceToClosestRecord(encodeForDistance(input, RecordSet::Train), encodeForDistance(input, RecordSet::Holdout),
                                   encodeForDistance(input, RecordSet::Synthetic), options);
}

QJsonObject DcrResult::toJson() const
{
    return {{QStringLiteral("synthetic_rows"), qint64(syntheticRows)},
            {QStringLiteral("train_rows"), qint64(trainRows)},
            {QStringLiteral("holdout_rows"), qint64(holdoutRows)},
            {QStringLiteral("share_closer_to_train"), jsonNumber(shareCloserToTrain)},
            {QStringLiteral("ideal_share"), jsonNumber(idealShare)},
            {QStringLiteral("median_dcr_train"), jsonNumber(medianDcrTrain)},
            {QStringLiteral("p05_dcr_train"), jsonNumber(p05DcrTrain)},
            {QStringLiteral("median_dcr_holdout"), jsonNumber(medianDcrHoldout)},
            {QStringLiteral("median_nndr"), jsonNumber(medianNndr)},
            {QStringLiteral("holdout_median_dcr"), jsonNumber(holdoutMedianDcr)},
            {QStringLiteral("holdout_p05_dcr"), jsonNumber(holdoutP05Dcr)},
            {QStringLiteral("holdout_median_nndr"), jsonNumber(holdoutMedianNndr)}};
}

} // namespace synthreg::core

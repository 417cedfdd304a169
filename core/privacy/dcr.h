#pragma once

#include "nearestneighbors.h"

#include <QJsonObject>

namespace synthreg::core {

/**
 * Distance to closest record (DCR) and nearest-neighbour distance ratio (NNDR) of the
 * synthetic rows, measured against the training rows and against the holdout, in the space
 * of encodeForDistance(). The holdout rows' own DCR/NNDR to the training rows are the
 * real-vs-real reference.
 */
struct DcrResult
{
    size_t syntheticRows = 0;
    size_t trainRows = 0;
    size_t holdoutRows = 0;
    /// Share of synthetic rows closer to a training row than to any holdout row; a tie counts half.
    double shareCloserToTrain = 0;
    /// What an honest generator gets: |train| / (|train| + |holdout|).
    double idealShare = 0;
    double medianDcrTrain = 0;     ///< median over synthetic rows of the distance to the closest training row
    double p05DcrTrain = 0;        ///< its 5th percentile (SDMetrics/synthcity report this tail)
    double medianDcrHoldout = 0;   ///< median over synthetic rows of the distance to the closest holdout row
    /// Median over synthetic rows of nearest / second-nearest training distance (0 for an exact copy).
    double medianNndr = 0;
    double holdoutMedianDcr = 0;   ///< reference: median over holdout rows of the distance to the closest training row
    double holdoutP05Dcr = 0;
    double holdoutMedianNndr = 0;
    /// The distributions behind those medians, one value per row (plots; not in toJson()).
    std::vector<double> syntheticToTrain;   ///< each synthetic row's distance to its closest training row
    std::vector<double> holdoutToTrain;     ///< each holdout row's distance to its closest training row

    QJsonObject toJson() const;
};

/** DCR and NNDR from already encoded rows (see encodeForDistance()). */
DcrResult distanceToClosestRecord(const DistanceRows &train, const DistanceRows &holdout, const DistanceRows &synthetic,
                                  const NeighborSearchOptions &options = {});

/** Encodes `input` and computes DCR and NNDR. */
DcrResult distanceToClosestRecord(const HoldoutInput &input, const NeighborSearchOptions &options = {});

/** NNDR of one row: nearest / second nearest; 0 when nearest is 0 (a copy); NaN without a second neighbour. */
double nearestNeighborDistanceRatio(double nearest, double secondNearest);

} // namespace synthreg::core

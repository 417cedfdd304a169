#pragma once

#include "nearestneighbors.h"

#include <QJsonObject>

#include <cstdint>

namespace synthreg::core {

/**
 * A distance-based membership-inference attack: the attacker holds real records and the
 * synthetic data, and calls a record a member of the training set the closer it lies to
 * its closest synthetic record. AUC 0.5: the synthetic data tells members from non-members
 * no better than a coin; 1.0: it gives every member away.
 */
struct MembershipInferenceResult
{
    double auc = 0;
    size_t members = 0;      ///< training rows attacked (a random subset the size of the holdout)
    size_t nonMembers = 0;   ///< holdout rows attacked
    uint64_t seed = 0;

    QJsonObject toJson() const;
};

/**
 * Scores `members` = min(|train|, |holdout|) training rows drawn at random with `seed` and all
 * holdout rows by minus their distance to the closest synthetic row, and returns the AUC of
 * that score (Mann-Whitney, ties half). Equal group sizes follow the balanced attack sets of
 * the usual membership tests; they also bound the cost to 2 |holdout| searches.
 */
MembershipInferenceResult membershipInference(const DistanceRows &train, const DistanceRows &holdout,
                                              const DistanceRows &synthetic, uint64_t seed,
                                              const NeighborSearchOptions &options = {});

} // namespace synthreg::core

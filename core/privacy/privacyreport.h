#pragma once

#include "dcr.h"
#include "exactmatches.h"
#include "hammingleakage.h"
#include "membershipinference.h"
#include "smallcells.h"

#include <QJsonObject>

namespace synthreg::core {

/** Settings of a full privacy evaluation. */
struct PrivacyOptions
{
    uint64_t seed = 42;             ///< membership-attack sampling
    int threads = 0;                ///< 0: one per core
    int smallCellThreshold = 10;
    HammingOptions hamming;         ///< its `threads` is replaced by `threads`
    NeighborSearchOptions neighbors;///< its `threads` is replaced by `threads`
};

/** Every privacy number of one synthetic table, measured against training and holdout rows. */
struct PrivacyReport
{
    ExactMatchResult exactMatches;
    DcrResult dcr;
    HammingLeakageResult leakage;
    MembershipInferenceResult membership;
    SmallCellResult smallCells;

    QJsonObject toJson() const;
};

/**
 * Runs all privacy metrics on `input`. CPU-bound (seconds for 100k x 100k rows on two
 * cores); call it from a worker thread. Throws only std::bad_alloc.
 */
PrivacyReport evaluatePrivacy(const HoldoutInput &input, const PrivacyOptions &options = {});

} // namespace synthreg::core

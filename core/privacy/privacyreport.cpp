#include "privacyreport.h"

namespace synthreg::core {

PrivacyReport evaluatePrivacy(const HoldoutInput &input, const PrivacyOptions &options)
{
    NeighborSearchOptions neighbors = options.neighbors;
    neighbors.threads = options.threads;
    HammingOptions hamming = options.hamming;
    hamming.threads = options.threads;

    PrivacyReport report;
    report.exactMatches = exactMatches(input);
    // Encoded once: DCR and the membership attack share the same distance space.
    const DistanceRows train = encodeForDistance(input, RecordSet::Train);
    const DistanceRows holdout = encodeForDistance(input, RecordSet::Holdout);
    const DistanceRows synthetic = encodeForDistance(input, RecordSet::Synthetic);
    report.dcr = distanceToClosestRecord(train, holdout, synthetic, neighbors);
    report.membership = membershipInference(train, holdout, synthetic, options.seed, neighbors);
    report.leakage = hammingLeakage(input, hamming);
    report.smallCells = smallCells(input, options.smallCellThreshold);
    return report;
}

QJsonObject PrivacyReport::toJson() const
{
    return {{QStringLiteral("exact_matches"), exactMatches.toJson()},
            {QStringLiteral("dcr"), dcr.toJson()},
            {QStringLiteral("hamming_leakage"), leakage.toJson()},
            {QStringLiteral("membership_inference"), membership.toJson()},
            {QStringLiteral("small_cells"), smallCells.toJson()}};
}

} // namespace synthreg::core

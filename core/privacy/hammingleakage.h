#pragma once

#include "core/stats/holdoutinput.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace synthreg::core {

/** Settings of the Hamming privacy-leakage coefficient; the defaults are the paper's. */
struct HammingOptions
{
    int bins = 10;              ///< quantile bins per numerical column
    double threshold = 0.05;    ///< coefficients above this are flagged
    uint64_t seed = 1;          ///< shuffles rows before they are cut into chunks
    int threads = 0;            ///< 0: one per core
};

/** Minimum Hamming distances from one set's rows to another's, averaged over chunk pairs. */
struct HammingDistanceSummary
{
    double averageMinimum = 0;   ///< mean over chunk pairs of the mean minimum distance (attributes that differ)
    double medianMinimum = 0;    ///< mean over chunk pairs of the median minimum distance
    size_t zeroDistanceRows = 0; ///< summed over chunk pairs: rows with an identical binned row in the chunk
    size_t chunkPairs = 0;

    QJsonObject toJson() const;
};

/**
 * The privacy-leakage coefficient of Eckardt et al. 2024, "Mimicking clinical trials with
 * synthetic acute myeloid leukemia patients using generative artificial intelligence"
 * (npj Digit Med 7:76, Table 3): (average minimum Hamming distance synthetic -> holdout) /
 * (average minimum Hamming distance synthetic -> train) - 1. Synthetic rows that sit closer
 * to the training patients than to unseen patients of the same population push it up.
 */
struct HammingLeakageResult
{
    HammingDistanceSummary syntheticToTrain;
    HammingDistanceSummary syntheticToHoldout;
    HammingDistanceSummary trainToTrain;     ///< reference: distinct training chunks against each other
    HammingDistanceSummary trainToHoldout;   ///< reference: training chunks against the holdout
    double coefficient = 0;           ///< syntheticToHoldout / syntheticToTrain - 1
    double baselineCoefficient = 0;   ///< trainToHoldout / trainToTrain - 1; NaN with one training chunk
    bool isFlagged = false;           ///< coefficient > threshold
    double threshold = 0.05;
    int bins = 10;
    size_t chunkRows = 0;             ///< the holdout's size: every set is cut into chunks of about this many rows
    size_t attributes = 0;
    QString error;                    ///< set (and the numbers left NaN) when the metric cannot be computed

    QJsonObject toJson() const;
};

/**
 * Computes the coefficient as the paper's reference code does. Every set is shuffled and cut
 * into round(n / |holdout|) chunks of equal size (numpy.array_split); for each pair of a
 * "from" chunk and a "to" chunk, the numerical columns are cut into `bins` quantile bins of
 * the "to" chunk (pandas.qcut, duplicate edges dropped, outer edges opened to +-inf), and each
 * "from" row's minimum Hamming distance (number of attributes whose bin or category differs)
 * to the "to" rows is taken; the result averages over chunk pairs. Unlike the reference code,
 * where pandas counts NaN != NaN, a missing value is its own bin or category and equals a
 * missing value. Distances come from one-hot codes packed into 64-bit words: distance =
 * popcount(a xor b) / 2. The baseline repeats this for the real data: training chunks
 * against other training chunks (each unordered pair once) and against the holdout.
 */
HammingLeakageResult hammingLeakage(const HoldoutInput &input, const HammingOptions &options = {});

} // namespace synthreg::core

#pragma once

#include "core/stats/holdoutinput.h"

#include <QJsonObject>

namespace synthreg::core {

/**
 * Synthetic rows identical to a training row in every scored column (a missing value
 * equals a missing value; numbers compare exactly, -0 equal to 0), and the same for holdout
 * rows as the real-vs-real reference: real registries hold duplicate rows by chance too.
 */
struct ExactMatchResult
{
    size_t syntheticRows = 0;
    size_t syntheticMatches = 0;    ///< synthetic rows with an identical training row
    double syntheticShare = 0;      ///< syntheticMatches / syntheticRows
    size_t holdoutRows = 0;
    size_t holdoutMatches = 0;      ///< holdout rows with an identical training row
    double holdoutShare = 0;

    QJsonObject toJson() const;
};

/** Counts exact copies through row hashes (collisions are resolved by comparing the rows). */
ExactMatchResult exactMatches(const HoldoutInput &input);

/** The synthetic rows (ascending) identical to a training row, as exactMatches() counts them. */
std::vector<size_t> syntheticRowsCopyingTrain(const HoldoutInput &input);

} // namespace synthreg::core

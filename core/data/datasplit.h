#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace synthreg::core {

class Table;

/**
 * The one split of the real data into train rows (the generators' input) and holdout rows
 * (never seen by a generator; the reference for privacy and utility). Made once, stored in
 * the project, and reproducible from its seed.
 */
struct DataSplit
{
    uint64_t seed = 0;
    double holdoutShare = 0.2;
    QString groupColumn;                ///< patient id: all rows of one patient fall on one side
    size_t rowCount = 0;
    std::vector<uint32_t> holdoutRows;  ///< ascending

    std::vector<size_t> trainRowList() const;
    std::vector<size_t> holdoutRowList() const;
    bool operator==(const DataSplit &) const = default;
};

/**
 * Splits `table` at random with a portable generator (the same seed gives the same split on
 * every platform). With `groupColumn`, whole groups (patients) go to the holdout until it
 * holds at least `holdoutShare` of the rows, so no patient's visits leak across the split.
 */
DataSplit makeHoldoutSplit(const Table &table, double holdoutShare, uint64_t seed, const QString &groupColumn = {});

} // namespace synthreg::core

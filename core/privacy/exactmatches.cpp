#include "exactmatches.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace synthreg::core {

namespace {

// splitmix64's finaliser: a cheap, well-mixed 64-bit hash step.
uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

uint64_t valueKey(double v)
{
    if (std::isnan(v))
        return 0x7ff8000000000001ULL;   // every NaN is one "missing"
    if (v == 0.0)
        v = 0.0;                        // -0 == 0
    return std::bit_cast<uint64_t>(v);
}

uint64_t rowHash(const HoldoutInput &input, RecordSet set, size_t row)
{
    uint64_t hash = 0x243f6a8885a308d3ULL;
    for (const HoldoutColumn &column : input.columns) {
        const uint64_t key = column.isCategorical() ? uint64_t(int64_t(column.codesOf(set)[row])) : valueKey(column.values(set)[row]);
        hash = mix(hash ^ key);
    }
    return hash;
}

bool sameRow(const HoldoutInput &input, RecordSet a, size_t rowA, RecordSet b, size_t rowB)
{
    for (const HoldoutColumn &column : input.columns) {
        if (column.isCategorical()) {
            if (column.codesOf(a)[rowA] != column.codesOf(b)[rowB])
                return false;
        } else if (valueKey(column.values(a)[rowA]) != valueKey(column.values(b)[rowB])) {
            return false;
        }
    }
    return true;
}

std::vector<size_t> matchingRows(const HoldoutInput &input, const std::vector<std::pair<uint64_t, size_t>> &trainHashes, RecordSet set)
{
    std::vector<size_t> matches;
    for (size_t row = 0; row < input.rowCount(set); ++row) {
        const uint64_t hash = rowHash(input, set, row);
        auto it = std::lower_bound(trainHashes.begin(), trainHashes.end(), std::make_pair(hash, size_t(0)));
        for (; it != trainHashes.end() && it->first == hash; ++it) {
            if (sameRow(input, set, row, RecordSet::Train, it->second)) {
                matches.push_back(row);
                break;
            }
        }
    }
    return matches;
}

size_t countMatches(const HoldoutInput &input, const std::vector<std::pair<uint64_t, size_t>> &trainHashes, RecordSet set)
{
    return matchingRows(input, trainHashes, set).size();
}

std::vector<std::pair<uint64_t, size_t>> sortedTrainHashes(const HoldoutInput &input)
{
    std::vector<std::pair<uint64_t, size_t>> trainHashes(input.rowCount(RecordSet::Train));
    for (size_t row = 0; row < trainHashes.size(); ++row)
        trainHashes[row] = {rowHash(input, RecordSet::Train, row), row};
    std::sort(trainHashes.begin(), trainHashes.end());
    return trainHashes;
}

} // namespace

std::vector<size_t> syntheticRowsCopyingTrain(const HoldoutInput &input)
{
    return matchingRows(input, sortedTrainHashes(input), RecordSet::Synthetic);
}

ExactMatchResult exactMatches(const HoldoutInput &input)
{
    const auto trainHashes = sortedTrainHashes(input);

    ExactMatchResult result;
    result.syntheticRows = input.rowCount(RecordSet::Synthetic);
    result.holdoutRows = input.rowCount(RecordSet::Holdout);
    result.syntheticMatches = countMatches(input, trainHashes, RecordSet::Synthetic);
    result.holdoutMatches = countMatches(input, trainHashes, RecordSet::Holdout);
    result.syntheticShare = result.syntheticRows ? double(result.syntheticMatches) / double(result.syntheticRows) : 0.0;
    result.holdoutShare = result.holdoutRows ? double(result.holdoutMatches) / double(result.holdoutRows) : 0.0;
    return result;
}

QJsonObject ExactMatchResult::toJson() const
{
    return {{QStringLiteral("synthetic_rows"), qint64(syntheticRows)},
            {QStringLiteral("synthetic_matches"), qint64(syntheticMatches)},
            {QStringLiteral("synthetic_share"), syntheticShare},
            {QStringLiteral("holdout_rows"), qint64(holdoutRows)},
            {QStringLiteral("holdout_matches"), qint64(holdoutMatches)},
            {QStringLiteral("holdout_share"), holdoutShare}};
}

} // namespace synthreg::core

#include "datasplit.h"

#include "table.h"

#include <QHash>

#include <algorithm>
#include <random>

namespace synthreg::core {

namespace {
// std::shuffle's algorithm is left to the standard library; this Fisher-Yates on
// mt19937_64 (whose output the standard fixes) makes a stored seed reproduce the split anywhere.
template <typename T>
void portableShuffle(std::vector<T> &values, uint64_t seed)
{
    std::mt19937_64 engine(seed);
    for (size_t i = values.size(); i > 1; --i) {
        const size_t j = size_t(engine() % i);
        std::swap(values[i - 1], values[j]);
    }
}
} // namespace

std::vector<size_t> DataSplit::trainRowList() const
{
    std::vector<size_t> rows;
    rows.reserve(rowCount - holdoutRows.size());
    size_t next = 0;
    for (size_t row = 0; row < rowCount; ++row) {
        if (next < holdoutRows.size() && holdoutRows[next] == row)
            ++next;
        else
            rows.push_back(row);
    }
    return rows;
}

std::vector<size_t> DataSplit::holdoutRowList() const
{
    return std::vector<size_t>(holdoutRows.begin(), holdoutRows.end());
}

DataSplit makeHoldoutSplit(const Table &table, double holdoutShare, uint64_t seed, const QString &groupColumn)
{
    DataSplit split;
    split.seed = seed;
    split.holdoutShare = std::clamp(holdoutShare, 0.0, 1.0);
    split.rowCount = table.rowCount();
    const size_t target = size_t(std::llround(split.holdoutShare * double(split.rowCount)));
    const int groupIndex = groupColumn.isEmpty() ? -1 : table.indexOf(groupColumn);

    if (groupIndex < 0) {
        std::vector<uint32_t> rows(split.rowCount);
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = uint32_t(i);
        portableShuffle(rows, seed);
        rows.resize(target);
        split.holdoutRows = std::move(rows);
    } else {
        split.groupColumn = groupColumn;
        const Column &ids = table.column(groupIndex);
        QHash<QString, std::vector<uint32_t>> rowsByGroup;
        std::vector<QString> groups;   // first-seen order, so the shuffle input is deterministic
        for (size_t row = 0; row < ids.size(); ++row) {
            const QString key = ids.displayText(row);
            auto it = rowsByGroup.find(key);
            if (it == rowsByGroup.end()) {
                it = rowsByGroup.insert(key, {});
                groups.push_back(key);
            }
            it->push_back(uint32_t(row));
        }
        portableShuffle(groups, seed);
        for (const QString &group : groups) {
            if (split.holdoutRows.size() >= target)
                break;
            const auto &rows = rowsByGroup[group];
            split.holdoutRows.insert(split.holdoutRows.end(), rows.begin(), rows.end());
        }
    }
    std::sort(split.holdoutRows.begin(), split.holdoutRows.end());
    return split;
}

} // namespace synthreg::core

#include "datasplit.h"

#include "table.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
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
/** Group ids of a column's rows: 0, 1, ... in first-seen order, and how many rows each group has. */
struct RowGroups
{
    std::vector<uint32_t> groupOfRow;
    std::vector<uint32_t> sizes;
};

/**
 * Groups rows by the stored value of `ids` (number bits, category code, seconds), not by
 * display text: one QString per row made the split take 0.4-0.75 s on 1M rows, on the GUI
 * thread. Missing ids form one group.
 */
RowGroups groupRows(const Column &ids)
{
    RowGroups groups;
    groups.groupOfRow.resize(ids.size());
    std::unordered_map<uint64_t, uint32_t> groupOf;
    constexpr uint64_t kMissing = ~uint64_t(0);
    for (size_t row = 0; row < ids.size(); ++row) {
        uint64_t key = kMissing;
        if (!ids.isMissing(row)) {
            switch (ids.kind()) {
            case StorageKind::Numeric: {
                const double value = ids.numbers()[row] == 0 ? 0.0 : ids.numbers()[row];   // -0 and 0 are one patient
                std::memcpy(&key, &value, sizeof key);
                break;
            }
            case StorageKind::Categorical: key = uint64_t(uint32_t(ids.codes()[row])); break;
            case StorageKind::Timestamp: key = uint64_t(ids.seconds()[row]); break;
            }
        }
        const auto [it, inserted] = groupOf.try_emplace(key, uint32_t(groups.sizes.size()));
        if (inserted)
            groups.sizes.push_back(0);
        ++groups.sizes[it->second];
        groups.groupOfRow[row] = it->second;
    }
    return groups;
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
        const RowGroups groups = groupRows(table.column(groupIndex));
        std::vector<uint32_t> order(groups.sizes.size());   // groups in first-seen order, then shuffled
        for (size_t g = 0; g < order.size(); ++g)
            order[g] = uint32_t(g);
        portableShuffle(order, seed);
        std::vector<bool> inHoldout(order.size(), false);
        size_t taken = 0;
        for (uint32_t group : order) {
            if (taken >= target)
                break;
            inHoldout[group] = true;
            taken += groups.sizes[group];
        }
        split.holdoutRows.reserve(taken);
        for (size_t row = 0; row < groups.groupOfRow.size(); ++row) {   // ascending, as DataSplit promises
            if (inHoldout[groups.groupOfRow[row]])
                split.holdoutRows.push_back(uint32_t(row));
        }
        return split;
    }
    std::sort(split.holdoutRows.begin(), split.holdoutRows.end());
    return split;
}

} // namespace synthreg::core

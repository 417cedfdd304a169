#include "core/data/datasplit.h"
#include "core/data/table.h"

#include <gtest/gtest.h>

#include <set>

using namespace synthreg::core;

namespace {
Table visits()
{
    // 40 patients with 1-4 visits each.
    std::vector<double> ids;
    for (int patient = 1; patient <= 40; ++patient) {
        for (int visit = 0; visit <= patient % 4; ++visit)
            ids.push_back(patient);
    }
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("id"), ids));
    return table;
}
} // namespace

TEST(DataSplit, SameSeedSameSplitAndTheSharesAddUp)
{
    const Table table = visits();
    const DataSplit a = makeHoldoutSplit(table, 0.25, 7);
    const DataSplit b = makeHoldoutSplit(table, 0.25, 7);
    const DataSplit c = makeHoldoutSplit(table, 0.25, 8);
    EXPECT_EQ(a, b);
    EXPECT_NE(a.holdoutRows, c.holdoutRows);
    EXPECT_EQ(a.holdoutRows.size(), size_t(std::llround(0.25 * double(table.rowCount()))));
    EXPECT_EQ(a.trainRowList().size() + a.holdoutRowList().size(), table.rowCount());
    const std::vector<size_t> train = a.trainRowList();
    std::set<size_t> all(train.begin(), train.end());
    for (size_t row : a.holdoutRowList())
        EXPECT_TRUE(all.insert(row).second) << "row " << row << " is on both sides";
}

TEST(DataSplit, GroupedSplitKeepsEachPatientOnOneSide)
{
    const Table table = visits();
    const DataSplit split = makeHoldoutSplit(table, 0.3, 1, QStringLiteral("id"));
    std::set<double> holdoutPatients, trainPatients;
    for (size_t row : split.holdoutRowList())
        holdoutPatients.insert(table.column(0).numbers()[row]);
    for (size_t row : split.trainRowList())
        trainPatients.insert(table.column(0).numbers()[row]);
    for (double patient : holdoutPatients)
        EXPECT_EQ(trainPatients.count(patient), 0u) << "patient " << patient << " is on both sides";
    EXPECT_GE(double(split.holdoutRows.size()), 0.3 * double(table.rowCount()));
}

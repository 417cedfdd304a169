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

TEST(DataSplit, StoredSeedsKeepReproducingTheSameRows)
{
    // A project stores only the seed's result and trusts it to be reproducible: these rows were
    // produced by the first implementation (keyed by display text) and must never change.
    const DataSplit split = makeHoldoutSplit(visits(), 0.3, 1, QStringLiteral("id"));
    EXPECT_EQ(split.holdoutRows, (std::vector<uint32_t>{5, 6, 7, 8, 10, 11, 12, 13, 14, 19, 32, 33, 34, 45, 46, 47, 48, 52, 53, 54, 55, 56, 57, 58, 59, 62, 63, 64, 72, 73, 74}));
}

TEST(DataSplit, CategoryCodedPatientIdsStayTogether)
{
    std::vector<int32_t> codes;
    QStringList labels;
    for (int patient = 0; patient < 30; ++patient) {
        labels << QStringLiteral("P%1").arg(patient, 3, 10, QLatin1Char('0'));
        for (int visit = 0; visit < 3; ++visit)
            codes.push_back(patient);
    }
    Table table;
    table.addColumn(Column::categorical(QStringLiteral("patient"), codes, labels));
    const DataSplit split = makeHoldoutSplit(table, 0.2, 9, QStringLiteral("patient"));
    EXPECT_EQ(split.holdoutRows.size(), 18u);   // 6 whole patients of 3 visits
    for (size_t i = 0; i < split.holdoutRows.size(); i += 3)
        EXPECT_EQ(codes[split.holdoutRows[i]], codes[split.holdoutRows[i + 2]]);
}

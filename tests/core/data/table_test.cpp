#include "core/data/columnprofile.h"
#include "core/data/table.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

namespace {
Table smallTable()
{
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("bili"), {1.5, std::nan(""), 0.3, 12}));
    table.addColumn(Column::categorical(QStringLiteral("sex"), {0, 1, -1, 0}, {QStringLiteral("f"), QStringLiteral("m")}));
    table.addColumn(Column::timestamp(QStringLiteral("visit"), {0, 86400, 0, 31 * 86400}, {0, 0, 1, 0}, TimestampPrecision::Date));
    return table;
}
} // namespace

TEST(Table, ShowsValuesAsUsersWroteThem)
{
    const Table table = smallTable();
    EXPECT_EQ(table.rowCount(), 4u);
    EXPECT_EQ(table.column(0).displayText(0), QStringLiteral("1.5"));
    EXPECT_EQ(table.column(0).displayText(3), QStringLiteral("12"));
    EXPECT_EQ(table.column(0).displayText(1), QString());
    EXPECT_EQ(table.column(1).displayText(1), QStringLiteral("m"));
    EXPECT_EQ(table.column(2).displayText(3), QStringLiteral("1970-02-01"));
    EXPECT_EQ(formatNumber(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
}

TEST(Table, CountsMissingValuesPerStorage)
{
    const Table table = smallTable();
    EXPECT_EQ(table.column(0).missingCount(), 1u);
    EXPECT_EQ(table.column(1).missingCount(), 1u);
    EXPECT_EQ(table.column(2).missingCount(), 1u);
    EXPECT_TRUE(table.column(2).isMissing(2));
}

TEST(Table, SelectRowsKeepsLabelsAndOrder)
{
    const Table picked = smallTable().selectRows({3, 1});
    ASSERT_EQ(picked.rowCount(), 2u);
    EXPECT_EQ(picked.column(0).displayText(0), QStringLiteral("12"));
    EXPECT_EQ(picked.column(1).displayText(0), QStringLiteral("f"));
    EXPECT_EQ(picked.column(1).displayText(1), QStringLiteral("m"));
    EXPECT_EQ(picked.indexOf(QStringLiteral("visit")), 2);
}

TEST(Table, RejectsColumnsOfAnotherLength)
{
    Table table = smallTable();
    EXPECT_THROW(table.addColumn(Column::numeric(QStringLiteral("short"), {1.0})), std::invalid_argument);
}

TEST(ColumnProfile, MatchesHandComputedMoments)
{
    const ColumnProfile p = profileColumn(smallTable().column(0));
    EXPECT_EQ(p.missingCount, 1);
    EXPECT_EQ(p.distinctCount, 3);
    EXPECT_DOUBLE_EQ(p.minimum, 0.3);
    EXPECT_DOUBLE_EQ(p.maximum, 12);
    EXPECT_NEAR(p.mean, 13.8 / 3, 1e-12);
    EXPECT_NEAR(p.standardDeviation, 6.4366140167016388, 1e-12);   // R: sd(c(1.5, 0.3, 12))
    EXPECT_FALSE(p.allIntegers);
    qint64 binned = 0;
    for (const ProfileBin &bin : p.bins)
        binned += bin.count;
    EXPECT_EQ(binned, 3);
}

TEST(ColumnProfile, CategoricalBarsAreMostFrequentFirst)
{
    const ColumnProfile p = profileColumn(smallTable().column(1));
    ASSERT_EQ(p.bins.size(), 2);
    EXPECT_EQ(p.bins[0].label, QStringLiteral("f"));
    EXPECT_EQ(p.bins[0].count, 2);
    EXPECT_EQ(p.distinctCount, 2);
}

#include "modeltestwarnings.h"
#include "qstringprinter.h"

#include "ui/tablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg;

namespace {

core::Table smallTable()
{
    core::Table table;
    table.addColumn(core::Column::numeric(QStringLiteral("bili"), {14.5, std::nan(""), 1.1}));
    table.addColumn(core::Column::categorical(QStringLiteral("sex"), {0, 1, core::Column::kMissingCode},
                                              {QStringLiteral("f"), QStringLiteral("m")}));
    table.addColumn(core::Column::timestamp(QStringLiteral("visit"), {0, 86400, 0}, {0, 0, 1},
                                            core::TimestampPrecision::Date));
    return table;
}

} // namespace

TEST(TableModelTest, PassesTheModelTester)
{
    test::ModelTestWarnings warnings;
    gui::TableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setTable(smallTable());
    model.setTable(core::Table());
    model.setTable(smallTable());
    model.retranslate();
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(TableModelTest, ShowsValuesAndMarksMissingCells)
{
    gui::TableModel model;
    model.setTable(smallTable());
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("sex"));
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toInt(), 1);

    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("14.5"));
    EXPECT_EQ(model.index(1, 1).data().toString(), QStringLiteral("m"));
    EXPECT_EQ(model.index(1, 2).data().toString(), QStringLiteral("1970-01-02"));

    for (const QModelIndex &missing : {model.index(1, 0), model.index(2, 1), model.index(2, 2)}) {
        EXPECT_EQ(missing.data().toString(), QStringLiteral("\u2014"));
        EXPECT_EQ(missing.data(Qt::ToolTipRole).toString(), QStringLiteral("Missing value"));
        EXPECT_EQ(missing.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Missing value"));
        EXPECT_TRUE(missing.data(Qt::ForegroundRole).canConvert<QBrush>());
    }
    EXPECT_FALSE(model.index(0, 0).data(Qt::ToolTipRole).isValid());
    EXPECT_FALSE(model.index(0, 0).data(Qt::ForegroundRole).isValid());
}

TEST(TableModelTest, AMillionRowsStayVirtual)
{
    constexpr size_t kRows = 1'000'000;
    std::vector<double> values(kRows);
    std::vector<int32_t> codes(kRows);
    for (size_t i = 0; i < kRows; ++i) {
        values[i] = double(i) * 0.25;
        codes[i] = int32_t(i % 3) - 1;   // every third value missing
    }
    core::Table table;
    table.addColumn(core::Column::numeric(QStringLiteral("x"), std::move(values)));
    table.addColumn(core::Column::categorical(QStringLiteral("group"), std::move(codes),
                                              {QStringLiteral("a"), QStringLiteral("b")}));

    gui::TableModel model;
    model.setTable(table);
    ASSERT_EQ(model.rowCount(), int(kRows));
    EXPECT_EQ(model.index(int(kRows) - 1, 0).data().toString(), QStringLiteral("249999.75"));
    EXPECT_EQ(model.index(int(kRows) - 1, 1).data().toString(), QStringLiteral("\u2014"));   // 999999 % 3 == 0
    EXPECT_EQ(model.index(int(kRows) - 2, 1).data().toString(), QStringLiteral("b"));
    EXPECT_EQ(model.headerData(int(kRows) - 1, Qt::Vertical).toInt(), int(kRows));
    // The model shares the table's columns instead of copying them.
    EXPECT_EQ(&model.table().column(0).numbers(), &table.column(0).numbers());
}

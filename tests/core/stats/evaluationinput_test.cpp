#include "core/stats/evaluationinput.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

namespace {
Schema schemaFor(std::initializer_list<std::pair<const char *, ColumnRole>> roles)
{
    Schema schema;
    for (const auto &[name, role] : roles)
        schema.columns << ColumnSpec{QString::fromLatin1(name), role};
    return schema;
}
} // namespace

TEST(EvaluationInput, SameLabelGetsTheSameCodeInBothTables)
{
    Table real, synthetic;
    real.addColumn(Column::categorical(QStringLiteral("sex"), {0, 1, -1}, {QStringLiteral("f"), QStringLiteral("m")}));
    synthetic.addColumn(Column::categorical(QStringLiteral("sex"), {0, 0, 1}, {QStringLiteral("m"), QStringLiteral("f")}));
    QString error;
    const auto input = EvaluationInput::build(real, synthetic, schemaFor({{"sex", ColumnRole::Binary}}), &error);
    ASSERT_TRUE(input) << error.toStdString();
    const CategoricalPair &pair = input->columns.at(0).categorical;
    EXPECT_EQ(pair.labels, (QStringList{QStringLiteral("f"), QStringLiteral("m")}));
    EXPECT_EQ(pair.real, (std::vector<int32_t>{0, 1, -1}));
    EXPECT_EQ(pair.synthetic, (std::vector<int32_t>{1, 1, 0}));
}

TEST(EvaluationInput, NumericCodesWithACategoricalRoleBecomeLabels)
{
    Table real, synthetic;
    real.addColumn(Column::numeric(QStringLiteral("stage"), {1, 2, std::nan("")}));
    synthetic.addColumn(Column::categorical(QStringLiteral("stage"), {0, 1}, {QStringLiteral("2"), QStringLiteral("4")}));
    QString error;
    const auto input = EvaluationInput::build(real, synthetic, schemaFor({{"stage", ColumnRole::Ordinal}}), &error);
    ASSERT_TRUE(input) << error.toStdString();
    const CategoricalPair &pair = input->columns.at(0).categorical;
    EXPECT_EQ(pair.labels, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")}));
    EXPECT_EQ(pair.synthetic, (std::vector<int32_t>{1, 2}));
}

TEST(EvaluationInput, DifferentColumnsAreNamed)
{
    Table real, synthetic;
    real.addColumn(Column::numeric(QStringLiteral("age"), {1}));
    real.addColumn(Column::numeric(QStringLiteral("bili"), {1}));
    synthetic.addColumn(Column::numeric(QStringLiteral("age"), {1}));
    synthetic.addColumn(Column::numeric(QStringLiteral("albumin"), {1}));
    QString error;
    EXPECT_FALSE(EvaluationInput::build(real, synthetic, schemaFor({{"age", ColumnRole::Continuous}}), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("lacks bili"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("albumin"))) << error.toStdString();
}

TEST(EvaluationInput, EmptySyntheticSetIsRefused)
{
    Table real, synthetic;
    real.addColumn(Column::numeric(QStringLiteral("age"), {1}));
    synthetic.addColumn(Column::numeric(QStringLiteral("age"), {}));
    QString error;
    EXPECT_FALSE(EvaluationInput::build(real, synthetic, schemaFor({{"age", ColumnRole::Continuous}}), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no rows")));
}

TEST(EvaluationInput, IdsAndExcludedColumnsAreNotScored)
{
    Table real;
    real.addColumn(Column::numeric(QStringLiteral("id"), {1, 2}));
    real.addColumn(Column::numeric(QStringLiteral("age"), {50, 60}));
    QString error;
    const auto input = EvaluationInput::build(real, real, schemaFor({{"id", ColumnRole::PatientId}, {"age", ColumnRole::Continuous}}), &error);
    ASSERT_TRUE(input);
    ASSERT_EQ(input->columns.size(), 1u);
    EXPECT_EQ(input->columns[0].name, QStringLiteral("age"));
}

#include "core/stats/holdoutinput.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

namespace {
Schema schemaOf(std::initializer_list<std::pair<const char *, ColumnRole>> roles)
{
    Schema schema;
    for (const auto &[name, role] : roles)
        schema.columns << ColumnSpec{QString::fromLatin1(name), role};
    return schema;
}
} // namespace

TEST(HoldoutInput, OneLabelListForAllThreeSets)
{
    Table train, holdout, synthetic;
    train.addColumn(Column::categorical(QStringLiteral("stage"), {0, 1, -1}, {QStringLiteral("I"), QStringLiteral("II")}));
    train.addColumn(Column::numeric(QStringLiteral("age"), {50, 60, 70}));
    holdout.addColumn(Column::categorical(QStringLiteral("stage"), {0, 1}, {QStringLiteral("IV"), QStringLiteral("II")}));
    holdout.addColumn(Column::numeric(QStringLiteral("age"), {NAN, 40}));
    synthetic.addColumn(Column::categorical(QStringLiteral("stage"), {0, 1}, {QStringLiteral("III"), QStringLiteral("I")}));
    synthetic.addColumn(Column::numeric(QStringLiteral("age"), {55, 65}));
    QString error;
    const auto input = HoldoutInput::build(train, holdout, synthetic,
                                           schemaOf({{"stage", ColumnRole::Ordinal}, {"age", ColumnRole::Continuous}}), &error);
    ASSERT_TRUE(input) << error.toStdString();
    EXPECT_EQ(input->rowCount(RecordSet::Train), 3u);
    EXPECT_EQ(input->rowCount(RecordSet::Holdout), 2u);
    const HoldoutColumn *stage = input->find(QStringLiteral("stage"));
    ASSERT_NE(stage, nullptr);
    EXPECT_EQ(stage->labels, (QStringList{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")}));
    EXPECT_EQ(stage->codesOf(RecordSet::Train), (std::vector<int32_t>{0, 1, -1}));
    EXPECT_EQ(stage->codesOf(RecordSet::Holdout), (std::vector<int32_t>{3, 1}));
    EXPECT_EQ(stage->codesOf(RecordSet::Synthetic), (std::vector<int32_t>{2, 0}));
    const HoldoutColumn *age = input->find(QStringLiteral("age"));
    EXPECT_TRUE(std::isnan(age->values(RecordSet::Holdout)[0]));
    EXPECT_EQ(age->values(RecordSet::Synthetic)[1], 65);
}

TEST(HoldoutInput, HoldoutProblemsNameTheHoldout)
{
    Table train, holdout, emptyHoldout;
    train.addColumn(Column::numeric(QStringLiteral("age"), {50}));
    train.addColumn(Column::numeric(QStringLiteral("bili"), {1}));
    holdout.addColumn(Column::numeric(QStringLiteral("age"), {50}));
    emptyHoldout.addColumn(Column::numeric(QStringLiteral("age"), {}));
    emptyHoldout.addColumn(Column::numeric(QStringLiteral("bili"), {}));
    const Schema schema = schemaOf({{"age", ColumnRole::Continuous}, {"bili", ColumnRole::Continuous}});
    QString error;
    EXPECT_FALSE(HoldoutInput::build(train, holdout, train, schema, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("holdout lacks bili"))) << error.toStdString();
    EXPECT_FALSE(HoldoutInput::build(train, emptyHoldout, train, schema, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("holdout has no rows"))) << error.toStdString();
}

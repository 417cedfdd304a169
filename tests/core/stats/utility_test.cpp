#include "core/stats/classificationmetrics.h"
#include "core/stats/effectagreement.h"
#include "core/stats/utility.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace synthreg::core;

namespace {

// A cohort with signal: death depends on age, bilirubin and stage; albumin (with missing
// values) and sex carry a little; "noise" carries nothing. `los` (length of stay) is a
// regression target driven by age and stage.
Table cohort(size_t rows, uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> age(rows), bili(rows), albumin(rows), noise(rows), los(rows);
    std::vector<int32_t> sex(rows), stage(rows), dead(rows);
    for (size_t i = 0; i < rows; ++i) {
        age[i] = 60 + 10 * normal(random);
        bili[i] = std::exp(0.5 + 0.7 * normal(random));
        albumin[i] = uniform(random) < 0.05 ? NAN : 3.5 + 0.4 * normal(random);
        noise[i] = normal(random);
        sex[i] = uniform(random) < 0.5 ? 0 : 1;
        stage[i] = int32_t(std::min(3.0, std::floor(4 * uniform(random))));
        const double eta = -0.5 + 0.08 * (age[i] - 60) + 0.9 * std::log(bili[i]) + 0.7 * (stage[i] - 1.5) + 0.2 * sex[i];
        dead[i] = uniform(random) < 1.0 / (1.0 + std::exp(-eta)) ? 1 : 0;
        los[i] = 5 + 0.2 * (age[i] - 60) + 2.0 * stage[i] + normal(random);
    }
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("age"), age));
    table.addColumn(Column::numeric(QStringLiteral("bili"), bili));
    table.addColumn(Column::numeric(QStringLiteral("albumin"), albumin));
    table.addColumn(Column::numeric(QStringLiteral("noise"), noise));
    table.addColumn(Column::numeric(QStringLiteral("los"), los));
    table.addColumn(Column::categorical(QStringLiteral("sex"), sex, {QStringLiteral("f"), QStringLiteral("m")}));
    table.addColumn(Column::categorical(QStringLiteral("stage"), stage,
                                        {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")}));
    table.addColumn(Column::categorical(QStringLiteral("status"), dead, {QStringLiteral("alive"), QStringLiteral("dead")}));
    return table;
}

Schema cohortSchema()
{
    Schema schema;
    for (const char *name : {"age", "bili", "albumin", "noise", "los"})
        schema.columns << ColumnSpec{QString::fromLatin1(name), ColumnRole::Continuous};
    schema.columns << ColumnSpec{QStringLiteral("sex"), ColumnRole::Binary}
                   << ColumnSpec{QStringLiteral("stage"), ColumnRole::Ordinal}
                   << ColumnSpec{QStringLiteral("status"), ColumnRole::Binary};
    return schema;
}

Table rows(const Table &table, size_t begin, size_t end)
{
    std::vector<size_t> which(end - begin);
    std::iota(which.begin(), which.end(), begin);
    return table.selectRows(which);
}

Table shuffledRows(const Table &table, uint64_t seed)
{
    std::vector<size_t> order(table.rowCount());
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937_64 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    return table.selectRows(order);
}

// `table` with the values of one column permuted: its link to every other column is gone.
Table withShuffledColumn(const Table &table, const QString &name, uint64_t seed)
{
    const int index = table.indexOf(name);
    std::vector<size_t> order(table.rowCount());
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937_64 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    Table out = table;
    out.replaceColumn(index, table.column(index).selectRows(order));
    return out;
}

HoldoutInput holdoutInput(const Table &train, const Table &holdout, const Table &synthetic)
{
    QString error;
    const auto input = HoldoutInput::build(train, holdout, synthetic, cohortSchema(), &error);
    EXPECT_TRUE(input) << error.toStdString();
    return input ? *input : HoldoutInput{};
}

EvaluationInput evaluationInput(const Table &real, const Table &synthetic, const Schema &schema)
{
    QString error;
    const auto input = EvaluationInput::build(real, synthetic, schema, &error);
    EXPECT_TRUE(input) << error.toStdString();
    return input ? *input : EvaluationInput{};
}

} // namespace

TEST(Utility, TstrOnACopyOfTheTrainingDataMatchesTheBaseline)
{
    const Table data = cohort(3000, 1);
    const Table train = rows(data, 0, 2000), holdout = rows(data, 2000, 3000);
    const TstrResult result = trainSyntheticTestReal(holdoutInput(train, holdout, shuffledRows(train, 4)), QStringLiteral("status"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.task, UtilityTask::BinaryClassification);
    EXPECT_EQ(result.positiveClass, QStringLiteral("dead"));
    EXPECT_EQ(result.testRows, 1000u);
    EXPECT_GT(result.trainedOnReal.auc, 0.65);   // a noisy logistic outcome: well above a coin flip
    EXPECT_NEAR(result.trainedOnSynthetic.auc, result.trainedOnReal.auc, 0.02);
    EXPECT_NEAR(result.trainedOnSynthetic.accuracy, result.trainedOnReal.accuracy, 0.03);
    EXPECT_NEAR(result.trainedOnSynthetic.f1, result.trainedOnReal.f1, 0.04);
    EXPECT_TRUE(std::isnan(result.trainedOnReal.r2));
}

TEST(Utility, TstrWithShuffledLabelsIsACoinFlip)
{
    const Table data = cohort(3000, 2);
    const Table train = rows(data, 0, 2000), holdout = rows(data, 2000, 3000);
    const Table synthetic = withShuffledColumn(train, QStringLiteral("status"), 8);
    const TstrResult result = trainSyntheticTestReal(holdoutInput(train, holdout, synthetic), QStringLiteral("status"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_NEAR(result.trainedOnSynthetic.auc, 0.5, 0.06);
    EXPECT_GT(result.trainedOnReal.auc, 0.65);   // a noisy logistic outcome: well above a coin flip
}

TEST(Utility, TstrRegressionAndMulticlassTargets)
{
    const Table data = cohort(3000, 3);
    const Table train = rows(data, 0, 2000), holdout = rows(data, 2000, 3000);
    const HoldoutInput input = holdoutInput(train, holdout, shuffledRows(train, 5));

    const TstrResult regression = trainSyntheticTestReal(input, QStringLiteral("los"));
    ASSERT_TRUE(regression.ok()) << regression.error.toStdString();
    EXPECT_EQ(regression.task, UtilityTask::Regression);
    EXPECT_GT(regression.trainedOnReal.r2, 0.7);
    EXPECT_NEAR(regression.trainedOnSynthetic.r2, regression.trainedOnReal.r2, 0.03);
    EXPECT_NEAR(regression.trainedOnSynthetic.rmse, regression.trainedOnReal.rmse, 0.1 * regression.trainedOnReal.rmse);

    const TstrResult stage = trainSyntheticTestReal(input, QStringLiteral("stage"));
    ASSERT_TRUE(stage.ok()) << stage.error.toStdString();
    EXPECT_EQ(stage.task, UtilityTask::MulticlassClassification);
    EXPECT_EQ(stage.classes, (QStringList{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")}));
    EXPECT_GT(stage.trainedOnReal.auc, 0.7);   // los and death carry the stage
    EXPECT_GT(stage.trainedOnReal.f1, 0.3);
    EXPECT_NEAR(stage.trainedOnSynthetic.auc, stage.trainedOnReal.auc, 0.03);
    EXPECT_TRUE(stage.toJson().contains(QStringLiteral("trained_on_synthetic")));
}

TEST(Utility, TstrErrorsAreMessagesNotCrashes)
{
    const Table data = cohort(600, 4);
    const Table train = rows(data, 0, 400), holdout = rows(data, 400, 600);
    const HoldoutInput input = holdoutInput(train, holdout, train);
    const TstrResult missing = trainSyntheticTestReal(input, QStringLiteral("no_such_column"));
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error.contains(QStringLiteral("no_such_column")));
    EXPECT_TRUE(std::isnan(missing.trainedOnSynthetic.auc));

    // A target with one class everywhere.
    Table oneClass;
    oneClass.addColumn(Column::numeric(QStringLiteral("age"), {50, 60, 70, 80}));
    oneClass.addColumn(Column::categorical(QStringLiteral("status"), {0, 0, 0, 0}, {QStringLiteral("alive")}));
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("age"), ColumnRole::Continuous} << ColumnSpec{QStringLiteral("status"), ColumnRole::Binary};
    QString error;
    const auto tiny = HoldoutInput::build(oneClass, oneClass, oneClass, schema, &error);
    ASSERT_TRUE(tiny) << error.toStdString();
    const TstrResult single = trainSyntheticTestReal(*tiny, QStringLiteral("status"));
    EXPECT_FALSE(single.ok());
    EXPECT_TRUE(single.error.contains(QStringLiteral("single class")));
    EXPECT_TRUE(single.toJson().contains(QStringLiteral("error")));
}

TEST(Utility, DiscriminatorCannotTellRealFromRealButSpotsNoise)
{
    const Table realA = cohort(2000, 10), realB = cohort(2000, 11);
    const DiscriminatorResult same = discriminatorAuc(evaluationInput(realA, realB, cohortSchema()));
    ASSERT_TRUE(same.ok()) << same.error.toStdString();
    EXPECT_EQ(same.foldAuc.size(), 5u);
    EXPECT_NEAR(same.auc, 0.5, 0.05);

    // Noise: every column drawn independently and uniformly over its real range.
    Table noise;
    std::mt19937_64 random(12);
    for (int c = 0; c < realA.columnCount(); ++c) {
        const Column &column = realA.column(c);
        if (column.kind() == StorageKind::Numeric) {
            double lo = INFINITY, hi = -INFINITY;
            for (double v : column.numbers()) {
                if (!std::isnan(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
            std::uniform_real_distribution<double> uniform(lo, hi);
            std::vector<double> values(2000);
            for (double &v : values)
                v = uniform(random);
            noise.addColumn(Column::numeric(column.name(), values));
        } else {
            std::uniform_int_distribution<int32_t> pick(0, int32_t(column.labels().size()) - 1);
            std::vector<int32_t> codes(2000);
            for (int32_t &code : codes)
                code = pick(random);
            noise.addColumn(Column::categorical(column.name(), codes, column.labels()));
        }
    }
    const DiscriminatorResult different = discriminatorAuc(evaluationInput(realA, noise, cohortSchema()));
    ASSERT_TRUE(different.ok()) << different.error.toStdString();
    EXPECT_GT(different.auc, 0.9);
}

TEST(Utility, ClassificationMetricsOnHandCheckedValues)
{
    // Scores 0.1 0.4 0.35 0.8, labels 0 0 1 1: 3 of 4 positive-negative pairs ordered.
    EXPECT_DOUBLE_EQ(rocAuc({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 0.75);
    // A tie between a positive and a negative counts half.
    EXPECT_DOUBLE_EQ(rocAuc({0.5, 0.5}, {0, 1}), 0.5);
    EXPECT_TRUE(std::isnan(rocAuc({0.1, 0.2}, {1, 1})));
    EXPECT_DOUBLE_EQ(f1Score({1, 1, 0, 0}, {1, 0, 1, 0}, 1), 0.5);
    // sklearn: f1_score([0,1,2,2], [0,2,2,1], average="macro") == (1 + 0 + 0.5) / 3
    EXPECT_NEAR(macroF1({0, 1, 2, 2}, {0, 2, 2, 1}), 0.5, 1e-15);
    EXPECT_DOUBLE_EQ(rSquared({1, 2, 3}, {1, 2, 3}), 1.0);
    EXPECT_DOUBLE_EQ(rootMeanSquaredError({0, 0}, {3, 4}), std::sqrt(12.5));
    EXPECT_EQ(orderedLabels({QStringLiteral("10"), QStringLiteral("9")}), (QStringList{QStringLiteral("9"), QStringLiteral("10")}));
    EXPECT_EQ(orderedLabels({QStringLiteral("yes"), QStringLiteral("no")}), (QStringList{QStringLiteral("no"), QStringLiteral("yes")}));
}

#include "privacytestdata.h"

#include "core/io/csvreader.h"
#include "core/privacy/privacyreport.h"
#include "core/stats/holdoutinput.h"
#include "resources/demodata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace synthreg::core;
using synthreg::test::generatedRegistry;
using synthreg::test::generatedRegistrySchema;
using synthreg::test::splitRows;

namespace {

HoldoutInput holdoutInput(const Table &train, const Table &holdout, const Table &synthetic, const Schema &schema)
{
    QString error;
    const auto input = HoldoutInput::build(train, holdout, synthetic, schema, &error);
    EXPECT_TRUE(input) << error.toStdString();
    return input ? *input : HoldoutInput{};
}

Table shuffled(const Table &table, uint64_t seed)
{
    return splitRows(table, {1.0}, seed).front();
}

} // namespace

// A generator that memorised its training data: every number must say so.
TEST(PrivacyMetrics, CopiedTrainingRowsAreCaughtByEveryMetric)
{
    const auto parts = splitRows(generatedRegistry(3000, 11), {2.0 / 3.0, 1.0 / 3.0}, 5);
    const Table &train = parts[0];
    const Table &holdout = parts[1];
    const HoldoutInput input = holdoutInput(train, holdout, shuffled(train, 9), generatedRegistrySchema());
    const PrivacyReport report = evaluatePrivacy(input);

    EXPECT_EQ(report.exactMatches.syntheticMatches, train.rowCount());
    EXPECT_DOUBLE_EQ(report.exactMatches.syntheticShare, 1.0);
    EXPECT_EQ(report.exactMatches.holdoutMatches, 0u);

    EXPECT_DOUBLE_EQ(report.dcr.shareCloserToTrain, 1.0);
    EXPECT_NEAR(report.dcr.idealShare, 2.0 / 3.0, 1e-9);
    EXPECT_EQ(report.dcr.medianDcrTrain, 0.0);
    EXPECT_EQ(report.dcr.medianNndr, 0.0);
    EXPECT_GT(report.dcr.holdoutMedianDcr, 0.01);

    // Two training chunks: half the synthetic rows find their original in each, so the
    // distance to train halves and the coefficient lands near 1 (paper's flag: 0.05).
    EXPECT_GT(report.leakage.coefficient, 0.5);
    EXPECT_TRUE(report.leakage.isFlagged);
    EXPECT_LT(std::abs(report.leakage.baselineCoefficient), 0.05);

    EXPECT_GT(report.membership.auc, 0.95);
    EXPECT_EQ(report.membership.members, holdout.rowCount());
}

// Synthetic rows that are fresh draws of the same population: the honest ideal.
TEST(PrivacyMetrics, FreshRowsOfTheSamePopulationLookLikeTheHoldout)
{
    const auto parts = splitRows(generatedRegistry(4000, 21), {0.5, 0.25, 0.25}, 5);
    const HoldoutInput input = holdoutInput(parts[0], parts[1], parts[2], generatedRegistrySchema());
    const PrivacyReport report = evaluatePrivacy(input);

    EXPECT_EQ(report.exactMatches.syntheticMatches, 0u);
    EXPECT_NEAR(report.dcr.shareCloserToTrain, report.dcr.idealShare, 0.04);
    EXPECT_NEAR(report.dcr.medianDcrTrain, report.dcr.holdoutMedianDcr, 0.1 * report.dcr.holdoutMedianDcr);
    EXPECT_NEAR(report.dcr.medianNndr, report.dcr.holdoutMedianNndr, 0.05);
    EXPECT_LT(std::abs(report.leakage.coefficient), 0.05);
    EXPECT_FALSE(report.leakage.isFlagged);
    EXPECT_LT(std::abs(report.leakage.baselineCoefficient), 0.05);
    EXPECT_NEAR(report.membership.auc, 0.5, 0.05);
}

// The embedded PBC registry split 70/30: the real-vs-real reference the paper reports.
TEST(PrivacyMetrics, PbcTrainAgainstHoldoutIsTheNoLeakReference)
{
    QFile file(synthreg::resources::demoBaselinePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const ImportResult imported = CsvReader().read(file, file.fileName());
    ASSERT_TRUE(imported.ok());
    Schema schema;
    for (const char *name : {"time", "age", "bili", "chol", "albumin", "copper", "alk.phos", "ast", "trig", "platelet", "protime"})
        schema.columns << ColumnSpec{QString::fromLatin1(name), ColumnRole::Continuous};
    for (const char *name : {"status", "trt", "sex", "ascites", "hepato", "spiders", "edema", "stage"})
        schema.columns << ColumnSpec{QString::fromLatin1(name), ColumnRole::Categorical};
    schema.columns << ColumnSpec{QStringLiteral("id"), ColumnRole::PatientId};

    // 70% train, 30% real rows the generator never saw; those also stand in as "synthetic".
    const auto parts = splitRows(imported.table, {0.7, 0.3}, 2024);
    const auto unseen = splitRows(parts[1], {0.5, 0.5}, 7);
    const HoldoutInput input = holdoutInput(parts[0], unseen[0], unseen[1], schema);
    const PrivacyReport report = evaluatePrivacy(input);

    EXPECT_EQ(report.exactMatches.syntheticMatches, 0u);
    EXPECT_EQ(report.leakage.chunkRows, unseen[0].rowCount());
    EXPECT_LT(std::abs(report.leakage.baselineCoefficient), 0.05);
    EXPECT_LT(std::abs(report.leakage.coefficient), 0.05);
    EXPECT_NEAR(report.dcr.shareCloserToTrain, report.dcr.idealShare, 0.1);
    EXPECT_NEAR(report.membership.auc, 0.5, 0.1);

    const QJsonObject json = report.toJson();
    EXPECT_TRUE(json.contains(QStringLiteral("hamming_leakage")));
    EXPECT_TRUE(json.value(QStringLiteral("dcr")).toObject().contains(QStringLiteral("share_closer_to_train")));
}

TEST(PrivacyMetrics, ExactMatchesTreatMissingAsEqualAndCompareEveryColumn)
{
    Table train, holdout, synthetic;
    train.addColumn(Column::numeric(QStringLiteral("x"), {1.0, NAN, 3.0}));
    train.addColumn(Column::categorical(QStringLiteral("c"), {0, 1, -1}, {QStringLiteral("a"), QStringLiteral("b")}));
    holdout.addColumn(Column::numeric(QStringLiteral("x"), {-0.0}));
    holdout.addColumn(Column::categorical(QStringLiteral("c"), {0}, {QStringLiteral("a")}));
    // Row 0 equals train row 1 (NaN, b); row 1 differs in c only; row 2 equals train row 2.
    synthetic.addColumn(Column::numeric(QStringLiteral("x"), {NAN, 1.0, 3.0, 0.0}));
    synthetic.addColumn(Column::categorical(QStringLiteral("c"), {0, 0, -1, 1}, {QStringLiteral("b"), QStringLiteral("z"), QStringLiteral("a")}));
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("x"), ColumnRole::Continuous} << ColumnSpec{QStringLiteral("c"), ColumnRole::Categorical};
    const HoldoutInput input = holdoutInput(train, holdout, synthetic, schema);
    const ExactMatchResult result = exactMatches(input);
    EXPECT_EQ(result.syntheticMatches, 2u);
    EXPECT_DOUBLE_EQ(result.syntheticShare, 0.5);
    EXPECT_EQ(result.holdoutMatches, 0u);   // (-0, a) vs train (1, a)
}

TEST(PrivacyMetrics, HammingBinsFollowPandasQcut)
{
    // One numeric column: training values 1..10, holdout values 1.5..10.5. Bins come from
    // the "to" set: qcut of 1..10 puts every value in its own bin; qcut of 1.5..10.5 has the
    // inner edges 2.4, 3.3, ..., 9.6, right-closed, outer edges open: 1 and 2 share the first
    // bin with 1.5, 3 the second with 2.5, ..., 10 the last with 10.5.
    std::vector<double> trainValues, shifted;
    for (int i = 1; i <= 10; ++i) {
        trainValues.push_back(i);
        shifted.push_back(i + 0.5);
    }
    Table train, holdout;
    train.addColumn(Column::numeric(QStringLiteral("x"), trainValues));
    holdout.addColumn(Column::numeric(QStringLiteral("x"), shifted));
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("x"), ColumnRole::Continuous};
    const HoldoutInput input = holdoutInput(train, holdout, train, schema);
    const HammingLeakageResult result = hammingLeakage(input);
    // Synthetic (= train) against train: every row finds itself.
    EXPECT_EQ(result.syntheticToTrain.averageMinimum, 0.0);
    EXPECT_EQ(result.syntheticToTrain.zeroDistanceRows, 10u);
    // Against the holdout, binned at the holdout's quantiles: every value finds a bin-mate.
    EXPECT_EQ(result.syntheticToHoldout.averageMinimum, 0.0);
    EXPECT_EQ(result.trainToTrain.chunkPairs, 0u);   // one training chunk: no baseline pair
    EXPECT_TRUE(std::isnan(result.baselineCoefficient));
}

TEST(PrivacyMetrics, SmallCellsListRareCategoriesOfEitherTable)
{
    Table train, holdout, synthetic;
    std::vector<int32_t> trainCodes(30, 0), syntheticCodes(30, 0);
    std::fill(trainCodes.begin(), trainCodes.begin() + 3, 1);        // "rare": 3 real rows
    std::fill(syntheticCodes.begin(), syntheticCodes.begin() + 12, 1);// ... and 12 synthetic
    syntheticCodes[29] = 2;                                          // "new": 1 synthetic row only
    trainCodes[28] = -1;                                             // missing is not a cell
    train.addColumn(Column::categorical(QStringLiteral("diagnosis"), trainCodes, {QStringLiteral("common"), QStringLiteral("rare")}));
    holdout.addColumn(Column::categorical(QStringLiteral("diagnosis"), {0}, {QStringLiteral("common")}));
    synthetic.addColumn(Column::categorical(QStringLiteral("diagnosis"), syntheticCodes,
                                            {QStringLiteral("common"), QStringLiteral("rare"), QStringLiteral("new")}));
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("diagnosis"), ColumnRole::Categorical};
    const HoldoutInput input = holdoutInput(train, holdout, synthetic, schema);

    const SmallCellResult result = smallCells(input, 10);
    ASSERT_EQ(result.cells.size(), 2u);
    EXPECT_EQ(result.cells[0].label, QStringLiteral("rare"));
    EXPECT_EQ(result.cells[0].realCount, 3u);
    EXPECT_EQ(result.cells[0].syntheticCount, 12u);
    EXPECT_EQ(result.cells[1].label, QStringLiteral("new"));
    EXPECT_EQ(result.cells[1].realCount, 0u);
    EXPECT_EQ(result.cells[1].syntheticCount, 1u);
    EXPECT_EQ(result.toJson().value(QStringLiteral("cells")).toArray().size(), 2);
    EXPECT_TRUE(smallCells(input, 1).cells.empty());
}

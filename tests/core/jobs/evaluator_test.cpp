// The Evaluation issue's sanity checks, end to end through evaluate(): real vs real holdout
// looks ideal, a copy of the training rows is flagged, a column-shuffled copy loses its pair
// trends, and the JSON carries every documented key.
#include "core/data/datasplit.h"
#include "core/jobs/evaluator.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>

using namespace synthreg::core;

namespace {
/**
 * Patients with clinical ranges and administrative censoring, as registries have them: the
 * extremes of two samples then coincide, which SDMetrics' per-table binning of numerical
 * columns in mixed pairs relies on. Lab depends on age, stage on lab, survival on stage.
 */
Table registry(uint64_t seed, size_t rows = 4000)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0, 1);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::vector<double> age(rows), lab(rows), time(rows), status(rows), stage(rows);
    std::vector<int32_t> sex(rows);
    for (size_t i = 0; i < rows; ++i) {
        age[i] = std::clamp(std::round(60 + 10 * normal(rng)), 35.0, 85.0);
        lab[i] = std::clamp(std::round((2 + 0.06 * (age[i] - 60) + 0.4 * normal(rng)) * 10) / 10, 0.5, 3.5);
        stage[i] = std::clamp(std::round(2.5 + 1.5 * (lab[i] - 2) + 0.5 * normal(rng)), 1.0, 4.0);
        if (uniform(rng) < 0.1)
            lab[i] = std::nan("");
        sex[i] = uniform(rng) < 0.45 ? 1 : 0;
        const double eventTime = std::ceil(-std::log(uniform(rng)) * 3000 / stage[i]);
        time[i] = std::min(eventTime, 3650.0);
        status[i] = eventTime <= 3650 && uniform(rng) < 0.8 ? 1 : 0;
    }
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("age"), age));
    table.addColumn(Column::numeric(QStringLiteral("lab"), lab));
    table.addColumn(Column::categorical(QStringLiteral("sex"), sex, {QStringLiteral("f"), QStringLiteral("m")}));
    table.addColumn(Column::numeric(QStringLiteral("stage"), stage));
    table.addColumn(Column::numeric(QStringLiteral("time"), time));
    table.addColumn(Column::numeric(QStringLiteral("status"), status));
    return table;
}

Schema registrySchema()
{
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("age"), ColumnRole::Continuous} << ColumnSpec{QStringLiteral("lab"), ColumnRole::Continuous}
                   << ColumnSpec{QStringLiteral("sex"), ColumnRole::Binary} << ColumnSpec{QStringLiteral("stage"), ColumnRole::Ordinal}
                   << ColumnSpec{QStringLiteral("time"), ColumnRole::SurvivalTime};
    ColumnSpec status{QStringLiteral("status"), ColumnRole::EventIndicator};
    status.eventCoding = EventCoding{{QStringLiteral("0")}, {QStringLiteral("1")}, {}};
    schema.columns << status;
    schema.survival << SurvivalLink{QStringLiteral("OS"), QStringLiteral("time"), QStringLiteral("status")};
    return schema;
}

EvaluationRequest request(const Table &synthetic)
{
    const Table real = registry(1);
    // Holdout 1000, train 3000: the AML leakage coefficient compares distances to train chunks
    // the size of the holdout, so a train set that is a whole number of chunks keeps it unbiased.
    const DataSplit split = makeHoldoutSplit(real, 0.25, 7);
    EvaluationRequest r{real.selectRows(split.trainRowList()), real.selectRows(split.holdoutRowList()), synthetic, registrySchema(), {}};
    r.settings.target = QStringLiteral("sex");
    r.settings.threads = 2;
    return r;
}

EvaluationReport run(const EvaluationRequest &r)
{
    QString error;
    const auto report = evaluate(r, {}, nullptr, &error);
    EXPECT_TRUE(report) << error.toStdString();
    return report ? *report : EvaluationReport{};
}
} // namespace

TEST(Evaluator, FreshRealRowsLookIdeal)
{
    const EvaluationRequest r = request(registry(99, 1000));   // same process, unseen patients
    const EvaluationReport report = run(r);
    EXPECT_GE(report.fidelity.qualityScore, 0.95);

    ASSERT_TRUE(report.privacy);
    // Coarse values make chance matches: fresh rows match train as often as the real holdout does.
    EXPECT_NEAR(report.privacy->exactMatches.syntheticShare, report.privacy->exactMatches.holdoutShare, 0.02);
    EXPECT_LT(std::abs(report.privacy->leakage.coefficient), 0.05);
    EXPECT_NEAR(report.privacy->dcr.shareCloserToTrain, report.privacy->dcr.idealShare, 0.05);
    EXPECT_NEAR(report.privacy->membership.auc, 0.5, 0.1);
    ASSERT_EQ(report.survival.size(), 1u);
    EXPECT_TRUE(report.survival[0].isValid()) << report.survival[0].error.toStdString();
    EXPECT_LT(report.survival[0].distance.kmDivergence, 0.05);
    ASSERT_TRUE(report.utility);
    EXPECT_NEAR(report.utility->discriminator.auc, 0.5, 0.1);
}

TEST(Evaluator, ACopyOfTheTrainingRowsIsFlagged)
{
    const EvaluationRequest base = request(Table());
    EvaluationRequest r = base;
    r.synthetic = base.train;
    const EvaluationReport report = run(r);
    ASSERT_TRUE(report.privacy);
    EXPECT_EQ(report.privacy->exactMatches.syntheticMatches, base.train.rowCount());
    EXPECT_GT(report.privacy->leakage.coefficient, 0.05);
    EXPECT_TRUE(report.privacy->leakage.isFlagged);
    EXPECT_GT(report.privacy->membership.auc, 0.9);
    EXPECT_TRUE(report.flags.join(QLatin1Char('\n')).contains(QStringLiteral("exact copies")));
}

TEST(Evaluator, AShuffledCopyKeepsShapesButLosesPairTrends)
{
    const EvaluationRequest base = request(Table());
    Table shuffled;
    std::mt19937_64 rng(5);
    for (int c = 0; c < base.train.columnCount(); ++c) {
        std::vector<size_t> order(base.train.rowCount());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng);
        shuffled.addColumn(base.train.column(c).selectRows(order));
    }
    EvaluationRequest r = base;
    r.synthetic = shuffled;
    const EvaluationReport report = run(r);
    EXPECT_GT(report.fidelity.columnShapesScore, 0.99);
    EXPECT_LT(report.fidelity.columnPairTrendsScore, report.holdoutFidelity->columnPairTrendsScore - 0.05);
}

TEST(Evaluator, JsonCarriesTheDocumentedKeys)
{
    const QJsonObject json = run(request(registry(3, 800))).toJson();
    const QJsonObject fidelity = json.value(QStringLiteral("fidelity")).toObject();
    for (const char *key : {"quality_score", "column_shapes", "column_pair_trends", "columns", "reference"})
        EXPECT_TRUE(fidelity.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(json.value(QStringLiteral("tabsyndex")).isObject());
    const QJsonObject survival = json.value(QStringLiteral("survival")).toArray().at(0).toObject();
    for (const char *key : {"time", "event", "km_divergence", "optimism", "short_sightedness", "logrank_p", "median_real", "median_synthetic"})
        EXPECT_TRUE(survival.contains(QLatin1String(key))) << key;
    const QJsonObject utility = json.value(QStringLiteral("utility")).toObject();
    for (const char *key : {"target", "metric", "synthetic", "real_baseline", "discriminator_auc", "effects"})
        EXPECT_TRUE(utility.contains(QLatin1String(key))) << key;
    const QJsonObject privacy = json.value(QStringLiteral("privacy")).toObject();
    for (const char *key : {"exact_matches", "dcr_share", "dcr_ideal", "leakage_coefficient", "leakage_baseline", "mia_auc"})
        EXPECT_TRUE(privacy.contains(QLatin1String(key))) << key;
}

TEST(Evaluator, BadInputEndsInAMessage)
{
    EvaluationRequest r = request(Table());
    QString error;
    EXPECT_FALSE(evaluate(r, {}, nullptr, &error));   // empty synthetic table
    EXPECT_TRUE(error.contains(QStringLiteral("no rows")) || error.contains(QStringLiteral("lacks"))) << error.toStdString();

    r.synthetic = r.train;
    const std::atomic<bool> cancelled{true};
    EXPECT_FALSE(evaluate(r, {}, &cancelled, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled")));
}

TEST(Evaluator, ASurvivalTargetComparesHazardRatios)
{
    EvaluationRequest r = request(registry(99, 1000));
    r.settings.target = QStringLiteral("OS");
    const EvaluationReport report = run(r);
    ASSERT_TRUE(report.utility && report.utility->effects);
    const EffectAgreementResult &effects = *report.utility->effects;
    EXPECT_EQ(effects.model, EffectModel::Cox);
    ASSERT_TRUE(effects.ok()) << effects.error.toStdString();
    // Stage drives survival in both samples: its hazard ratio agrees in direction and significance.
    const auto stage = std::find_if(effects.effects.begin(), effects.effects.end(),
                                    [](const EffectComparison &e) { return e.covariate == QStringLiteral("stage") && e.level == QStringLiteral("4"); });
    ASSERT_NE(stage, effects.effects.end());
    EXPECT_GT(stage->real.ratio, 1.5);
    EXPECT_TRUE(stage->sameDirection);
    EXPECT_TRUE(stage->sameSignificance);
    EXPECT_GE(effects.directionAgreement, 0.7);
}

#include "core/stats/effectagreement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

namespace {

QJsonObject golden()
{
    QFile file(QStringLiteral(SYNTHREG_GOLDEN_DIR "/utility_logistic.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

Table tableFrom(const QJsonObject &data)
{
    auto numbers = [&](const char *name) {
        std::vector<double> values;
        for (const QJsonValue &v : data.value(QString::fromLatin1(name)).toArray())
            values.push_back(v.isNull() ? NAN : v.toDouble());
        return values;
    };
    auto categories = [&](const char *name, const QStringList &labels) {
        std::vector<int32_t> codes;
        for (const QJsonValue &v : data.value(QString::fromLatin1(name)).toArray())
            codes.push_back(int32_t(labels.indexOf(v.toString())));
        return codes;
    };
    // Labels in an order other than the sorted one: the reference level must not depend on it.
    const QStringList groups{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")};
    const QStringList status{QStringLiteral("dead"), QStringLiteral("alive")};
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("age"), numbers("age")));
    table.addColumn(Column::numeric(QStringLiteral("bili"), numbers("bili")));
    table.addColumn(Column::numeric(QStringLiteral("albumin"), numbers("albumin")));
    table.addColumn(Column::categorical(QStringLiteral("group"), categories("group", groups), groups));
    table.addColumn(Column::categorical(QStringLiteral("status"), categories("status", status), status));
    return table;
}

void expectRelative(double actual, double expected, const std::string &what)
{
    EXPECT_LE(std::abs(actual - expected), 1e-6 * std::abs(expected)) << what << ": " << actual << " vs " << expected;
}

} // namespace

// statsmodels' Logit (Newton, 1e-12) on the data of tests/golden/make_utility_golden.py.
TEST(EffectAgreement, LogisticOddsRatiosMatchStatsmodels)
{
    const QJsonObject json = golden();
    ASSERT_FALSE(json.isEmpty()) << "tests/golden/utility_logistic.json missing: run tests/golden/make_utility_golden.py";
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("age"), ColumnRole::Continuous} << ColumnSpec{QStringLiteral("bili"), ColumnRole::Continuous}
                   << ColumnSpec{QStringLiteral("albumin"), ColumnRole::Continuous} << ColumnSpec{QStringLiteral("group"), ColumnRole::Categorical}
                   << ColumnSpec{QStringLiteral("status"), ColumnRole::Binary};
    QString error;
    const auto input = EvaluationInput::build(tableFrom(json[QStringLiteral("real")][QStringLiteral("data")].toObject()),
                                              tableFrom(json[QStringLiteral("synthetic")][QStringLiteral("data")].toObject()), schema, &error);
    ASSERT_TRUE(input) << error.toStdString();

    const EffectAgreementResult result = effectAgreement(*input, QStringLiteral("status"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.eventLabel, QStringLiteral("dead"));
    const QJsonArray realEffects = json[QStringLiteral("real")][QStringLiteral("effects")].toArray();
    const QJsonArray syntheticEffects = json[QStringLiteral("synthetic")][QStringLiteral("effects")].toArray();
    ASSERT_EQ(result.effects.size(), size_t(realEffects.size()));
    size_t sameDirection = 0, sameSignificance = 0;
    for (size_t i = 0; i < result.effects.size(); ++i) {
        const EffectComparison &effect = result.effects[i];
        const QJsonObject real = realEffects[qsizetype(i)].toObject();
        const QJsonObject synthetic = syntheticEffects[qsizetype(i)].toObject();
        const std::string name = (effect.covariate + QLatin1Char(' ') + effect.level).toStdString();
        EXPECT_EQ(effect.covariate, real[QStringLiteral("covariate")].toString()) << name;
        EXPECT_EQ(effect.level, real[QStringLiteral("level")].toString()) << name;
        for (const auto &[estimate, expected] : {std::pair{effect.real, real}, std::pair{effect.synthetic, synthetic}}) {
            ASSERT_TRUE(estimate.isEstimated()) << name << estimate.error.toStdString();
            EXPECT_EQ(estimate.rows, size_t(expected[QStringLiteral("rows")].toInt())) << name;
            expectRelative(estimate.logRatio, expected[QStringLiteral("log_ratio")].toDouble(), name + " log OR");
            expectRelative(estimate.standardError, expected[QStringLiteral("standard_error")].toDouble(), name + " SE");
            expectRelative(estimate.pValue, expected[QStringLiteral("p_value")].toDouble(), name + " p");
            expectRelative(estimate.ratio, std::exp(expected[QStringLiteral("log_ratio")].toDouble()), name + " OR");
        }
        const bool direction = (real[QStringLiteral("log_ratio")].toDouble() > 0) == (synthetic[QStringLiteral("log_ratio")].toDouble() > 0);
        const bool significance = (real[QStringLiteral("p_value")].toDouble() < 0.05) == (synthetic[QStringLiteral("p_value")].toDouble() < 0.05);
        EXPECT_EQ(effect.sameDirection, direction) << name;
        EXPECT_EQ(effect.sameSignificance, significance) << name;
        sameDirection += direction;
        sameSignificance += significance;
    }
    EXPECT_DOUBLE_EQ(result.directionAgreement, double(sameDirection) / double(result.effects.size()));
    EXPECT_DOUBLE_EQ(result.significanceAgreement, double(sameSignificance) / double(result.effects.size()));
    // The golden data were drawn so that some effects agree and some do not.
    EXPECT_GT(result.directionAgreement, 0.0);
    EXPECT_LT(result.directionAgreement, 1.0);
}

TEST(EffectAgreement, UnusableOutcomesAndModelsBecomeMessages)
{
    Table real;
    real.addColumn(Column::numeric(QStringLiteral("age"), {50, 60, 70, 80, 55, 65}));
    real.addColumn(Column::numeric(QStringLiteral("score"), {0.5, 1, 2, 0, 1, 0}));
    real.addColumn(Column::categorical(QStringLiteral("stage"), {0, 1, 2, 0, 1, 2}, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    real.addColumn(Column::numeric(QStringLiteral("dead"), {0, 1, 1, 0, 1, 0}));
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("age"), ColumnRole::Continuous} << ColumnSpec{QStringLiteral("score"), ColumnRole::Continuous}
                   << ColumnSpec{QStringLiteral("stage"), ColumnRole::Ordinal} << ColumnSpec{QStringLiteral("dead"), ColumnRole::Integer};
    QString error;
    const auto input = EvaluationInput::build(real, real, schema, &error);
    ASSERT_TRUE(input) << error.toStdString();

    EXPECT_TRUE(effectAgreement(*input, QStringLiteral("nothing")).error.contains(QStringLiteral("nothing")));
    EXPECT_TRUE(effectAgreement(*input, QStringLiteral("stage")).error.contains(QStringLiteral("exactly two")));
    EXPECT_TRUE(effectAgreement(*input, QStringLiteral("score")).error.contains(QStringLiteral("0 and 1")));
    EXPECT_FALSE(effectAgreement(*input, QStringLiteral("dead"), EffectModel::Cox).ok());

    // A numeric 0/1 outcome works; "score" separates the outcome perfectly, which is an
    // estimate's own error, not the whole result's.
    const EffectAgreementResult result = effectAgreement(*input, QStringLiteral("dead"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.eventLabel, QStringLiteral("1"));
    ASSERT_EQ(result.effects.size(), 4u);   // age, score, stage 2 and 3 vs 1
    EXPECT_TRUE(result.effects[0].real.isEstimated());
    EXPECT_EQ(result.effects[2].referenceLevel, QStringLiteral("1"));
}

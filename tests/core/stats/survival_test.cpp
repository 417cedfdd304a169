#include "core/io/csvreader.h"
#include "core/stats/coxregression.h"
#include "core/stats/evaluationinput.h"
#include "core/stats/kaplanmeier.h"
#include "core/stats/logrank.h"
#include "core/stats/survivalmetrics.h"
#include "support/testpaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace synthreg::core;

// Golden values: tests/golden/make_survival_golden.R (R survival 3.5.3), ties = "efron",
// conf.type = "log-log". Agreement is required to 1e-6 relative.
namespace {

constexpr double kRelTol = 1e-6;
double s_maxRelError = 0.0;   // printed by SurvivalGolden::TearDownTestSuite

QJsonObject golden(const char *name)
{
    QFile file(QStringLiteral(SYNTHREG_GOLDEN_DIR "/survival_%1.json").arg(QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// null in the golden file is R's NA/NaN/Inf: the value must not be finite either.
::testing::AssertionResult matchesR(double actual, const QJsonValue &expected)
{
    if (expected.isNull()) {
        if (!std::isfinite(actual))
            return ::testing::AssertionSuccess();
        return ::testing::AssertionFailure() << "R has NA/Inf, got " << actual;
    }
    const double e = expected.toDouble();
    const double error = e == 0.0 ? std::abs(actual) : std::abs(actual - e) / std::abs(e);
    s_maxRelError = std::max(s_maxRelError, std::isfinite(error) ? error : 1.0);
    if (error <= (e == 0.0 ? 1e-12 : kRelTol))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "got " << actual << ", R " << e << " (relative error " << error << ")";
}

struct Endpoint
{
    std::vector<double> time;
    std::vector<int> death;
    Table table;   ///< the input columns R used: time, status, sex and the Cox covariates
};

// The golden files carry their input columns (null = NA). pbc: status 2 = death, 1 =
// transplant (censored); lung: status 2 = death, 1 = censored.
Endpoint endpointFrom(const QJsonObject &input)
{
    Endpoint endpoint;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QJsonArray values = it.value().toArray();
        if (!values.isEmpty() && values.first().isString()) {
            QStringList labels;
            std::vector<int32_t> codes;
            for (const QJsonValue &value : values) {
                if (!labels.contains(value.toString()))
                    labels << value.toString();
                codes.push_back(int32_t(labels.indexOf(value.toString())));
            }
            endpoint.table.addColumn(Column::categorical(it.key(), std::move(codes), labels));
            continue;
        }
        std::vector<double> numbers;
        for (const QJsonValue &value : values)
            numbers.push_back(value.isNull() ? std::nan("") : value.toDouble());
        if (it.key() == QStringLiteral("time"))
            endpoint.time = numbers;
        if (it.key() == QStringLiteral("status")) {
            for (double status : numbers)
                endpoint.death.push_back(status == 2.0 ? 1 : 0);
        }
        endpoint.table.addColumn(Column::numeric(it.key(), std::move(numbers)));
    }
    return endpoint;
}

void expectKaplanMeierTable(const KaplanMeierFit &fit, const QJsonObject &km)
{
    const QJsonArray time = km[QStringLiteral("time")].toArray();
    ASSERT_EQ(fit.rows.size(), size_t(time.size()));
    for (qsizetype i = 0; i < time.size(); ++i) {
        const KaplanMeierRow &row = fit.rows[size_t(i)];
        SCOPED_TRACE(testing::Message() << "row " << i << " time " << row.time);
        EXPECT_TRUE(matchesR(row.time, time[i]));
        EXPECT_TRUE(matchesR(row.nRisk, km[QStringLiteral("n_risk")].toArray()[i]));
        EXPECT_TRUE(matchesR(row.nEvent, km[QStringLiteral("n_event")].toArray()[i]));
        EXPECT_TRUE(matchesR(row.nCensor, km[QStringLiteral("n_censor")].toArray()[i]));
        EXPECT_TRUE(matchesR(row.survival, km[QStringLiteral("surv")].toArray()[i]));
        EXPECT_TRUE(matchesR(row.stdErr, km[QStringLiteral("std_err")].toArray()[i]));
        EXPECT_TRUE(matchesR(row.lower, km[QStringLiteral("lower")].toArray()[i]));
        EXPECT_TRUE(matchesR(row.upper, km[QStringLiteral("upper")].toArray()[i]));
    }
}

void expectMedian(const SurvivalMedian &median, const QJsonObject &expected)
{
    EXPECT_TRUE(matchesR(median.median, expected[QStringLiteral("median")])) << "median";
    EXPECT_TRUE(matchesR(median.lower, expected[QStringLiteral("lower")])) << "lower";
    EXPECT_TRUE(matchesR(median.upper, expected[QStringLiteral("upper")])) << "upper";
}

std::vector<double> toVector(const QJsonArray &array)
{
    std::vector<double> out;
    for (const QJsonValue &value : array)
        out.push_back(value.toDouble());
    return out;
}

class SurvivalGolden : public ::testing::TestWithParam<const char *>
{
protected:
    // The worst agreement seen, for the record (the checks themselves are in matchesR).
    static void TearDownTestSuite()
    {
        std::printf("[ survival ] max relative error against R golden values: %.3g\n", s_maxRelError);
    }

    void SetUp() override
    {
        m_golden = golden(GetParam());
        ASSERT_FALSE(m_golden.isEmpty()) << "missing golden file; run tests/golden/make_survival_golden.R";
        m_endpoint = endpointFrom(m_golden[QStringLiteral("input")].toObject());
    }
    QJsonObject m_golden;
    Endpoint m_endpoint;
};

} // namespace

TEST_P(SurvivalGolden, KaplanMeierTableMedianAndRiskTableMatchR)
{
    const KaplanMeierFit fit = kaplanMeier(m_endpoint.time, m_endpoint.death);
    ASSERT_TRUE(fit.isValid()) << fit.error.toStdString();
    expectKaplanMeierTable(fit, m_golden[QStringLiteral("km")].toObject());
    expectMedian(fit.median, m_golden[QStringLiteral("median")].toObject());

    const QJsonObject summary = m_golden[QStringLiteral("summary")].toObject();
    const std::vector<KaplanMeierSummaryRow> rows = fit.summaryAt(toVector(summary[QStringLiteral("times")].toArray()));
    ASSERT_EQ(rows.size(), size_t(summary[QStringLiteral("times")].toArray().size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(testing::Message() << "summary at " << rows[i].time);
        const auto at = [&](const char *key) { return summary[QString::fromLatin1(key)].toArray()[qsizetype(i)]; };
        EXPECT_TRUE(matchesR(rows[i].nRisk, at("n_risk")));
        EXPECT_TRUE(matchesR(rows[i].nEvent, at("n_event")));
        EXPECT_TRUE(matchesR(rows[i].nCensor, at("n_censor")));
        EXPECT_TRUE(matchesR(rows[i].survival, at("surv")));
        EXPECT_TRUE(matchesR(rows[i].stdErr, at("std_err")));
        EXPECT_TRUE(matchesR(rows[i].lower, at("lower")));
        EXPECT_TRUE(matchesR(rows[i].upper, at("upper")));
    }
}

TEST_P(SurvivalGolden, ReverseKaplanMeierFollowUpMatchesR)
{
    expectMedian(medianFollowUp(m_endpoint.time, m_endpoint.death), m_golden[QStringLiteral("median_follow_up")].toObject());
}

TEST_P(SurvivalGolden, LogRankBetweenSexesMatchesSurvdiff)
{
    const QJsonObject expected = m_golden[QStringLiteral("logrank")].toObject();
    const QString first = expected[QStringLiteral("groups")].toArray()[0].toString();
    const Column &sex = m_endpoint.table.column(m_endpoint.table.indexOf(QStringLiteral("sex")));
    std::array<std::vector<double>, 2> times;
    std::array<std::vector<int>, 2> events;
    for (size_t row = 0; row < sex.size(); ++row) {
        const size_t group = sex.displayText(row) == first ? 0 : 1;
        times[group].push_back(m_endpoint.time[row]);
        events[group].push_back(m_endpoint.death[row]);
    }
    const LogRankResult result = logRankTest(times[0], events[0], times[1], events[1]);
    ASSERT_TRUE(result.isValid()) << result.error.toStdString();
    for (int g = 0; g < 2; ++g) {
        EXPECT_TRUE(matchesR(double(result.n[size_t(g)]), expected[QStringLiteral("n")].toArray()[g]));
        EXPECT_TRUE(matchesR(result.observed[size_t(g)], expected[QStringLiteral("observed")].toArray()[g]));
        EXPECT_TRUE(matchesR(result.expected[size_t(g)], expected[QStringLiteral("expected")].toArray()[g]));
    }
    EXPECT_TRUE(matchesR(result.variance, expected[QStringLiteral("variance")]));
    EXPECT_TRUE(matchesR(result.chiSquare, expected[QStringLiteral("chisq")]));
    EXPECT_TRUE(matchesR(result.pValue, expected[QStringLiteral("p")]));
    EXPECT_EQ(result.degreesOfFreedom, 1);
}

TEST_P(SurvivalGolden, UnivariableCoxMatchesCoxphEfron)
{
    for (const QJsonValue &value : m_golden[QStringLiteral("cox")].toArray()) {
        const QJsonObject expected = value.toObject();
        const QString name = expected[QStringLiteral("covariate")].toString();
        SCOPED_TRACE(name.toStdString());
        const Column &column = m_endpoint.table.column(m_endpoint.table.indexOf(name));
        std::vector<double> x(column.size());
        for (size_t row = 0; row < column.size(); ++row) {
            // The dummies of the golden script: pbc sex m = 1, lung sex 2 = 1.
            if (name == QStringLiteral("sex"))
                x[row] = (column.displayText(row) == QStringLiteral("m") || column.displayText(row) == QStringLiteral("2")) ? 1 : 0;
            else
                x[row] = column.isMissing(row) ? std::nan("") : column.numbers()[row];
        }
        const CoxResult fit = coxRegression(m_endpoint.time, m_endpoint.death, x);
        ASSERT_TRUE(fit.isValid()) << fit.error.toStdString();
        EXPECT_TRUE(fit.converged);
        EXPECT_TRUE(fit.warning.isEmpty()) << fit.warning.toStdString();
        EXPECT_TRUE(matchesR(double(fit.n), expected[QStringLiteral("n")]));
        EXPECT_TRUE(matchesR(double(fit.events), expected[QStringLiteral("nevent")]));
        EXPECT_TRUE(matchesR(fit.coefficient, expected[QStringLiteral("coef")])) << "coef";
        EXPECT_TRUE(matchesR(fit.hazardRatio, expected[QStringLiteral("hr")])) << "hr";
        EXPECT_TRUE(matchesR(fit.standardError, expected[QStringLiteral("se")])) << "se";
        EXPECT_TRUE(matchesR(fit.lower, expected[QStringLiteral("lower")])) << "lower";
        EXPECT_TRUE(matchesR(fit.upper, expected[QStringLiteral("upper")])) << "upper";
        EXPECT_TRUE(matchesR(fit.z, expected[QStringLiteral("z")])) << "z";
        EXPECT_TRUE(matchesR(fit.pValue, expected[QStringLiteral("p")])) << "p";
        EXPECT_TRUE(matchesR(fit.logLikelihoodNull, expected[QStringLiteral("loglik_null")])) << "loglik null";
        EXPECT_TRUE(matchesR(fit.logLikelihood, expected[QStringLiteral("loglik")])) << "loglik";
        EXPECT_EQ(fit.iterations, expected[QStringLiteral("iterations")].toInt()) << "R's Newton path";
    }
}

INSTANTIATE_TEST_SUITE_P(Survival, SurvivalGolden, ::testing::Values("pbc", "lung"));

// S exactly 0.5 over an interval, S = 0 at the end, censoring before the first event.
TEST(Survival, SmallCasesFollowRsSpecialRules)
{
    const QJsonObject small = golden("small");
    ASSERT_FALSE(small.isEmpty());
    for (const QJsonValue &value : small[QStringLiteral("cases")].toArray()) {
        const QJsonObject c = value.toObject();
        SCOPED_TRACE(c[QStringLiteral("name")].toString().toStdString());
        std::vector<int> events;
        for (double e : toVector(c[QStringLiteral("event_in")].toArray()))
            events.push_back(int(e));
        const KaplanMeierFit fit = kaplanMeier(toVector(c[QStringLiteral("time_in")].toArray()), events);
        expectKaplanMeierTable(fit, c[QStringLiteral("km")].toObject());
        expectMedian(fit.median, c[QStringLiteral("median")].toObject());
    }
}

// The same curve from the lung fixture read the way users import it.
TEST(Survival, LungFixtureThroughCsvReaderGivesRsMedian)
{
    const ImportResult imported = CsvReader().readFile(synthreg::test::fixturePath(QStringLiteral("lung.csv")));
    ASSERT_TRUE(imported.ok());
    const Table &table = imported.table;
    const Column &time = table.column(table.indexOf(QStringLiteral("time")));
    const Column &status = table.column(table.indexOf(QStringLiteral("status")));
    std::vector<int> death;
    for (double s : status.numbers())
        death.push_back(s == 2.0 ? 1 : 0);
    expectMedian(kaplanMeier(time.numbers(), death).median, golden("lung")[QStringLiteral("median")].toObject());
}

TEST(Survival, StepFunctionAndCleaning)
{
    const KaplanMeierFit fit = kaplanMeier({1, 2, std::nan(""), 3, -1, 4}, {1, 0, 1, 1, 1, -1});
    EXPECT_EQ(fit.n, 3u);
    EXPECT_EQ(fit.droppedRows, 3u);   // NaN time, negative time, missing event
    EXPECT_DOUBLE_EQ(fit.survivalAt(0.5), 1.0);
    EXPECT_DOUBLE_EQ(fit.survivalAt(1.0), 2.0 / 3.0);   // right-continuous
    EXPECT_DOUBLE_EQ(fit.survivalAt(2.9), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(fit.survivalAt(3.0), 0.0);
    EXPECT_DOUBLE_EQ(fit.survivalAt(99.0), 0.0);
    EXPECT_FALSE(kaplanMeier({}, {}).isValid());
}

// Hand-computed: real drops to 1/2 at 333; synthetic to 2/3 at 666 and 1/3 at 800; the grid
// over [0, 999] has step 1, so the trapezoid sums are (D_0 + D_999)/2 + sum_{1..998} D_i.
TEST(Survival, SurvivalGanMetricsOnAHandComputedCase)
{
    const SurvivalDistance d = survivalDistance({0, 333, 999}, {0, 1, 0}, {0, 666, 800, 900}, {0, 1, 1, 0});
    ASSERT_TRUE(d.isValid()) << d.error.toStdString();
    EXPECT_NEAR(d.optimism, 1867.0 / 11988.0, 1e-12);
    EXPECT_NEAR(d.kmDivergence, 2665.0 / 11988.0, 1e-12);
    EXPECT_NEAR(d.shortSightedness, 99.0 / 999.0, 1e-15);
    EXPECT_FALSE(survivalDistance({}, {}, {1}, {1}).isValid());
}

namespace {
EvaluationInput pbcAgainstItself()
{
    const Endpoint endpoint = endpointFrom(golden("pbc")[QStringLiteral("input")].toObject());
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("time"), ColumnRole::SurvivalTime}
                   << ColumnSpec{QStringLiteral("status"), ColumnRole::EventIndicator};
    QString error;
    auto input = EvaluationInput::build(endpoint.table, endpoint.table, schema, &error);
    EXPECT_TRUE(input) << error.toStdString();
    return input ? *input : EvaluationInput{};
}
const SurvivalLink kPbcLink{QStringLiteral("OS"), QStringLiteral("time"), QStringLiteral("status")};
} // namespace

TEST(Survival, RealAgainstItselfHasNoDistanceAndLogRankPOfOne)
{
    // pbc's coding: 1 (transplant) competes with death and is censored for the KM.
    const EventCoding coding{{QStringLiteral("0")}, {QStringLiteral("2")}, {QStringLiteral("1")}};
    const SurvivalEndpointEvaluation result = evaluateSurvivalEndpoint(pbcAgainstItself(), kPbcLink, coding, {365, 730, 1825});
    ASSERT_TRUE(result.isValid()) << result.error.toStdString();
    EXPECT_EQ(result.distance.kmDivergence, 0.0);
    EXPECT_EQ(result.distance.optimism, 0.0);
    EXPECT_EQ(result.distance.shortSightedness, 0.0);
    EXPECT_EQ(result.logRank.chiSquare, 0.0);
    EXPECT_EQ(result.logRank.pValue, 1.0);
    EXPECT_TRUE(result.warnings.isEmpty()) << result.warnings.join(QStringLiteral("; ")).toStdString();

    const QJsonObject r = golden("pbc");
    expectMedian(result.real.median, r[QStringLiteral("median")].toObject());
    expectMedian(result.synthetic.medianFollowUp, r[QStringLiteral("median_follow_up")].toObject());
    ASSERT_EQ(result.real.atTimes.size(), 3u);
    EXPECT_EQ(result.real.atTimes[2].nRisk, 197.0);

    const QJsonObject json = result.toJson();
    for (const char *key : {"time_column", "event_column", "log_rank_p", "km_divergence", "optimism", "short_sightedness"})
        EXPECT_TRUE(json.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(json[QStringLiteral("real")].toObject()[QStringLiteral("median")].toObject()[QStringLiteral("median")].toDouble(), 3395.0);
}

TEST(Survival, AllCensoredEndpointGivesAnError)
{
    // Nothing is coded as an event that occurs: every row ends up censored.
    const EventCoding coding{{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("9")}, {}};
    const SurvivalEndpointEvaluation result = evaluateSurvivalEndpoint(pbcAgainstItself(), kPbcLink, coding, {365});
    EXPECT_FALSE(result.isValid());
    EXPECT_TRUE(result.error.contains(QStringLiteral("censored"))) << result.error.toStdString();
    EXPECT_TRUE(result.toJson().contains(QStringLiteral("error")));

    const SurvivalEndpointEvaluation noEvent = evaluateSurvivalEndpoint(pbcAgainstItself(), kPbcLink, EventCoding{}, {});
    EXPECT_TRUE(noEvent.error.contains(QStringLiteral("event coding"))) << noEvent.error.toStdString();
    const SurvivalLink wrong{QStringLiteral("OS"), QStringLiteral("futime"), QStringLiteral("status")};
    EXPECT_FALSE(evaluateSurvivalEndpoint(pbcAgainstItself(), wrong, EventCoding{{}, {QStringLiteral("2")}, {}}, {}).isValid());
}

TEST(Survival, DegenerateInputsGiveErrorsNotExceptions)
{
    const CoxResult censored = coxRegression({1, 2, 3}, {0, 0, 0}, {1, 2, 3});
    EXPECT_TRUE(censored.error.contains(QStringLiteral("censored"))) << censored.error.toStdString();
    EXPECT_TRUE(std::isnan(censored.coefficient));
    const CoxResult constant = coxRegression({1, 2, 3}, {1, 0, 1}, {5, 5, 5});
    EXPECT_TRUE(constant.error.contains(QStringLiteral("constant"))) << constant.error.toStdString();
    EXPECT_FALSE(coxRegression({}, {}, {}).isValid());

    const LogRankResult allCensored = logRankTest({1, 2}, {0, 0}, {3}, {0});
    EXPECT_FALSE(allCensored.isValid());
    EXPECT_FALSE(logRankTest({1, 2}, {1, 0}, {}, {}).isValid());
}

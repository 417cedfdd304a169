#include "logrank.h"
#include "core/stats/numericvalues.h"

#include "kaplanmeier.h"

#include <boost/math/distributions/chi_squared.hpp>

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace synthreg::core {

QJsonObject LogRankResult::toJson() const
{
    QJsonObject json{{QStringLiteral("n"), QJsonArray{double(n[0]), double(n[1])}},
                     {QStringLiteral("observed"), QJsonArray{jsonNumber(observed[0]), jsonNumber(observed[1])}},
                     {QStringLiteral("expected"), QJsonArray{jsonNumber(expected[0]), jsonNumber(expected[1])}},
                     {QStringLiteral("variance"), jsonNumber(variance)},
                     {QStringLiteral("chi_square"), jsonNumber(chiSquare)},
                     {QStringLiteral("df"), degreesOfFreedom},
                     {QStringLiteral("p_value"), jsonNumber(pValue)},
                     {QStringLiteral("dropped_rows"), double(droppedRows)}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

LogRankResult logRankTest(const std::vector<double> &times1, const std::vector<int> &events1,
                          const std::vector<double> &times2, const std::vector<int> &events2)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    LogRankResult result;
    const std::array<SurvivalSample, 2> groups{survivalSample(times1, events1), survivalSample(times2, events2)};
    result.droppedRows = groups[0].droppedRows + groups[1].droppedRows;
    for (size_t g = 0; g < 2; ++g) {
        result.n[g] = groups[g].times.size();
        result.observed[g] = double(groups[g].eventCount());
    }
    auto fail = [&](const QString &message) {
        result.expected = {kNaN, kNaN};
        result.variance = result.chiSquare = result.pValue = kNaN;
        result.error = message;
        return result;
    };
    if (result.n[0] == 0 || result.n[1] == 0)
        return fail(QStringLiteral("The log-rank test needs usable rows in both groups; group %1 has none.")
                        .arg(result.n[0] == 0 ? 1 : 2));
    if (result.observed[0] + result.observed[1] == 0.0)
        return fail(QStringLiteral("The log-rank test needs at least one event; every row is censored."));

    struct Row { double time; int event; int group; };
    std::vector<Row> pooled;
    pooled.reserve(result.n[0] + result.n[1]);
    for (int g = 0; g < 2; ++g) {
        for (size_t i = 0; i < groups[size_t(g)].times.size(); ++i)
            pooled.push_back({groups[size_t(g)].times[i], groups[size_t(g)].events[i], g});
    }
    std::sort(pooled.begin(), pooled.end(), [](const Row &a, const Row &b) { return a.time < b.time; });

    // Mantel-Haenszel sums over distinct event times, as R's survdiff2.c: at each time
    // E1 += d n1 / n and V += d (n - d) / (n (n - 1)) * n1 (1 - n1 / n).
    std::array<double, 2> atRisk{double(result.n[0]), double(result.n[1])};
    double expected1 = 0.0;
    double expected2 = 0.0;
    double variance = 0.0;
    for (size_t i = 0; i < pooled.size();) {
        const double time = pooled[i].time;
        std::array<double, 2> deaths{0.0, 0.0}, leaving{0.0, 0.0};
        for (; i < pooled.size() && pooled[i].time == time; ++i) {
            deaths[size_t(pooled[i].group)] += pooled[i].event;
            leaving[size_t(pooled[i].group)] += 1.0;
        }
        const double total = atRisk[0] + atRisk[1];
        const double d = deaths[0] + deaths[1];
        if (d > 0.0) {
            expected1 += d * atRisk[0] / total;
            expected2 += d * atRisk[1] / total;
            if (total > 1.0)
                variance += d * (total - d) / (total * (total - 1.0)) * atRisk[0] * (1.0 - atRisk[0] / total);
        }
        atRisk[0] -= leaving[0];
        atRisk[1] -= leaving[1];
    }
    result.expected = {expected1, expected2};
    result.variance = variance;
    if (!(variance > 0.0))
        return fail(QStringLiteral("The log-rank variance is zero (every event happens when one group has left the "
                                   "risk set); the test is undefined."));
    const double diff = result.observed[0] - expected1;
    result.chiSquare = diff * diff / variance;
    const boost::math::chi_squared_distribution<double> chi2(1.0);
    result.pValue = boost::math::cdf(boost::math::complement(chi2, result.chiSquare));
    return result;
}

} // namespace synthreg::core

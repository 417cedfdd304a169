#include "survivalmetrics.h"
#include "core/stats/numericvalues.h"

#include "core/stats/evaluationinput.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace synthreg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// numpy.trapz(y, x): sum of (x[i+1] - x[i]) * (y[i] + y[i+1]) / 2.
double trapezoid(const std::vector<double> &y, const std::vector<double> &x)
{
    double area = 0.0;
    for (size_t i = 0; i + 1 < x.size(); ++i)
        area += (x[i + 1] - x[i]) * (y[i] + y[i + 1]) / 2.0;
    return area;
}

KaplanMeierSummary summarise(const KaplanMeierFit &fit, const SurvivalSample &sample, const std::vector<double> &riskTimes)
{
    KaplanMeierSummary summary;
    summary.n = fit.n;
    summary.events = fit.events;
    summary.droppedRows = sample.droppedRows;
    summary.median = fit.median;
    summary.medianFollowUp = medianFollowUp(sample.times, sample.events, fit.confLevel);
    summary.atTimes = fit.summaryAt(riskTimes);
    return summary;
}

} // namespace

QJsonObject SurvivalDistance::toJson() const
{
    QJsonObject json{{QStringLiteral("optimism"), jsonNumber(optimism)},
                     {QStringLiteral("km_divergence"), jsonNumber(kmDivergence)},
                     {QStringLiteral("short_sightedness"), jsonNumber(shortSightedness)},
                     {QStringLiteral("grid_points"), gridPoints}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

SurvivalDistance survivalDistance(const std::vector<double> &realTimes, const std::vector<int> &realEvents,
                                  const std::vector<double> &syntheticTimes, const std::vector<int> &syntheticEvents,
                                  int gridPoints)
{
    SurvivalDistance distance;
    distance.gridPoints = gridPoints;
    auto fail = [&](const QString &message) {
        distance.optimism = distance.kmDivergence = distance.shortSightedness = kNaN;
        distance.error = message;
        return distance;
    };
    const SurvivalSample real = survivalSample(realTimes, realEvents);
    const SurvivalSample synthetic = survivalSample(syntheticTimes, syntheticEvents);
    if (real.times.empty() || synthetic.times.empty())
        return fail(QStringLiteral("The survival distances need usable rows in both the real and the synthetic data."));
    if (gridPoints < 2)
        return fail(QStringLiteral("The survival distances need at least 2 grid points (got %1).").arg(gridPoints));

    // synthcity plugins/core/models/survival_analysis/metrics.py, nonparametric_distance():
    // Tmax = max(real_T.max(), syn_T.max()), Tmin = max(0, min(real_T.min(), syn_T.min())),
    // time_points = np.linspace(Tmin, Tmax, n_points), S from lifelines' KaplanMeierFitter.predict
    // (the right-continuous step function), integrals by scipy/numpy trapz, then / Tmax.
    const auto [realMin, realMax] = std::minmax_element(real.times.begin(), real.times.end());
    const auto [synMin, synMax] = std::minmax_element(synthetic.times.begin(), synthetic.times.end());
    const double tMax = std::max(*realMax, *synMax);
    const double tMin = std::max(0.0, std::min(*realMin, *synMin));
    if (!(tMax > 0.0))
        return fail(QStringLiteral("Every survival time is 0; the survival distances are undefined."));

    const KaplanMeierFit realFit = kaplanMeier(real.times, real.events);
    const KaplanMeierFit syntheticFit = kaplanMeier(synthetic.times, synthetic.events);
    const size_t points = size_t(gridPoints);
    std::vector<double> grid(points), difference(points), absDifference(points);
    // np.linspace: start + i * step, the last point set to stop exactly.
    const double step = (tMax - tMin) / double(gridPoints - 1);
    for (size_t i = 0; i < grid.size(); ++i) {
        grid[i] = i + 1 == grid.size() ? tMax : tMin + double(i) * step;
        difference[i] = syntheticFit.survivalAt(grid[i]) - realFit.survivalAt(grid[i]);
        absDifference[i] = std::abs(difference[i]);
    }
    distance.optimism = trapezoid(difference, grid) / tMax;
    distance.kmDivergence = trapezoid(absDifference, grid) / tMax;
    distance.shortSightedness = (*realMax - *synMax) / tMax;
    return distance;
}

QJsonObject KaplanMeierSummary::toJson() const
{
    QJsonArray rows;
    for (const KaplanMeierSummaryRow &row : atTimes)
        rows.append(row.toJson());
    return {{QStringLiteral("n"), double(n)},
            {QStringLiteral("events"), double(events)},
            {QStringLiteral("dropped_rows"), double(droppedRows)},
            {QStringLiteral("median"), median.toJson()},
            {QStringLiteral("median_follow_up"), medianFollowUp.toJson()},
            {QStringLiteral("at_times"), rows}};
}

QJsonObject SurvivalEndpointEvaluation::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("time_column"), timeColumn},
                     {QStringLiteral("event_column"), eventColumn},
                     {QStringLiteral("real"), real.toJson()},
                     {QStringLiteral("synthetic"), synthetic.toJson()},
                     {QStringLiteral("log_rank"), logRank.toJson()},
                     {QStringLiteral("log_rank_p"), jsonNumber(logRank.pValue)},
                     {QStringLiteral("km_divergence"), jsonNumber(distance.kmDivergence)},
                     {QStringLiteral("optimism"), jsonNumber(distance.optimism)},
                     {QStringLiteral("short_sightedness"), jsonNumber(distance.shortSightedness)},
                     {QStringLiteral("grid_points"), distance.gridPoints},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

SurvivalEndpointEvaluation evaluateSurvivalEndpoint(const EvaluationInput &input, const SurvivalLink &link,
                                                    const EventCoding &coding, const std::vector<double> &riskTimes)
{
    SurvivalEndpointEvaluation result;
    result.name = link.name.isEmpty() ? link.timeColumn : link.name;
    result.timeColumn = link.timeColumn;
    result.eventColumn = link.eventColumn;
    result.logRank.pValue = kNaN;
    result.distance = {kNaN, kNaN, kNaN, 1000, {}};

    const EvaluationColumn *time = input.find(link.timeColumn);
    const EvaluationColumn *event = input.find(link.eventColumn);
    if (!time || time->kind != MetricKind::Numerical) {
        result.error = time ? QStringLiteral("The time column '%1' of endpoint '%2' is not numeric: give it the survival time role.")
                                  .arg(link.timeColumn, result.name)
                            : QStringLiteral("Endpoint '%1' names the time column '%2', which is not among the evaluated columns.")
                                  .arg(result.name, link.timeColumn);
        return result;
    }
    if (!event || event->kind != MetricKind::Categorical) {
        result.error = event ? QStringLiteral("The event column '%1' of endpoint '%2' is not categorical: give it the event indicator role.")
                                   .arg(link.eventColumn, result.name)
                             : QStringLiteral("Endpoint '%1' names the event column '%2', which is not among the evaluated columns.")
                                   .arg(result.name, link.eventColumn);
        return result;
    }
    if (coding.event.isEmpty()) {
        result.error = QStringLiteral("The event column '%1' has no code marked as the event: set its event coding in the schema.")
                           .arg(link.eventColumn);
        return result;
    }

    // One 0/1 value per shared label. Competing events are censored here (see the header).
    const QStringList &labels = event->categorical.labels;
    std::vector<int> labelEvent(size_t(labels.size()), -1);
    QStringList uncoded;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (coding.event.contains(labels[i]))
            labelEvent[size_t(i)] = 1;
        else if (coding.censored.contains(labels[i]) || coding.competing.contains(labels[i]))
            labelEvent[size_t(i)] = 0;
        else
            uncoded << labels[i];
    }
    auto decode = [&](const std::vector<int32_t> &codes) {
        std::vector<int> out(codes.size(), -1);
        for (size_t row = 0; row < codes.size(); ++row) {
            if (codes[row] >= 0 && size_t(codes[row]) < labelEvent.size())
                out[row] = labelEvent[size_t(codes[row])];
        }
        return out;
    };
    const std::vector<int> realEvents = decode(event->categorical.real);
    const std::vector<int> syntheticEvents = decode(event->categorical.synthetic);
    const std::vector<double> &realTimes = time->numeric.real;
    const std::vector<double> &syntheticTimes = time->numeric.synthetic;
    if (!uncoded.isEmpty())
        result.warnings << QStringLiteral("Rows with event codes outside the coding (%1) were left out.")
                               .arg(uncoded.join(QStringLiteral(", ")));

    const SurvivalSample realSample = survivalSample(realTimes, realEvents);
    const SurvivalSample syntheticSample = survivalSample(syntheticTimes, syntheticEvents);
    const KaplanMeierFit realFit = kaplanMeier(realSample.times, realSample.events);
    const KaplanMeierFit syntheticFit = kaplanMeier(syntheticSample.times, syntheticSample.events);
    if (!realFit.isValid() || !syntheticFit.isValid()) {
        result.error = QStringLiteral("Endpoint '%1' has no usable %2 rows (each lacks a non-negative time or a coded event).")
                           .arg(result.name, realFit.isValid() ? QStringLiteral("synthetic") : QStringLiteral("real"));
        return result;
    }
    result.real = summarise(realFit, realSample, riskTimes);
    result.synthetic = summarise(syntheticFit, syntheticSample, riskTimes);
    result.realCurve = realFit.rows;
    result.syntheticCurve = syntheticFit.rows;
    if (realFit.events == 0) {
        result.error = QStringLiteral("All %1 real rows of endpoint '%2' are censored: with no event there is no survival "
                                      "curve to compare. Check the event coding of '%3'.")
                           .arg(realFit.n).arg(result.name, link.eventColumn);
        return result;
    }
    if (syntheticFit.events == 0)
        result.warnings << QStringLiteral("The synthetic data have no event for endpoint '%1': its survival curve stays at 1.")
                               .arg(result.name);

    result.logRank = logRankTest(realSample.times, realSample.events, syntheticSample.times, syntheticSample.events);
    result.distance = survivalDistance(realSample.times, realSample.events, syntheticSample.times, syntheticSample.events);
    return result;
}

} // namespace synthreg::core

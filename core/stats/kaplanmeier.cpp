#include "kaplanmeier.h"
#include "core/stats/numericvalues.h"

#include <boost/math/distributions/normal.hpp>

#include <QJsonArray>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <numeric>

namespace synthreg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double normalQuantile(double confLevel)
{
    return boost::math::quantile(boost::math::normal_distribution<double>(), 1.0 - (1.0 - confLevel) / 2.0);
}

// R survival:::survfit_confint, conf.type = "log-log": the CI of log(-log S), whose SE is
// se(-log S) / |log S|, mapped back. Undefined (NA in R) where S is 0 or 1.
void logLogInterval(double survival, double stdErr, double z, double *lower, double *upper)
{
    if (!(survival > 0.0 && survival < 1.0)) {
        *lower = *upper = kNaN;
        return;
    }
    const double logS = std::log(survival);
    const double se2 = z * stdErr / logS;
    *lower = std::exp(-std::exp(std::log(-logS) - se2));
    *upper = std::exp(-std::exp(std::log(-logS) + se2));
}

// The median rule of R's print.survfit (survival:::survmean, inner function minmin): the
// first time the curve is below 0.5 + tol; when the curve sits at exactly 0.5 there, the
// midpoint between that time and the next time the curve drops. A curve that stays at 0.5
// to its end gives the first time (quantile.survfit would give the midpoint to the last
// time instead; the printed median is what users compare with).
double printedMedian(const std::vector<KaplanMeierRow> &rows, double KaplanMeierRow::*curve)
{
    const double tolerance = std::sqrt(DBL_EPSILON);
    auto kept = [&](size_t i) {
        const double y = rows[i].*curve;
        return !std::isnan(y) && y < 0.5 + tolerance;
    };
    size_t first = 0;
    while (first < rows.size() && !kept(first))
        ++first;
    if (first == rows.size())
        return kNaN;
    const double y1 = rows[first].*curve;
    if (std::abs(y1 - 0.5) < tolerance) {
        for (size_t j = first + 1; j < rows.size(); ++j) {
            if (kept(j) && rows[j].*curve < y1)
                return (rows[first].time + rows[j].time) / 2.0;
        }
    }
    return rows[first].time;
}

} // namespace

size_t SurvivalSample::eventCount() const
{
    return size_t(std::count(events.begin(), events.end(), 1));
}

SurvivalSample survivalSample(const std::vector<double> &times, const std::vector<int> &events)
{
    SurvivalSample sample;
    const size_t common = std::min(times.size(), events.size());
    sample.times.reserve(common);
    sample.events.reserve(common);
    for (size_t i = 0; i < common; ++i) {
        if (!std::isfinite(times[i]) || times[i] < 0.0 || (events[i] != 0 && events[i] != 1)) {
            ++sample.droppedRows;
            continue;
        }
        sample.times.push_back(times[i]);
        sample.events.push_back(events[i]);
    }
    sample.droppedRows += std::max(times.size(), events.size()) - common;
    return sample;
}


QJsonObject KaplanMeierSummaryRow::toJson() const
{
    return {{QStringLiteral("time"), jsonNumber(time)},
            {QStringLiteral("n_risk"), jsonNumber(nRisk)},
            {QStringLiteral("n_event"), jsonNumber(nEvent)},
            {QStringLiteral("n_censor"), jsonNumber(nCensor)},
            {QStringLiteral("survival"), jsonNumber(survival)},
            {QStringLiteral("std_err"), jsonNumber(stdErr)},
            {QStringLiteral("lower"), jsonNumber(lower)},
            {QStringLiteral("upper"), jsonNumber(upper)}};
}

QJsonObject SurvivalMedian::toJson() const
{
    return {{QStringLiteral("median"), jsonNumber(median)},
            {QStringLiteral("lower"), jsonNumber(lower)},
            {QStringLiteral("upper"), jsonNumber(upper)}};
}

double KaplanMeierFit::survivalAt(double time) const
{
    if (std::isnan(time))
        return kNaN;
    auto after = std::upper_bound(rows.begin(), rows.end(), time,
                                  [](double t, const KaplanMeierRow &row) { return t < row.time; });
    return after == rows.begin() ? 1.0 : std::prev(after)->survival;
}

std::vector<KaplanMeierSummaryRow> KaplanMeierFit::summaryAt(std::vector<double> times) const
{
    times.erase(std::remove_if(times.begin(), times.end(), [](double t) { return std::isnan(t); }), times.end());
    std::sort(times.begin(), times.end());
    std::vector<KaplanMeierSummaryRow> out;
    out.reserve(times.size());
    size_t next = 0;   // first table row not yet counted into an interval
    for (const double t : times) {
        KaplanMeierSummaryRow row;
        row.time = t;
        while (next < rows.size() && rows[next].time <= t) {
            row.nEvent += rows[next].nEvent;
            row.nCensor += rows[next].nCensor;
            ++next;
        }
        // Everybody at a time >= t is at risk at t: the n.risk of the first row not before t.
        auto atOrAfter = std::lower_bound(rows.begin(), rows.end(), t,
                                          [](const KaplanMeierRow &r, double value) { return r.time < value; });
        row.nRisk = atOrAfter == rows.end() ? 0.0 : atOrAfter->nRisk;
        if (next > 0) {
            const KaplanMeierRow &last = rows[next - 1];
            row.survival = last.survival;
            row.stdErr = last.survival * last.stdErr;   // 0 * Inf is NaN, as R reports where S = 0
            row.lower = last.lower;
            row.upper = last.upper;
        }
        out.push_back(row);
    }
    return out;
}

QJsonObject KaplanMeierFit::toJson() const
{
    QJsonArray time, nRisk, nEvent, nCensor, survival, stdErr, lower, upper;
    for (const KaplanMeierRow &row : rows) {
        time.append(jsonNumber(row.time));
        nRisk.append(jsonNumber(row.nRisk));
        nEvent.append(jsonNumber(row.nEvent));
        nCensor.append(jsonNumber(row.nCensor));
        survival.append(jsonNumber(row.survival));
        stdErr.append(jsonNumber(row.stdErr));
        lower.append(jsonNumber(row.lower));
        upper.append(jsonNumber(row.upper));
    }
    QJsonObject json{{QStringLiteral("n"), double(n)},
                     {QStringLiteral("events"), double(events)},
                     {QStringLiteral("dropped_rows"), double(droppedRows)},
                     {QStringLiteral("conf_level"), confLevel},
                     {QStringLiteral("conf_type"), QStringLiteral("log-log")},
                     {QStringLiteral("median"), median.toJson()},
                     {QStringLiteral("table"), QJsonObject{{QStringLiteral("time"), time},
                                                           {QStringLiteral("n_risk"), nRisk},
                                                           {QStringLiteral("n_event"), nEvent},
                                                           {QStringLiteral("n_censor"), nCensor},
                                                           {QStringLiteral("survival"), survival},
                                                           {QStringLiteral("std_err_log"), stdErr},
                                                           {QStringLiteral("lower"), lower},
                                                           {QStringLiteral("upper"), upper}}}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

KaplanMeierFit kaplanMeier(const std::vector<double> &times, const std::vector<int> &events, double confLevel)
{
    KaplanMeierFit fit;
    fit.confLevel = confLevel;
    const SurvivalSample sample = survivalSample(times, events);
    fit.droppedRows = sample.droppedRows;
    fit.n = sample.times.size();
    fit.events = sample.eventCount();
    fit.median = {kNaN, kNaN, kNaN};
    if (fit.n == 0) {
        fit.error = QStringLiteral("No usable rows for a Kaplan-Meier curve: every row has a missing or negative time "
                                   "or an event code that is neither event nor censored.");
        return fit;
    }
    if (!(confLevel > 0.0 && confLevel < 1.0)) {
        fit.error = QStringLiteral("The confidence level must lie between 0 and 1 (got %1).").arg(confLevel);
        return fit;
    }

    std::vector<size_t> order(fit.n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sample.times[a] < sample.times[b]; });

    const double z = normalQuantile(confLevel);
    double atRisk = double(fit.n);
    double survival = 1.0;
    double greenwood = 0.0;   // sum of d / (n (n - d)): the variance of -log S (Greenwood 1926)
    for (size_t i = 0; i < order.size();) {
        KaplanMeierRow row;
        row.time = sample.times[order[i]];
        row.nRisk = atRisk;
        for (; i < order.size() && sample.times[order[i]] == row.time; ++i) {
            if (sample.events[order[i]] == 1)
                row.nEvent += 1.0;
            else
                row.nCensor += 1.0;
        }
        if (row.nEvent > 0.0) {
            survival *= (atRisk - row.nEvent) / atRisk;
            // All remaining subjects dying gives d / 0 = Inf, which is what survfit reports.
            greenwood += row.nEvent / (atRisk * (atRisk - row.nEvent));
        }
        row.survival = survival;
        row.stdErr = std::sqrt(greenwood);
        logLogInterval(row.survival, row.stdErr, z, &row.lower, &row.upper);
        atRisk -= row.nEvent + row.nCensor;
        fit.rows.push_back(row);
    }

    // The lower CI of the median comes from the lower curve, which crosses 0.5 first.
    fit.median = {printedMedian(fit.rows, &KaplanMeierRow::survival), printedMedian(fit.rows, &KaplanMeierRow::lower),
                  printedMedian(fit.rows, &KaplanMeierRow::upper)};
    return fit;
}

SurvivalMedian medianFollowUp(const std::vector<double> &times, const std::vector<int> &events, double confLevel)
{
    const SurvivalSample sample = survivalSample(times, events);
    std::vector<int> reversed(sample.events.size());
    std::transform(sample.events.begin(), sample.events.end(), reversed.begin(), [](int e) { return 1 - e; });
    return kaplanMeier(sample.times, reversed, confLevel).median;
}

} // namespace synthreg::core

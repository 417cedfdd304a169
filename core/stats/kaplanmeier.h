#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstddef>
#include <vector>

namespace synthreg::core {

/**
 * Right-censored observations ready for survival statistics: finite, non-negative times
 * and events coded 1 (event) or 0 (censored). Rows that were neither are counted in
 * droppedRows.
 */
struct SurvivalSample
{
    std::vector<double> times;
    std::vector<int> events;
    size_t droppedRows = 0;

    size_t eventCount() const;
};

/**
 * Keeps the rows whose time is finite and >= 0 and whose event is 0 or 1; NaN times and
 * negative (missing) event codes are dropped and counted. `times` and `events` must have
 * the same length; when they do not, the longer one's tail is counted as dropped.
 */
SurvivalSample survivalSample(const std::vector<double> &times, const std::vector<int> &events);

/** One row of the Kaplan-Meier table: one per distinct time, censoring-only times included (as survfit). */
struct KaplanMeierRow
{
    double time = 0;
    double nRisk = 0;
    double nEvent = 0;
    double nCensor = 0;
    double survival = 1;
    double stdErr = 0;   ///< Greenwood SE of -log S (the log scale), as survfit's std.err
    double lower = 0;    ///< log-log CI; NaN where S is 0 or 1, as survfit
    double upper = 0;
};

/** survfit's summary(fit, times = ...) at one requested time. */
struct KaplanMeierSummaryRow
{
    double time = 0;
    double nRisk = 0;    ///< subjects with time >= this time
    double nEvent = 0;   ///< events after the previous requested time, up to and including this one
    double nCensor = 0;  ///< censorings in the same interval
    double survival = 1;
    double stdErr = 0;   ///< SE of S on the survival scale (S * Greenwood SE of -log S), as summary() prints it
    double lower = 1;
    double upper = 1;

    QJsonObject toJson() const;
};

/** A median survival time with its confidence interval; NaN where the curve never reaches 0.5. */
struct SurvivalMedian
{
    double median = 0;
    double lower = 0;
    double upper = 0;

    QJsonObject toJson() const;
};

/** A fitted Kaplan-Meier curve. A plain value; error is empty when the fit succeeded. */
struct KaplanMeierFit
{
    std::vector<KaplanMeierRow> rows;
    size_t n = 0;
    size_t events = 0;
    size_t droppedRows = 0;
    double confLevel = 0.95;
    SurvivalMedian median;
    QString error;

    bool isValid() const { return error.isEmpty(); }

    /** S(t) of the right-continuous step function: 1 before the first time, the last value after the last. */
    double survivalAt(double time) const;

    /**
     * The curve at the requested times, sorted ascending, like R's summary(fit, times = ...).
     * Times before the first observed time give S = 1 with CI [1, 1] (R does the same); times
     * after the last keep the last value with nRisk 0 (R's extend = TRUE).
     */
    std::vector<KaplanMeierSummaryRow> summaryAt(std::vector<double> times) const;

    QJsonObject toJson() const;
};

/**
 * Kaplan-Meier estimate with Greenwood standard errors and log-log confidence intervals,
 * matching R's survfit(Surv(time, status) ~ 1, conf.type = "log-log", conf.int = confLevel)
 * and the median (with CI) of its print method. Rows are cleaned by survivalSample().
 * Returns a fit with `error` set when no usable row remains. Pure function; thread-safe.
 */
KaplanMeierFit kaplanMeier(const std::vector<double> &times, const std::vector<int> &events, double confLevel = 0.95);

/**
 * Median follow-up by the reverse Kaplan-Meier method (Schemper & Smith 1996): the
 * median of the curve that treats censoring as the event and events as censoring, i.e. R's
 * survfit(Surv(time, 1 - status) ~ 1). NaN when that curve never reaches 0.5.
 */
SurvivalMedian medianFollowUp(const std::vector<double> &times, const std::vector<int> &events, double confLevel = 0.95);

} // namespace synthreg::core

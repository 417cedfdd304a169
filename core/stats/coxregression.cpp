#include "coxregression.h"
#include "core/stats/numericvalues.h"

#include "kaplanmeier.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace synthreg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kMaxIterations = 20;   // coxph.control(iter.max = 20)
constexpr double kEps = 1e-9;        // coxph.control(eps = 1e-9)

struct Subject
{
    double time;
    int event;
    double x;
};

struct EfronPass
{
    double logLikelihood = 0;
    double score = 0;
    double information = 0;
};

// One pass of survival's coxfit6_iter() for a single covariate and unit weights: walk from
// the last time backwards so the risk-set sums only grow; at a time with d tied deaths the
// Efron approximation adds the deaths' risk in d equal parts, one log-term per part.
EfronPass efronPass(const std::vector<Subject> &subjects, double beta)
{
    EfronPass pass;
    double denom = 0, sumX = 0, sumXX = 0;
    for (auto person = std::ptrdiff_t(subjects.size()) - 1; person >= 0;) {
        const double time = subjects[size_t(person)].time;
        int deaths = 0;
        double deadDenom = 0, deadX = 0, deadXX = 0;
        for (; person >= 0 && subjects[size_t(person)].time == time; --person) {
            const Subject &s = subjects[size_t(person)];
            const double zbeta = beta * s.x;
            const double risk = std::exp(zbeta);
            if (s.event == 0) {
                denom += risk;
                sumX += risk * s.x;
                sumXX += risk * s.x * s.x;
            } else {
                ++deaths;
                deadDenom += risk;
                deadX += risk * s.x;
                deadXX += risk * s.x * s.x;
                pass.logLikelihood += zbeta;
                pass.score += s.x;
            }
        }
        for (int k = 0; k < deaths; ++k) {
            denom += deadDenom / deaths;
            sumX += deadX / deaths;
            sumXX += deadXX / deaths;
            const double mean = sumX / denom;
            pass.logLikelihood -= std::log(denom);
            pass.score -= mean;
            pass.information += (sumXX - mean * sumX) / denom;
        }
    }
    return pass;
}

bool isFinite(const EfronPass &pass)
{
    return std::isfinite(pass.logLikelihood) && std::isfinite(pass.score) && std::isfinite(pass.information);
}

// coxfit6's Cholesky step for one variable: a non-positive pivot counts as rank 0, no step.
double newtonStep(const EfronPass &pass)
{
    return pass.information > 0.0 ? pass.score / pass.information : 0.0;
}

} // namespace

QJsonObject CoxResult::toJson() const
{
    QJsonObject json{{QStringLiteral("n"), double(n)},
                     {QStringLiteral("events"), double(events)},
                     {QStringLiteral("dropped_rows"), double(droppedRows)},
                     {QStringLiteral("coefficient"), jsonNumber(coefficient)},
                     {QStringLiteral("hazard_ratio"), jsonNumber(hazardRatio)},
                     {QStringLiteral("standard_error"), jsonNumber(standardError)},
                     {QStringLiteral("lower"), jsonNumber(lower)},
                     {QStringLiteral("upper"), jsonNumber(upper)},
                     {QStringLiteral("conf_level"), confLevel},
                     {QStringLiteral("z"), jsonNumber(z)},
                     {QStringLiteral("p_value"), jsonNumber(pValue)},
                     {QStringLiteral("log_likelihood_null"), jsonNumber(logLikelihoodNull)},
                     {QStringLiteral("log_likelihood"), jsonNumber(logLikelihood)},
                     {QStringLiteral("iterations"), iterations},
                     {QStringLiteral("converged"), converged},
                     {QStringLiteral("ties"), QStringLiteral("efron")}};
    if (!warning.isEmpty())
        json.insert(QStringLiteral("warning"), warning);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

CoxResult coxRegression(const std::vector<double> &times, const std::vector<int> &events,
                        const std::vector<double> &covariate, double confLevel)
{
    CoxResult result;
    result.confLevel = confLevel;
    result.coefficient = result.hazardRatio = result.standardError = kNaN;
    result.lower = result.upper = result.z = result.pValue = kNaN;
    result.logLikelihoodNull = result.logLikelihood = kNaN;

    const size_t rows = std::max({times.size(), events.size(), covariate.size()});
    std::vector<Subject> subjects;
    subjects.reserve(rows);
    for (size_t i = 0; i < rows; ++i) {
        const bool complete = i < times.size() && i < events.size() && i < covariate.size() && std::isfinite(times[i])
                              && times[i] >= 0.0 && (events[i] == 0 || events[i] == 1) && std::isfinite(covariate[i]);
        if (complete)
            subjects.push_back({times[i], events[i], covariate[i]});
    }
    result.n = subjects.size();
    result.droppedRows = rows - result.n;
    result.events = size_t(std::count_if(subjects.begin(), subjects.end(), [](const Subject &s) { return s.event == 1; }));
    if (result.n == 0) {
        result.error = QStringLiteral("No complete rows for the Cox model: every row lacks a time, an event code or the covariate.");
        return result;
    }
    if (result.events == 0) {
        result.error = QStringLiteral("The Cox model needs at least one event; all %1 rows are censored.").arg(result.n);
        return result;
    }
    const auto [minX, maxX] = std::minmax_element(subjects.begin(), subjects.end(),
                                                  [](const Subject &a, const Subject &b) { return a.x < b.x; });
    if (minX->x == maxX->x) {
        result.error = QStringLiteral("The covariate is constant (%1 in every complete row): it cannot explain any "
                                      "difference in hazard.").arg(minX->x);
        return result;
    }
    if (!(confLevel > 0.0 && confLevel < 1.0)) {
        result.error = QStringLiteral("The confidence level must lie between 0 and 1 (got %1).").arg(confLevel);
        return result;
    }

    std::stable_sort(subjects.begin(), subjects.end(), [](const Subject &a, const Subject &b) { return a.time < b.time; });

    // coxph leaves covariates coded -1/0/1 alone (its nocenter argument); others are centred
    // and scaled by n / sum|x - mean| (coxfit6.c) so the Newton path and R's agree step by step.
    const bool dummyLike = std::all_of(subjects.begin(), subjects.end(),
                                       [](const Subject &s) { return s.x == -1.0 || s.x == 0.0 || s.x == 1.0; });
    double scale = 1.0;
    if (!dummyLike) {
        double mean = 0;
        for (const Subject &s : subjects)
            mean += s.x;
        mean /= double(subjects.size());
        double absDev = 0;
        for (Subject &s : subjects) {
            s.x -= mean;
            absDev += std::abs(s.x);
        }
        scale = absDev > 0.0 ? double(subjects.size()) / absDev : 1.0;
        for (Subject &s : subjects)
            s.x *= scale;
    }

    // Newton-Raphson with step halving, transcribed from coxfit6.c's main loop.
    double beta = 0.0;
    EfronPass pass = efronPass(subjects, beta);
    result.logLikelihoodNull = pass.logLikelihood;
    if (!isFinite(pass)) {
        result.error = QStringLiteral("The Cox partial likelihood is not finite at a hazard ratio of 1; check the covariate for extreme values.");
        return result;
    }
    double bestLogLik = pass.logLikelihood;
    double newBeta = beta + newtonStep(pass);
    int halving = 0;
    for (result.iterations = 1; result.iterations <= kMaxIterations; ++result.iterations) {
        pass = efronPass(subjects, newBeta);
        const bool finite = isFinite(pass);
        if (finite && std::abs(1.0 - bestLogLik / pass.logLikelihood) <= kEps) {
            result.converged = true;
            bestLogLik = pass.logLikelihood;
            beta = newBeta;
            break;
        }
        if (!finite || pass.logLikelihood < bestLogLik) {
            ++halving;   // coxfit6 gets more aggressive each time a step fails
            newBeta = (newBeta + halving * beta) / (halving + 1.0);
        } else {
            halving = 0;
            bestLogLik = pass.logLikelihood;
            beta = newBeta;
            newBeta += newtonStep(pass);
        }
    }
    if (!result.converged) {
        // As coxfit6: report the last accepted estimate, with its own information.
        result.iterations = kMaxIterations;
        pass = efronPass(subjects, beta);
        bestLogLik = pass.logLikelihood;
        result.warning = QStringLiteral("The Cox model did not converge in %1 iterations; the estimate is the last "
                                        "accepted step.").arg(kMaxIterations);
    }
    if (!(pass.information > 0.0) || !std::isfinite(pass.information)) {
        result.error = QStringLiteral("The covariate carries no information about the order of events (the Cox "
                                      "information is zero); no hazard ratio can be estimated.");
        return result;
    }

    result.coefficient = beta * scale;
    const double variance = scale * scale / pass.information;
    result.standardError = std::sqrt(variance);
    result.logLikelihood = bestLogLik;
    result.hazardRatio = std::exp(result.coefficient);
    const boost::math::normal_distribution<double> normal;
    const double q = boost::math::quantile(normal, 1.0 - (1.0 - confLevel) / 2.0);
    result.lower = std::exp(result.coefficient - q * result.standardError);
    result.upper = std::exp(result.coefficient + q * result.standardError);
    result.z = result.coefficient / result.standardError;
    result.pValue = 2.0 * boost::math::cdf(boost::math::complement(normal, std::abs(result.z)));

    // coxph.fit's test for a diverging coefficient (monotone likelihood): the remaining
    // Newton step |u * var| is still large relative to the coefficient.
    const double remainingStep = std::abs(pass.score / scale * variance);
    if (result.converged && remainingStep > kEps && remainingStep > std::sqrt(kEps) * std::abs(result.coefficient))
        result.warning = QStringLiteral("The log-likelihood converged before the coefficient did; the hazard ratio may "
                                        "be infinite (e.g. every event is in one covariate group).");
    return result;
}

} // namespace synthreg::core

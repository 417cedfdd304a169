// Effect agreement on a survival endpoint: univariable Cox hazard ratios, real vs synthetic.
#include "coxregression.h"
#include "effectagreement.h"
#include "utility.h"

#include <cmath>

namespace synthreg::core {

namespace {
struct SurvivalSide
{
    std::vector<double> times;
    std::vector<int> events;
};

/** Times with events read through the coding; rows whose code means nothing get a NaN time (dropped). */
SurvivalSide survivalSide(const std::vector<double> &times, const std::vector<int32_t> &codes, const QStringList &labels,
                          const EventCoding &coding)
{
    SurvivalSide side{times, std::vector<int>(times.size(), 0)};
    for (size_t row = 0; row < codes.size(); ++row) {
        const QString label = codes[row] >= 0 ? labels[codes[row]] : QString();
        if (coding.event.contains(label))
            side.events[row] = 1;
        else if (!coding.censored.contains(label) && !coding.competing.contains(label))
            side.times[row] = NAN;
    }
    return side;
}

EffectEstimate estimate(const CoxResult &fit)
{
    EffectEstimate e;
    e.rows = fit.n;
    if (!fit.isValid()) {
        e.error = fit.error;
        return e;
    }
    if (!fit.converged || !fit.warning.isEmpty())
        e.error = fit.warning.isEmpty() ? QStringLiteral("the Cox fit did not converge") : fit.warning;
    e.logRatio = fit.coefficient;
    e.ratio = fit.hazardRatio;
    e.standardError = fit.standardError;
    e.pValue = fit.pValue;
    return e;
}

/** 0/1 dummy for `level` against `reference`; rows of other levels (and missing) are NaN. */
std::vector<double> contrast(const std::vector<int32_t> &codes, int32_t reference, int32_t level)
{
    std::vector<double> x(codes.size(), NAN);
    for (size_t row = 0; row < codes.size(); ++row) {
        if (codes[row] == reference)
            x[row] = 0;
        else if (codes[row] == level)
            x[row] = 1;
    }
    return x;
}
} // namespace

EffectAgreementResult coxEffectAgreement(const EvaluationInput &input, const SurvivalLink &link, const EventCoding &coding,
                                         double alpha)
{
    EffectAgreementResult result;
    result.model = EffectModel::Cox;
    result.outcome = link.name;
    result.eventLabel = coding.event.join(QLatin1Char('/'));
    result.alpha = alpha;
    const EvaluationColumn *time = input.find(link.timeColumn);
    const EvaluationColumn *event = input.find(link.eventColumn);
    if (!time || !event || time->kind == MetricKind::Categorical || event->kind != MetricKind::Categorical) {
        result.error = QStringLiteral("The survival endpoint %1 needs a numeric time column and a categorical event column.").arg(link.name);
        return result;
    }
    const CategoricalPair &eventCodes = event->categorical;
    const SurvivalSide real = survivalSide(time->numeric.real, eventCodes.real, eventCodes.labels, coding);
    const SurvivalSide synthetic = survivalSide(time->numeric.synthetic, eventCodes.synthetic, eventCodes.labels, coding);
    auto fit = [&](const SurvivalSide &side, const std::vector<double> &x) { return estimate(coxRegression(side.times, side.events, x)); };

    for (const EvaluationColumn &column : input.columns) {
        if (&column == time || &column == event || column.kind == MetricKind::Datetime)
            continue;
        if (column.kind == MetricKind::Numerical) {
            result.effects.push_back({column.name, {}, {}, fit(real, column.numeric.real), fit(synthetic, column.numeric.synthetic)});
            continue;
        }
        const CategoricalPair &pair = column.categorical;
        const QStringList present = pair.realLevels();
        const QStringList ordered = orderedLabels(present);
        for (qsizetype l = 1; l < ordered.size(); ++l) {
            const int32_t reference = int32_t(pair.labels.indexOf(ordered.first()));
            const int32_t level = int32_t(pair.labels.indexOf(ordered[l]));
            result.effects.push_back({column.name, ordered[l], ordered.first(), fit(real, contrast(pair.real, reference, level)),
                                      fit(synthetic, contrast(pair.synthetic, reference, level))});
        }
    }
    summarizeAgreement(result);
    return result;
}

} // namespace synthreg::core

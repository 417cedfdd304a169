#include "effectagreement.h"
#include "core/stats/numericvalues.h"

#include "logisticregression.h"
#include "utility.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace synthreg::core {

namespace {


// The outcome of one data set as 1 (event), 0 or NaN (missing, or a value the real data lacks).
struct Outcome
{
    std::vector<double> real;
    std::vector<double> synthetic;
};

std::optional<Outcome> binaryOutcome(const EvaluationColumn &column, EffectAgreementResult &result)
{
    Outcome outcome;
    size_t foreign = 0;
    if (column.kind == MetricKind::Categorical) {
        const CategoricalPair &pair = column.categorical;
        std::vector<bool> inReal(size_t(pair.labels.size()), false);
        for (int32_t code : pair.real) {
            if (code >= 0)
                inReal[size_t(code)] = true;
        }
        QStringList present;
        for (qsizetype code = 0; code < pair.labels.size(); ++code) {
            if (inReal[size_t(code)])
                present << pair.labels[code];
        }
        if (present.size() != 2) {
            result.error = QStringLiteral("The outcome '%1' has %2 values in the real data; odds ratios need exactly two "
                                          "(e.g. dead/alive).").arg(column.name).arg(present.size());
            return std::nullopt;
        }
        result.eventLabel = orderedLabels(present).last();
        const int32_t event = int32_t(pair.labels.indexOf(result.eventLabel));
        auto convert = [&](const std::vector<int32_t> &codes) {
            std::vector<double> y(codes.size(), NAN);
            for (size_t i = 0; i < codes.size(); ++i) {
                if (codes[i] >= 0 && inReal[size_t(codes[i])])
                    y[i] = codes[i] == event ? 1.0 : 0.0;
                else if (codes[i] >= 0)
                    ++foreign;
            }
            return y;
        };
        outcome.real = convert(pair.real);
        outcome.synthetic = convert(pair.synthetic);
    } else if (column.kind == MetricKind::Numerical) {
        auto convert = [&](const std::vector<double> &values, bool isReal) -> std::optional<std::vector<double>> {
            std::vector<double> y(values.size(), NAN);
            for (size_t i = 0; i < values.size(); ++i) {
                if (values[i] == 0.0 || values[i] == 1.0)
                    y[i] = values[i];
                else if (!std::isnan(values[i]) && isReal)
                    return std::nullopt;
                else if (!std::isnan(values[i]))
                    ++foreign;
            }
            return y;
        };
        const auto real = convert(column.numeric.real, true);
        if (!real) {
            result.error = QStringLiteral("The outcome '%1' is numeric with values other than 0 and 1: odds ratios need a "
                                          "binary outcome.").arg(column.name);
            return std::nullopt;
        }
        outcome.real = *real;
        outcome.synthetic = *convert(column.numeric.synthetic, false);
        result.eventLabel = QStringLiteral("1");
    } else {
        result.error = QStringLiteral("The outcome '%1' is a date: odds ratios need a binary outcome.").arg(column.name);
        return std::nullopt;
    }
    if (foreign > 0)
        result.warnings << QStringLiteral("%1 synthetic rows have an outcome value the real data does not have; they are left out.").arg(foreign);
    return outcome;
}

// Fits one numerical covariate in one data set.
EffectEstimate fitNumeric(const std::vector<double> &x, const std::vector<double> &y)
{
    std::vector<double> design, outcome;
    for (size_t i = 0; i < x.size(); ++i) {
        if (!std::isnan(x[i]) && !std::isnan(y[i])) {
            design.push_back(x[i]);
            outcome.push_back(y[i]);
        }
    }
    EffectEstimate estimate;
    estimate.rows = outcome.size();
    const LogisticFit fit = fitLogisticRegression(design, outcome.size(), 1, outcome);
    if (!fit.error.isEmpty()) {
        estimate.error = fit.error;
        return estimate;
    }
    estimate.logRatio = fit.coefficients[1];
    estimate.ratio = std::exp(estimate.logRatio);
    estimate.standardError = fit.standardErrors[1];
    estimate.pValue = fit.pValues[1];
    return estimate;
}

// Fits a categorical covariate (dummies of `levels` against levels[0]) in one data set:
// one estimate per non-reference level.
std::vector<EffectEstimate> fitCategorical(const std::vector<int32_t> &codes, const std::vector<int32_t> &levels,
                                           const std::vector<double> &y, const QString &dataName)
{
    std::vector<EffectEstimate> estimates(levels.size() - 1);
    std::vector<size_t> counts(levels.size(), 0);
    std::vector<std::pair<int, double>> rows;   // (level index, outcome)
    for (size_t i = 0; i < codes.size(); ++i) {
        const auto at = std::find(levels.begin(), levels.end(), codes[i]);
        if (at == levels.end() || std::isnan(y[i]))
            continue;
        rows.emplace_back(int(at - levels.begin()), y[i]);
        ++counts[size_t(at - levels.begin())];
    }
    if (counts[0] == 0) {
        for (EffectEstimate &e : estimates)
            e.error = QStringLiteral("The reference level is absent from the %1 data.").arg(dataName);
        return estimates;
    }
    std::vector<size_t> columnOf(levels.size(), 0);   // design column of each level present (0: none)
    size_t cols = 0;
    for (size_t l = 1; l < levels.size(); ++l) {
        if (counts[l] > 0)
            columnOf[l] = ++cols;
        else
            estimates[l - 1].error = QStringLiteral("This level is absent from the %1 data.").arg(dataName);
    }
    if (cols == 0)
        return estimates;
    std::vector<double> design(rows.size() * cols, 0.0), outcome;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (columnOf[size_t(rows[i].first)] > 0)
            design[i * cols + columnOf[size_t(rows[i].first)] - 1] = 1.0;
        outcome.push_back(rows[i].second);
    }
    const LogisticFit fit = fitLogisticRegression(design, rows.size(), cols, outcome);
    for (size_t l = 1; l < levels.size(); ++l) {
        EffectEstimate &e = estimates[l - 1];
        e.rows = rows.size();
        if (columnOf[l] == 0)
            continue;
        if (!fit.error.isEmpty()) {
            e.error = fit.error;
            continue;
        }
        e.logRatio = fit.coefficients[columnOf[l]];
        e.ratio = std::exp(e.logRatio);
        e.standardError = fit.standardErrors[columnOf[l]];
        e.pValue = fit.pValues[columnOf[l]];
    }
    return estimates;
}

} // namespace

QString effectModelKey(EffectModel model)
{
    return model == EffectModel::Logistic ? QStringLiteral("logistic") : QStringLiteral("cox");
}

void summarizeAgreement(EffectAgreementResult &result)
{
    size_t direction = 0, significance = 0;
    for (EffectComparison &effect : result.effects) {
        const bool both = effect.real.isEstimated() && effect.synthetic.isEstimated();
        effect.sameDirection = both && (effect.real.logRatio > 0) == (effect.synthetic.logRatio > 0);
        effect.sameSignificance = both && (effect.real.pValue < result.alpha) == (effect.synthetic.pValue < result.alpha);
        direction += effect.sameDirection ? 1 : 0;
        significance += effect.sameSignificance ? 1 : 0;
    }
    if (!result.effects.empty()) {
        result.directionAgreement = double(direction) / double(result.effects.size());
        result.significanceAgreement = double(significance) / double(result.effects.size());
    }
}

EffectAgreementResult effectAgreement(const EvaluationInput &input, const QString &outcomeName, EffectModel model, double alpha)
{
    EffectAgreementResult result;
    result.model = model;
    result.outcome = outcomeName;
    result.alpha = alpha;
    // Hazard ratios need a time and an event column: coxEffectAgreement() (coxeffects.cpp).
    if (model != EffectModel::Logistic) {
        result.error = QStringLiteral("Hazard ratios need a survival endpoint: use coxEffectAgreement().");
        return result;
    }
    const EvaluationColumn *outcomeColumn = input.find(outcomeName);
    if (!outcomeColumn) {
        result.error = QStringLiteral("The outcome '%1' is not a scored column of the data.").arg(outcomeName);
        return result;
    }
    const auto outcome = binaryOutcome(*outcomeColumn, result);
    if (!outcome)
        return result;

    for (const EvaluationColumn &column : input.columns) {
        if (&column == outcomeColumn || column.kind == MetricKind::Datetime)
            continue;
        if (column.kind == MetricKind::Numerical) {
            EffectComparison effect;
            effect.covariate = column.name;
            effect.real = fitNumeric(column.numeric.real, outcome->real);
            effect.synthetic = fitNumeric(column.numeric.synthetic, outcome->synthetic);
            result.effects.push_back(effect);
            continue;
        }
        // Levels the real data holds, reference first.
        const CategoricalPair &pair = column.categorical;
        const QStringList present = pair.realLevels();
        if (present.size() < 2)
            continue;   // a constant covariate has no effect to compare
        const QStringList ordered = orderedLabels(present);
        std::vector<int32_t> levels;
        for (const QString &label : ordered)
            levels.push_back(int32_t(pair.labels.indexOf(label)));
        const auto real = fitCategorical(pair.real, levels, outcome->real, QStringLiteral("real"));
        const auto synthetic = fitCategorical(pair.synthetic, levels, outcome->synthetic, QStringLiteral("synthetic"));
        for (size_t l = 1; l < levels.size(); ++l)
            result.effects.push_back({column.name, ordered[qsizetype(l)], ordered.first(), real[l - 1], synthetic[l - 1]});
    }

    summarizeAgreement(result);
    return result;
}

QJsonObject EffectEstimate::toJson() const
{
    QJsonObject json{{QStringLiteral("log_ratio"), jsonNumber(logRatio)},
                     {QStringLiteral("ratio"), jsonNumber(ratio)},
                     {QStringLiteral("standard_error"), jsonNumber(standardError)},
                     {QStringLiteral("p_value"), jsonNumber(pValue)},
                     {QStringLiteral("rows"), qint64(rows)}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QJsonObject EffectComparison::toJson() const
{
    return {{QStringLiteral("covariate"), covariate},
            {QStringLiteral("level"), level},
            {QStringLiteral("reference_level"), referenceLevel},
            {QStringLiteral("real"), real.toJson()},
            {QStringLiteral("synthetic"), synthetic.toJson()},
            {QStringLiteral("same_direction"), sameDirection},
            {QStringLiteral("same_significance"), sameSignificance}};
}

QJsonObject EffectAgreementResult::toJson() const
{
    QJsonArray list;
    for (const EffectComparison &effect : effects)
        list.append(effect.toJson());
    QJsonObject json{{QStringLiteral("model"), effectModelKey(model)},
                     {QStringLiteral("outcome"), outcome},
                     {QStringLiteral("event_label"), eventLabel},
                     {QStringLiteral("alpha"), alpha},
                     {QStringLiteral("effects"), list},
                     {QStringLiteral("direction_agreement"), jsonNumber(directionAgreement)},
                     {QStringLiteral("significance_agreement"), jsonNumber(significanceAgreement)},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

} // namespace synthreg::core

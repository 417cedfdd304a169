#pragma once

#include "evaluationinput.h"

#include "core/data/schema.h"

#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <vector>

namespace synthreg::core {

/**
 * The model behind an effect. Logistic: odds ratios for a binary outcome. Cox (hazard
 * ratios for a survival endpoint) is the planned second model: effectAgreement() reports it
 * as not available until the Cox fit is wired in at the marked place in effectagreement.cpp.
 */
enum class EffectModel { Logistic, Cox };

/** One univariable effect estimate in one data set. */
struct EffectEstimate
{
    double logRatio = NAN;        ///< log odds ratio (log hazard ratio for Cox)
    double ratio = NAN;           ///< exp(logRatio)
    double standardError = NAN;   ///< of logRatio
    double pValue = NAN;          ///< two-sided Wald
    size_t rows = 0;              ///< complete rows used
    QString error;                ///< why there is no estimate (separation, level absent, ...)

    bool isEstimated() const { return error.isEmpty() && std::isfinite(logRatio); }
    QJsonObject toJson() const;
};

/** The same effect in the real and in the synthetic data, and whether they agree. */
struct EffectComparison
{
    QString covariate;
    QString level;       ///< categorical covariates: this level against referenceLevel
    QString referenceLevel;
    EffectEstimate real;
    EffectEstimate synthetic;
    bool sameDirection = false;      ///< both estimated and log ratios of the same sign
    bool sameSignificance = false;   ///< both estimated and both p < alpha, or both p >= alpha

    QJsonObject toJson() const;
};

/**
 * Univariable effect agreement: for every covariate, the outcome model fitted on the real and
 * on the synthetic data alone, as the AML paper's univariable outcome analysis. Numerical
 * covariates give one ratio per unit; a categorical covariate gives one ratio per level
 * against its first level in orderedLabels() order. Date columns are left out.
 */
struct EffectAgreementResult
{
    EffectModel model = EffectModel::Logistic;
    QString outcome;
    QString eventLabel;                 ///< the outcome value counted as the event (1)
    double alpha = 0.05;
    std::vector<EffectComparison> effects;
    double directionAgreement = NAN;    ///< share of effects with sameDirection
    double significanceAgreement = NAN; ///< share of effects with sameSignificance
    QStringList warnings;
    QString error;

    bool ok() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

/**
 * Fits and compares the effects on `outcome`. Logistic needs a binary outcome: a categorical
 * column with two values in the real data (the event is the last in orderedLabels() order)
 * or a numeric 0/1 column (event 1). Never throws: an outcome that is missing, not binary,
 * or an unavailable model becomes `error`; an effect that cannot be estimated in one data
 * set keeps its reason in that estimate's `error` and counts as not agreeing.
 */
EffectAgreementResult effectAgreement(const EvaluationInput &input, const QString &outcome,
                                      EffectModel model = EffectModel::Logistic, double alpha = 0.05);

/**
 * Univariable Cox hazard ratios (Efron ties) of every other scored column on the survival
 * endpoint `link`, real vs synthetic, as the AML paper compares them. Events are the codes in
 * `coding.event`; censored and competing codes are censored. A categorical covariate with k
 * levels gives k - 1 comparisons, each level against the first on the rows of those two
 * levels. Never throws: a missing endpoint or no events becomes `error`.
 */
EffectAgreementResult coxEffectAgreement(const EvaluationInput &input, const SurvivalLink &link, const EventCoding &coding,
                                         double alpha = 0.05);

/** Fills sameDirection / sameSignificance of every effect and the two agreement shares. */
void summarizeAgreement(EffectAgreementResult &result);

QString effectModelKey(EffectModel model);   ///< "logistic", "cox"

} // namespace synthreg::core

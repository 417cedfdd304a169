#pragma once

#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <vector>

namespace synthreg::core {

/** A univariable Cox proportional hazards fit, as R's coxph(Surv(time, status) ~ x, ties = "efron"). */
struct CoxResult
{
    size_t n = 0;                 ///< rows used (complete cases)
    size_t events = 0;
    size_t droppedRows = 0;       ///< missing/negative time, missing event, NaN covariate
    double coefficient = 0;       ///< log hazard ratio per unit of the covariate
    double hazardRatio = 1;
    double standardError = 0;
    double lower = 0;             ///< CI of the hazard ratio at confLevel
    double upper = 0;
    double z = 0;                 ///< Wald statistic coefficient / standardError
    double pValue = 1;            ///< two-sided Wald p
    double logLikelihoodNull = 0; ///< partial log-likelihood at coefficient 0 (R: loglik[1])
    double logLikelihood = 0;     ///< at the estimate (R: loglik[2])
    int iterations = 0;           ///< Newton-Raphson iterations, counted as R's fit$iter
    bool converged = false;
    double confLevel = 0.95;
    QString warning;              ///< set when the fit did not converge or the coefficient may be infinite
    QString error;                ///< set when no fit is possible; the numbers are then NaN

    bool isValid() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

/**
 * Fits a Cox model with one numeric covariate by Newton-Raphson with step halving, the
 * algorithm and convergence rule of R's coxph (survival's coxfit6.c: Efron ties, stop when
 * |1 - loglik_old / loglik_new| <= 1e-9, at most 20 iterations). Rows are cleaned as
 * survivalSample() does and rows with a NaN covariate are dropped (complete cases).
 *
 * Categorical covariates: pass a 0/1 dummy (1 = the level compared with the reference);
 * for k levels, fit k - 1 dummies one at a time or use a multivariable tool.
 *
 * Never throws: no usable rows, no events (all censored) and a constant covariate give a
 * result with `error` set. Pure function; thread-safe.
 */
CoxResult coxRegression(const std::vector<double> &times, const std::vector<int> &events,
                        const std::vector<double> &covariate, double confLevel = 0.95);

} // namespace synthreg::core

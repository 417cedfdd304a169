#pragma once

#include <QString>

#include <cstddef>
#include <vector>

namespace synthreg::core {

/** A fitted logistic regression; index 0 is the intercept, then the covariates in order. */
struct LogisticFit
{
    std::vector<double> coefficients;     ///< log odds ratios
    std::vector<double> standardErrors;   ///< sqrt(diag((X' W X)^-1)) at the estimate
    std::vector<double> zValues;          ///< Wald z = coefficient / standard error
    std::vector<double> pValues;          ///< two-sided, from the standard normal
    double logLikelihood = 0;
    int iterations = 0;
    bool converged = false;
    QString error;                        ///< set when no estimate exists (no rows, singular design, separation)
};

/**
 * Maximum-likelihood logistic regression of `outcome` (0/1) on the columns of `covariates`
 * (rows x cols, row-major, no intercept: one is added) by iteratively reweighted least
 * squares, as R's glm(family = binomial) and statsmodels' Logit. Stops when the deviance
 * changes by less than `tolerance` relatively, or fails (error set, converged false) after
 * `maxIterations`, on a singular information matrix, or when a coefficient runs away
 * (|beta| > 30: (quasi-)complete separation).
 */
LogisticFit fitLogisticRegression(const std::vector<double> &covariates, size_t rows, size_t cols,
                                  const std::vector<double> &outcome, int maxIterations = 100,
                                  double tolerance = 1e-12);

} // namespace synthreg::core

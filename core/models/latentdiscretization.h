#pragma once

// Private to core/models: undoing the attenuation that cutting a latent normal into levels
// causes in the correlation of the Gaussian copula's scores (latentgaussian.cpp).

#include <vector>

namespace synthreg::core {

/**
 * A span's normal score as a function of its latent standard normal Z, expanded in
 * normalized Hermite polynomials: coefficient k (1 ≤ k ≤ terms) is E[g(Z) Heₖ(Z)] / √k!.
 * A Scalar span's score is Z itself (`cutPoints` empty: 1, 0, 0, …). A discrete span's
 * score, a level's uniform draw within its interval (copulamarginals.h), covaries with
 * anything like g(Z) = E[Z | level], the step function cut at the CDF positions `cutPoints`.
 */
std::vector<double> scoreHermiteCoefficients(const std::vector<double> &cutPoints, int terms);

/**
 * The latent correlation ρ at which the scores described by `a` and `b` would covary as
 * `scoreCovariance` observed: Cov(g₁, g₂) = Σₖ ρᵏ aₖ bₖ (Mehler's expansion), increasing
 * in ρ for step functions that rise with Z, solved by bisection; clamped to [−1, 1].
 * For two Scalar spans that is `scoreCovariance` itself (to the bisection's 1e-9).
 */
double latentCorrelationFor(double scoreCovariance, const std::vector<double> &a, const std::vector<double> &b);

} // namespace synthreg::core

#pragma once

// Private to core/models: the Gaussian copula's latent multivariate normal (gaussiancopula.cpp).

#include "standardnormal.h"

#include <cstdint>
#include <vector>

namespace synthreg::core {

/** The correlation of the latent normal scores and how well it explains them. */
struct LatentCorrelation
{
    std::vector<double> matrix;   ///< dims × dims, row-major: positive definite, unit diagonal
    double logLikelihood = 0;     ///< mean Gaussian log-likelihood of the scores under their own (regularized) correlation
};

/** What fitLatentCorrelation() needs to know of one dimension's scores. */
struct ScoreShape
{
    bool constant = false;            ///< every row had the same value or level: the scores carry no correlation
    std::vector<double> cutPoints;    ///< a discrete span's CDF positions between its levels; empty: score = latent
};

/**
 * The latent correlation behind `scores` (one column of `rows` values per entry of `shapes`,
 * one column after the other). Starts from their Pearson correlation (SDV); with
 * `undoDiscretization`, a pair involving a discrete span gets the latent correlation that
 * would produce that score correlation once its latent is cut into levels
 * (latentdiscretization.h) — a polychoric-style estimate, since the jitter within a level
 * hides much of the dependence. Then regularized to be positive definite: shrunk towards the
 * identity by `shrinkage`, eigenvalues floored at 1e-6, diagonal rescaled to one. Constant
 * dimensions, or ones without variance, get an identity row and column. The same result for
 * any `threads`.
 */
LatentCorrelation fitLatentCorrelation(const float *scores, int64_t rows,
                                       const std::vector<ScoreShape> &shapes, double shrinkage,
                                       bool undoDiscretization, int threads);

/** Memory a worker reuses from block to block while drawing. */
struct LatentScratch
{
    std::vector<double> innovations;
    std::vector<double> permuted;
};

/** One latent dimension held to a CDF interval: what a condition on a level becomes. */
struct LatentInterval
{
    int dim = 0;
    double lower = 0;   ///< CDF position in [0, 1]
    double upper = 1;
};

/**
 * Draws from the latent normal N(0, R) given that some dimensions lie in intervals
 * ("conditioning the Gaussian"). The conditioned dimensions come first in a permuted Cholesky
 * factor: each is drawn from its normal given the conditioned ones before it, truncated to its
 * interval; the free dimensions then follow from their normal given all conditioned ones — the
 * Schur complement, whose Cholesky factor is the lower-right block of the permuted one.
 * Const methods are thread-safe.
 */
class LatentSampler
{
public:
    /** Throws GeneratorError when `correlation` is not positive definite. */
    LatentSampler(const std::vector<double> &correlation, int dims, const std::vector<LatentInterval> &intervals);

    /** Writes `rows` latent rows (row-major, dims values each) drawn from `random` to `out`. */
    void draw(int64_t rows, NormalRandom &random, LatentScratch &scratch, double *out) const;

private:
    int m_dims = 0;
    std::vector<int> m_order;             ///< conditioned dims first, in the given order, then the free ones
    std::vector<double> m_cholesky;       ///< of the correlation permuted by m_order: row-major, lower
    std::vector<double> m_lowerScores;    ///< Φ⁻¹ of each interval's bounds
    std::vector<double> m_upperScores;
};

} // namespace synthreg::core

#pragma once

// A one-dimensional variational Bayesian Gaussian mixture with a Dirichlet-process prior on
// the weights: what CTGAN's and RDT's ClusterBasedNormalizer fit with sklearn's
// BayesianGaussianMixture(n_components=10, weight_concentration_prior_type='dirichlet_process',
// weight_concentration_prior=0.001, max_iter=100, n_init=1), written out for one dimension
// (the Gaussian-Wishart prior becomes a Normal-Gamma one) so it runs in milliseconds.

#include "encoderstate.h"

#include <vector>

namespace synthreg::core {

struct MixtureOptions
{
    int maxComponents = 10;
    double weightThreshold = 0.005;          ///< CTGAN keeps components whose weight exceeds this
    int maxIterations = 100;
    double tolerance = 1e-3;                 ///< on the change of the evidence lower bound (sklearn)
    double weightConcentrationPrior = 0.001;
    double meanPrecisionPrior = 1.0;         ///< sklearn's default
    double regularization = 1e-6;            ///< added to every variance (sklearn reg_covar)
};

/**
 * Fits the mixture to `values` (any order; at least one value) and returns the components whose
 * weight exceeds the threshold, at least the heaviest one, ordered by mean. Deterministic:
 * k-means is started from quantiles instead of sklearn's random k-means++.
 */
std::vector<MixtureComponent> fitVariationalMixture(std::vector<double> values, const MixtureOptions &options);

/** log p(component, t) up to a constant shared by all components (sklearn's weighted log prob). */
inline double componentLogDensity(const MixtureComponent &component, double t)
{
    const double y = (t - component.mean) / component.stddev;
    return component.logScale - 0.5 * y * y;
}

} // namespace synthreg::core

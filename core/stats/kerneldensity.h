#pragma once

#include <span>
#include <vector>

namespace synthreg::core {

/**
 * Scott's rule bandwidth of a one-dimensional Gaussian kernel density estimate, as
 * scipy.stats.gaussian_kde computes it: sample SD (ddof 1) times n^(-1/5). NaN values are
 * skipped; 0 for fewer than two values or a constant sample.
 */
double scottBandwidth(std::span<const double> values);

/**
 * scipy.stats.gaussian_kde(values)(points) for one-dimensional data (Scott's rule): the density
 * of the non-NaN `values` at each point. Zeros when the bandwidth is 0 (the density plots
 * show such a column as a spike, not a curve). Pure function; thread-safe.
 */
std::vector<double> gaussianKde(std::span<const double> values, std::span<const double> points);

} // namespace synthreg::core

#include "latentdiscretization.h"

#include "standardnormal.h"

#include <cmath>
#include <numbers>

namespace synthreg::core {

namespace {

double normalDensity(double x) { return std::exp(-x * x / 2) / std::sqrt(2 * std::numbers::pi); }

// Σₖ ρᵏ aₖ bₖ (index 0 unused: scores are centered).
double impliedCovariance(double rho, const std::vector<double> &a, const std::vector<double> &b)
{
    double sum = 0;
    double power = 1;
    for (size_t k = 1; k < a.size(); ++k) {
        power *= rho;
        sum += power * a[k] * b[k];
    }
    return sum;
}

} // namespace

std::vector<double> scoreHermiteCoefficients(const std::vector<double> &cutPoints, int terms)
{
    std::vector<double> coefficients(size_t(terms) + 1, 0.0);
    if (cutPoints.empty()) {
        coefficients[1] = 1;
        return coefficients;
    }
    // Level means m = (φ(τ_low) − φ(τ_high)) / p; the step g jumps by Δm at each cut τ, and
    // ∫ Heₖ φ = −Heₖ₋₁ φ turns E[g Heₖ] into Σ_cuts Δm φ(τ) Heₖ₋₁(τ).
    std::vector<double> cuts = {-INFINITY};
    for (const double point : cutPoints)
        cuts.push_back(standardNormalQuantile(point));
    cuts.push_back(INFINITY);
    std::vector<double> means;
    for (size_t level = 0; level + 1 < cuts.size(); ++level) {
        const double share = standardNormalCdf(cuts[level + 1]) - standardNormalCdf(cuts[level]);
        const double density = (std::isinf(cuts[level]) ? 0 : normalDensity(cuts[level]))
                               - (std::isinf(cuts[level + 1]) ? 0 : normalDensity(cuts[level + 1]));
        means.push_back(share > 0 ? density / share : 0);
    }
    for (size_t cut = 1; cut + 1 < cuts.size(); ++cut) {
        const double t = cuts[cut];
        const double jump = (means[cut] - means[cut - 1]) * normalDensity(t);
        // Normalized Hermite hₖ = Heₖ / √k!: hₖ₊₁ = (t hₖ − √k hₖ₋₁) / √(k+1).
        double previous = 0;
        double current = 1;
        for (int k = 1; k <= terms; ++k) {
            coefficients[size_t(k)] += jump * current / std::sqrt(double(k));
            const double next = (t * current - std::sqrt(double(k - 1)) * previous) / std::sqrt(double(k));
            previous = current;
            current = next;
        }
    }
    return coefficients;
}

double latentCorrelationFor(double scoreCovariance, const std::vector<double> &a, const std::vector<double> &b)
{
    double low = -1;
    double high = 1;
    if (scoreCovariance <= impliedCovariance(low, a, b))
        return low;
    if (scoreCovariance >= impliedCovariance(high, a, b))
        return high;
    for (int step = 0; step < 32; ++step) {   // to ~1e-9
        const double middle = (low + high) / 2;
        (impliedCovariance(middle, a, b) < scoreCovariance ? low : high) = middle;
    }
    return (low + high) / 2;
}

} // namespace synthreg::core

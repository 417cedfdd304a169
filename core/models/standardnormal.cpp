#include "standardnormal.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace synthreg::core {

namespace {

// Acklam's rational approximation of Φ⁻¹ for p ≤ 0.5 (relative error < 1.15e-9), refined
// below by one Halley step to near machine precision (Acklam's own refinement).
double lowerHalfQuantile(double p)
{
    constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                            1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                            6.680131188771972e+01,  -1.328068155288572e+01};
    constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                            -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                            3.754408661907416e+00};
    constexpr double lowRegion = 0.02425;

    double x = 0;
    if (p < lowRegion) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    const double error = standardNormalCdf(x) - p;
    const double step = error * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    return x - step / (1 + x * step / 2);
}

} // namespace

double standardNormalCdf(double x) { return 0.5 * std::erfc(-x / std::numbers::sqrt2); }

double standardNormalQuantile(double p)
{
    if (!(p >= 0 && p <= 1))
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1)
        return std::numeric_limits<double>::infinity();
    // 1 - p is exact for p ≥ 0.5, so the upper half reuses the accurate lower tail.
    return p > 0.5 ? -lowerHalfQuantile(1 - p) : lowerHalfQuantile(p);
}

double truncatedStandardNormal(double lower, double upper, double uniform)
{
    if (!(lower < upper))
        return lower;
    // Work in the lower tail, where Φ keeps its relative precision.
    if (lower > 0)
        return -truncatedStandardNormal(-upper, -lower, uniform);
    const double lowerCdf = standardNormalCdf(lower);
    const double upperCdf = standardNormalCdf(upper);
    if (!(upperCdf > lowerCdf))   // both bounds beyond Φ's range: the mass sits at the inner bound
        return upper;
    const double x = standardNormalQuantile(lowerCdf + uniform * (upperCdf - lowerCdf));
    return std::fmin(std::fmax(x, lower), upper);
}

double NormalRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    for (;;) {
        const double u = 2 * uniform() - 1;
        const double v = 2 * uniform() - 1;
        const double s = u * u + v * v;
        if (s > 0 && s < 1) {
            const double factor = std::sqrt(-2 * std::log(s) / s);
            m_spare = v * factor;
            m_hasSpare = true;
            return u * factor;
        }
    }
}

uint64_t mixSeed(uint64_t seed, uint64_t stream)
{
    uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace synthreg::core

// Two-sample Kolmogorov-Smirnov test, ported from scipy 1.10 (scipy.stats.ks_2samp,
// _stats_pythran._compute_outer_prob_inside_method, scipy.stats._ksstats._kolmogn).
// Boost has no Kolmogorov-Smirnov distribution, so the lattice-path recursions and the
// finite-n Kolmogorov distribution (Simard & L'Ecuyer 2011) are reproduced here; every
// special function they need (lgamma, exp, log) comes from the standard library.
#include "hypothesistests.h"

#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace synthreg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = 3.141592653589793238462643383279502884;

// scipy _compute_prob_outside_square: n1 == n2, two-sided.
double probOutsideSquare(int64_t n, int64_t h)
{
    double p = 0;
    for (int64_t k = n / h; k >= 0; --k) {
        double p1 = 1.0;
        for (int64_t j = 0; j < h; ++j)
            p1 = double(n - k * h - j) * p1 / double(n + k * h + j + 1);
        p = p1 * (1.0 - p);
    }
    return 2 * p;
}

// scipy _compute_outer_prob_inside_method: Hodges' inside method computing 1 - p directly
// (Viehmann 2021, arXiv:2102.08037), keeping one sliding column of the lattice.
double outerProbInside(int64_t m, int64_t n, int64_t g, int64_t h)
{
    if (m < n)
        std::swap(m, n);
    const int64_t mg = m / g, ng = n / g;
    int64_t minj = 0;
    int64_t maxj = std::min(int64_t(std::ceil(double(h) / double(mg))), n + 1);
    int64_t curlen = maxj - minj;
    const int64_t lenA = std::min(2 * maxj + 2, n + 1);
    std::vector<double> a(size_t(lenA), 1.0);
    std::fill(a.begin() + minj, a.begin() + maxj, 0.0);
    for (int64_t i = 1; i <= m; ++i) {
        const int64_t lastminj = minj, lastlen = curlen;
        minj = std::max(int64_t(std::floor(double(ng * i - h) / double(mg))) + 1, int64_t(0));
        minj = std::min(minj, n);
        maxj = std::min(int64_t(std::ceil(double(ng * i + h) / double(mg))), n + 1);
        if (maxj <= minj)
            return 1.0;
        double val = minj == 0 ? 0.0 : 1.0;
        for (int64_t jj = 0; jj < maxj - minj; ++jj) {
            const int64_t j = jj + minj;
            val = (a[size_t(jj + minj - lastminj)] * double(i) + val * double(j)) / double(i + j);
            a[size_t(jj)] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            std::fill(a.begin() + (maxj - minj), a.begin() + (maxj - minj + lastlen - curlen), 1.0);
    }
    return a[size_t(maxj - minj - 1)];
}

// One-sided Smirnov P(D+_n >= x), the Birnbaum-Tingey sum (what scipy.special.smirnov evaluates),
// summed in log space so large n neither overflows nor underflows.
double smirnovSf(int64_t n, double x)
{
    if (x <= 0)
        return 1.0;
    if (x >= 1)
        return 0.0;
    const double dn = double(n);
    const int64_t jmax = int64_t(std::floor(dn * (1 - x)));
    const double lgn = boost::math::lgamma(dn + 1);
    double sum = 0;
    for (int64_t j = 0; j <= jmax; ++j) {
        const double rest = 1 - x - double(j) / dn;
        if (rest <= 0 && n - j > 0)
            continue;
        const double dj = double(j);
        const double logBinom = lgn - boost::math::lgamma(dj + 1) - boost::math::lgamma(dn - dj + 1);
        const double logTerm = logBinom + (dj - 1) * std::log(x + dj / dn) + (dn - dj) * std::log(rest) + std::log(x);
        sum += std::exp(logTerm);
    }
    return std::clamp(sum, 0.0, 1.0);
}

// scipy _kolmogn_DMTW: Durbin's matrix method as Marsaglia, Tsang & Wang (2003), CDF P(D_n <= d).
double kolmogorovCdfDurbin(int64_t n, double d)
{
    if (d >= 1)
        return 1.0;
    const double nd = double(n) * d;
    if (nd <= 0.5)
        return 0.0;
    const int k = int(std::ceil(nd));
    const double h = k - nd;
    const int m = 2 * k - 1;
    using Matrix = std::vector<double>;
    auto multiply = [m](const Matrix &x, const Matrix &y) {
        Matrix z(size_t(m) * size_t(m), 0.0);
        for (int i = 0; i < m; ++i)
            for (int l = 0; l < m; ++l) {
                const double xil = x[size_t(i * m + l)];
                for (int j = 0; j < m; ++j)
                    z[size_t(i * m + j)] += xil * y[size_t(l * m + j)];
            }
        return z;
    };
    std::vector<double> v(static_cast<size_t>(m)), w(static_cast<size_t>(m));
    double fac = 1.0;
    for (int j = 1; j <= m; ++j) {
        v[size_t(j - 1)] = 1.0 - std::pow(h, j);
        w[size_t(j - 1)] = fac;
        fac /= j;
        v[size_t(j - 1)] *= fac;
    }
    const double tt = std::pow(std::max(2 * h - 1.0, 0.0), m) - 2 * std::pow(h, m);
    v[size_t(m - 1)] = (1.0 + tt) * fac;
    Matrix hm(size_t(m) * size_t(m), 0.0);
    for (int i = 1; i < m; ++i)
        for (int r = i - 1; r < m; ++r)
            hm[size_t(r * m + i)] = w[size_t(r - (i - 1))];
    for (int r = 0; r < m; ++r)
        hm[size_t(r * m)] = v[size_t(r)];
    for (int c = 0; c < m; ++c)
        hm[size_t((m - 1) * m + c)] = v[size_t(m - 1 - c)];
    Matrix power(size_t(m) * size_t(m), 0.0);
    for (int i = 0; i < m; ++i)
        power[size_t(i * m + i)] = 1.0;
    constexpr int kExp = 128;
    const double scale = std::ldexp(1.0, kExp);
    int exponent = 0, hExponent = 0;
    for (int64_t nn = n; nn > 0; nn /= 2) {
        if (nn % 2) {
            power = multiply(power, hm);
            exponent += hExponent;
        }
        hm = multiply(hm, hm);
        hExponent *= 2;
        if (std::fabs(hm[size_t((k - 1) * m + k - 1)]) > scale) {
            for (double &e : hm)
                e /= scale;
            hExponent += kExp;
        }
    }
    double p = power[size_t((k - 1) * m + k - 1)];
    for (int64_t i = 1; i <= n; ++i) {
        p = double(i) * p / double(n);
        if (std::fabs(p) < 1.0 / scale) {
            p *= scale;
            exponent -= kExp;
        }
    }
    return std::clamp(std::ldexp(p, exponent), 0.0, 1.0);
}

// scipy _kolmogn_PelzGood: the Pelz-Good (1976) asymptotic series for P(D_n <= x).
double kolmogorovCdfPelzGood(int64_t n, double x)
{
    const double z = std::sqrt(double(n)) * x;
    const double z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
    const double pi2 = kPi * kPi, pi4 = pi2 * pi2, pi6 = pi4 * pi2;
    const double qlog = -pi2 / 8 / z2;
    if (qlog < -708)
        return 0.0;
    double q = std::exp(qlog);
    const double k1a = -z2, k1b = pi2 / 4;
    const double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4, k2c = pi4 * (1 - 2 * z2) / 16;
    const double k3d = pi6 * (5 - 30 * z2) / 64, k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
    const double k3b = pi2 * (135 * z4 - 96 * z6) / 4, k3a = -30 * z6 - 90 * std::pow(z, 8);
    double k[4] = {0, 0, 0, 0};
    const int maxk = int(std::ceil(16 * z / kPi));
    for (int kk = maxk; kk > 0; --kk) {
        const double mm = 2.0 * kk - 1, m2 = mm * mm, m4 = m2 * m2, m6 = m4 * m2;
        const double qpower = std::pow(q, 8.0 * kk);
        const double coeffs[4] = {1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6};
        for (int i = 0; i < 4; ++i)
            k[i] = k[i] * qpower + coeffs[i];
    }
    const double sqrt2pi = std::sqrt(2 * kPi);
    const double divisors[4] = {z, 6 * z4, 72 * std::pow(z, 7), 6480 * std::pow(z, 10)};
    for (int i = 0; i < 4; ++i)
        k[i] = k[i] * q * sqrt2pi / divisors[i];
    q = std::exp(-pi2 / 2 / z2);
    double k2extra = 0, k3extra = 0;
    const double sqrt3z = std::sqrt(3.0) * z;
    for (int kk = maxk; kk > 0; --kk) {
        const double ks2 = double(kk) * kk, kspi = kPi * kk;
        const double qp = std::pow(q, ks2);
        k2extra += ks2 * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp;
    }
    k[2] += k2extra * pi2 * sqrt2pi / (-36 * z3);
    k[3] += k3extra * pi2 * sqrt2pi / (216 * z6);
    double sum = 0;
    for (int i = 0; i < 4; ++i)
        sum += k[i] / std::pow(double(n), i / 2.0);
    return sum;
}

} // namespace

// scipy kstwo.sf(x, n) = _kolmogn(n, x, cdf=False), the finite-n two-sided Kolmogorov tail.
// Where scipy uses Pomeranz' recursion (n <= 140, 0.754693 < n x^2 <= 4), Durbin's exact
// matrix method is used instead: both are exact algorithms for the same probability.
double kolmogorovSf(int64_t n, double x)
{
    if (x >= 1)
        return 0.0;
    if (x <= 0)
        return 1.0;
    const double dn = double(n), t = dn * x;
    if (t <= 1.0) {
        if (t <= 0.5)
            return 1.0;
        // Ruben-Gambino: P(D_n <= x) = n!/n^n (2t - 1)^n.
        const double logCdf = boost::math::lgamma(dn + 1) - dn * std::log(dn) + dn * std::log(2 * t - 1);
        return std::clamp(1.0 - std::exp(logCdf), 0.0, 1.0);
    }
    if (t >= dn - 1)
        return std::clamp(2 * std::pow(1.0 - x, dn), 0.0, 1.0);
    if (x >= 0.5)
        return std::clamp(2 * smirnovSf(n, x), 0.0, 1.0);
    const double nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 4)
            return std::clamp(1.0 - kolmogorovCdfDurbin(n, x), 0.0, 1.0);
        return std::clamp(2 * smirnovSf(n, x), 0.0, 1.0);
    }
    if (nx2 >= 370.0)
        return 0.0;
    if (nx2 >= 2.2)
        return std::clamp(2 * smirnovSf(n, x), 0.0, 1.0);
    const double cdf = (n <= 100000 && dn * std::pow(x, 1.5) <= 1.4) ? kolmogorovCdfDurbin(n, x)
                                                                      : kolmogorovCdfPelzGood(n, x);
    return std::clamp(1.0 - cdf, 0.0, 1.0);
}

double ksStatistic(std::span<const double> x, std::span<const double> y)
{
    if (x.empty() || y.empty())
        return kNaN;
    std::vector<double> a(x.begin(), x.end()), b(y.begin(), y.end());
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const double n1 = double(a.size()), n2 = double(b.size());
    // scipy: cdf1 - cdf2 at every pooled value, each CDF counting values <= it (searchsorted 'right').
    double maxS = -std::numeric_limits<double>::infinity(), minS = std::numeric_limits<double>::infinity();
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        const double v = j >= b.size() || (i < a.size() && a[i] <= b[j]) ? a[i] : b[j];
        while (i < a.size() && a[i] <= v)
            ++i;
        while (j < b.size() && b[j] <= v)
            ++j;
        const double diff = double(i) / n1 - double(j) / n2;
        maxS = std::max(maxS, diff);
        minS = std::min(minS, diff);
    }
    const double minSClipped = std::clamp(-minS, 0.0, 1.0);
    return minSClipped > maxS ? minSClipped : maxS;
}

TestResult kolmogorovSmirnov(std::span<const double> x, std::span<const double> y)
{
    const QString method = QStringLiteral("kolmogorov_smirnov");
    if (x.empty() || y.empty())
        return {method, kNaN, kNaN, 0};
    double d = ksStatistic(x, y);
    const int64_t n1 = int64_t(x.size()), n2 = int64_t(y.size());
    const int64_t g = std::gcd(n1, n2);
    constexpr int64_t kMaxExactN = 10000;  // scipy: method='auto' is exact while max(n1, n2) <= 10000
    if (std::max(n1, n2) <= kMaxExactN) {
        const int64_t lcm = (n1 / g) * n2;
        const int64_t h = int64_t(std::nearbyint(d * double(lcm)));  // numpy round: half to even
        const double dLattice = double(h) / double(lcm);
        if (h == 0)
            return {method, dLattice, 1.0, 0};
        const double prob = n1 == n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        // scipy reports the lattice-rounded D with an exact p, and falls back to the
        // asymptotic p when the recursion leaves [0, 1].
        if (prob >= 0 && prob <= 1)
            return {method, dLattice, prob, 0};
        d = dLattice;
    }
    const double m = double(std::max(n1, n2)), n = double(std::min(n1, n2));
    const double en = m * n / (m + n);
    return {method, d, std::clamp(kolmogorovSf(int64_t(std::nearbyint(en)), d), 0.0, 1.0), 0};
}

} // namespace synthreg::core

// Shapiro-Wilk W test: Royston (1995) "Remark AS R94", Appl. Statist. 44(4), 547-551, as
// R's src/library/stats/src/swilk.c and scipy's swilk implement it. The normal quantiles and
// tail areas come from Boost.Math; scipy uses the approximations AS 241 (PPND7, ~1e-7) and
// AS 66, so W and p agree with scipy to about 1e-7 relative and with R more closely.
#include "hypothesistests.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace synthreg::core {

namespace {

// AS 181.2: polynomial cc[0] + cc[1] x + ... + cc[nord-1] x^(nord-1), evaluated as swilk.c does.
double poly(const double *cc, int nord, double x)
{
    double result = cc[0];
    if (nord > 1) {
        double p = x * cc[nord - 1];
        for (int j = nord - 2; j > 0; --j)
            p = (p + cc[j]) * x;
        result += p;
    }
    return result;
}

} // namespace

TestResult shapiroWilk(std::span<const double> values)
{
    const QString method = QStringLiteral("shapiro_wilk");
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    const int n = int(values.size());
    if (n < 3 || n > 5000)
        return {method, kNaN, kNaN, 0};

    // scipy subtracts x[n/2] of the unsorted input before sorting (gh-15777): W is shift
    // invariant, the shift only changes rounding, and doing the same keeps results identical.
    std::vector<double> x(values.begin(), values.end());
    const double shift = values[size_t(n / 2)];
    for (double &v : x)
        v -= shift;
    std::sort(x.begin(), x.end());

    static const double g[2] = {-2.273, .459};
    static const double c1[6] = {0., .221157, -.147981, -2.07119, 4.434685, -2.706056};
    static const double c2[6] = {0., .042981, -.293762, -1.752461, 5.682633, -3.582633};
    static const double c3[4] = {.544, -.39978, .025054, -6.714e-4};
    static const double c4[4] = {1.3822, -.77857, .062767, -.0020322};
    static const double c5[4] = {-1.5861, -.31082, -.083751, .0038915};
    static const double c6[3] = {-.4803, -.082676, .0030302};
    constexpr double kSmall = 1e-19;

    const int nn2 = n / 2;
    std::vector<double> a(size_t(nn2) + 1, 0.0);  // 1-based as in swilk.c
    const double an = n;
    const boost::math::normal standard;
    if (n == 3) {
        a[1] = 0.70710678;  // swilk.c's sqrt(1/2)
    } else {
        const double an25 = an + .25;
        double summ2 = 0;
        for (int i = 1; i <= nn2; ++i) {
            const double m = boost::math::quantile(standard, (i - .375) / an25);
            a[size_t(i)] = m;
            summ2 += m * m;
        }
        summ2 *= 2.;
        const double ssumm2 = std::sqrt(summ2);
        const double rsn = 1. / std::sqrt(an);
        const double a1 = poly(c1, 6, rsn) - a[1] / ssumm2;
        int i1;
        double fac;
        if (n > 5) {
            i1 = 3;
            const double a2 = -a[2] / ssumm2 + poly(c2, 6, rsn);
            fac = std::sqrt((summ2 - 2. * (a[1] * a[1]) - 2. * (a[2] * a[2])) / (1. - 2. * (a1 * a1) - 2. * (a2 * a2)));
            a[2] = a2;
        } else {
            i1 = 2;
            fac = std::sqrt((summ2 - 2. * (a[1] * a[1])) / (1. - 2. * (a1 * a1)));
        }
        a[1] = a1;
        for (int i = i1; i <= nn2; ++i)
            a[size_t(i)] /= -fac;
    }

    const double range = x[size_t(n - 1)] - x[0];
    if (range < kSmall)
        return {method, kNaN, kNaN, 0};  // all values (nearly) equal: W is undefined

    double sx = x[0] / range, sa = -a[1];
    for (int i = 1, j = n - 1; i < n; --j) {
        const double xi = x[size_t(i)] / range;
        sx += xi;
        ++i;
        if (i != j)
            sa += double((i - j > 0) - (i - j < 0)) * a[size_t(std::min(i, j))];
    }
    sa /= n;
    sx /= n;
    double ssa = 0, ssx = 0, sax = 0;
    for (int i = 0, j = n - 1; i < n; ++i, --j) {
        const double asa = i != j ? double((i - j > 0) - (i - j < 0)) * a[size_t(1 + std::min(i, j))] - sa : -sa;
        const double xsx = x[size_t(i)] / range - sx;
        ssa += asa * asa;
        ssx += xsx * xsx;
        sax += asa * xsx;
    }
    // W1 = 1 - W, computed so as to avoid cancellation for W near 1 (Royston).
    const double ssassx = std::sqrt(ssa * ssx);
    const double w1 = (ssassx - sax) * (ssassx + sax) / (ssa * ssx);
    const double w = 1. - w1;

    if (n == 3) {
        // Exact p for n = 3: 6/pi (asin(sqrt(W)) - pi/3).
        const double pi6 = 1.90985931710274, stqr = 1.04719755119660;
        return {method, w, std::max(0.0, pi6 * (std::asin(std::sqrt(w)) - stqr)), 0};
    }
    double y = std::log(w1);
    const double lxx = std::log(an);
    double m, s;
    if (n <= 11) {
        const double gamma = poly(g, 2, an);
        if (y >= gamma)
            return {method, w, 1e-19, 0};  // scipy's swilk: an "obvious" p beyond the approximation's range (R: 1e-99)
        y = -std::log(gamma - y);
        m = poly(c3, 4, an);
        s = std::exp(poly(c4, 4, an));
    } else {
        m = poly(c5, 4, lxx);
        s = std::exp(poly(c6, 3, lxx));
    }
    const double p = boost::math::cdf(boost::math::complement(boost::math::normal(m, s), y));
    return {method, w, p, 0};
}

} // namespace synthreg::core

#include "hypothesistests.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace synthreg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean(std::span<const double> v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

// Sample variance (ddof = 1), two-pass for accuracy.
double sampleVariance(std::span<const double> v, double m)
{
    double ss = 0;
    for (double x : v)
        ss += (x - m) * (x - m);
    return ss / double(v.size() - 1);
}

double twoSidedT(double t, double df)
{
    if (!std::isfinite(t) || !(df > 0))
        return kNaN;
    const boost::math::students_t dist(df);
    return std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(t))));
}

TestResult invalid(const QString &method)
{
    return {method, kNaN, kNaN, 0};
}

} // namespace

bool TestResult::isValid() const
{
    return std::isfinite(pValue);
}

QJsonObject TestResult::toJson() const
{
    QJsonObject json{{QStringLiteral("method"), method},
                     {QStringLiteral("statistic"), statistic},
                     {QStringLiteral("p_value"), pValue}};
    if (degreesOfFreedom > 0)
        json.insert(QStringLiteral("df"), degreesOfFreedom);
    return json;
}

int64_t ContingencyTable::total() const
{
    return std::accumulate(counts.begin(), counts.end(), int64_t(0));
}

std::vector<double> averageRanks(std::span<const double> values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = 0.5 * double(i + j) + 1.0;  // average of the 1-based ranks i+1..j+1
        for (size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

double pearsonR(std::span<const double> x, std::span<const double> y)
{
    const size_t n = x.size();
    if (n < 2 || y.size() != n)
        return kNaN;
    // scipy.stats.pearsonr: a constant input gives NaN (ConstantInputWarning).
    if (std::all_of(x.begin(), x.end(), [&](double v) { return v == x[0]; })
        || std::all_of(y.begin(), y.end(), [&](double v) { return v == y[0]; }))
        return kNaN;
    const double mx = mean(x), my = mean(y);
    double sxx = 0, syy = 0;
    for (size_t i = 0; i < n; ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    const double nx = std::sqrt(sxx), ny = std::sqrt(syy);
    // scipy: r = dot(xm / |xm|, ym / |ym|), clipped to [-1, 1].
    double r = 0;
    for (size_t i = 0; i < n; ++i)
        r += ((x[i] - mx) / nx) * ((y[i] - my) / ny);
    return std::clamp(r, -1.0, 1.0);
}

TestResult welchTTest(std::span<const double> x, std::span<const double> y)
{
    const QString method = QStringLiteral("welch_t");
    if (x.size() < 2 || y.size() < 2)
        return invalid(method);
    const double n1 = double(x.size()), n2 = double(y.size());
    const double m1 = mean(x), m2 = mean(y);
    const double vn1 = sampleVariance(x, m1) / n1, vn2 = sampleVariance(y, m2) / n2;
    // Welch-Satterthwaite degrees of freedom; scipy replaces a NaN df (both variances 0) by 1.
    double df = (vn1 + vn2) * (vn1 + vn2) / (vn1 * vn1 / (n1 - 1) + vn2 * vn2 / (n2 - 1));
    if (std::isnan(df))
        df = 1;
    const double t = (m1 - m2) / std::sqrt(vn1 + vn2);
    return {method, t, twoSidedT(t, df), df};
}

TestResult mannWhitneyU(std::span<const double> x, std::span<const double> y)
{
    const QString method = QStringLiteral("mann_whitney_u");
    if (x.empty() || y.empty())
        return invalid(method);
    std::vector<double> all(x.begin(), x.end());
    all.insert(all.end(), y.begin(), y.end());
    const std::vector<double> ranks = averageRanks(all);
    const double n1 = double(x.size()), n2 = double(y.size()), n = n1 + n2;
    const double r1 = std::accumulate(ranks.begin(), ranks.begin() + std::ptrdiff_t(x.size()), 0.0);
    const double u1 = r1 - n1 * (n1 + 1) / 2;
    const double u2 = n1 * n2 - u1;
    // Tie term sum(t^3 - t) over groups of equal values.
    std::vector<double> sorted = all;
    std::sort(sorted.begin(), sorted.end());
    double tieTerm = 0;
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        const double t = double(j - i);
        tieTerm += t * t * t - t;
        i = j;
    }
    // scipy _mwu_z: z = (max(U1, U2) - n1 n2 / 2 - 0.5) / s; p = 2 * sf(z), clipped to [0, 1].
    const double s = std::sqrt(n1 * n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
    const double z = (std::max(u1, u2) - n1 * n2 / 2 - 0.5) / s;
    if (!std::isfinite(z))
        return {method, u1, kNaN, 0};
    const double p = 2 * boost::math::cdf(boost::math::complement(boost::math::normal(), z));
    return {method, u1, std::clamp(p, 0.0, 1.0), 0};
}

TestResult fisherExact(const ContingencyTable &table)
{
    const QString method = QStringLiteral("fisher_exact");
    if (table.rows != 2 || table.columns != 2)
        return invalid(method);
    const int64_t a = table.at(0, 0), b = table.at(0, 1), c = table.at(1, 0), d = table.at(1, 1);
    // scipy: an empty row or column gives odds ratio NaN and p = 1.
    if (a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0)
        return {method, kNaN, 1.0, 0};
    const double oddsRatio = (c > 0 && b > 0) ? double(a) * double(d) / (double(c) * double(b))
                                              : std::numeric_limits<double>::infinity();
    const int64_t n1 = a + b, n2 = c + d, n = a + c;
    // Hypergeometric log-pmf through lgamma: O(1) per table, so registries of 100k rows stay
    // fast (Boost's exact pdf factorises into primes and took seconds per table there).
    auto lchoose = [](int64_t m, int64_t k) { return std::lgamma(double(m) + 1) - std::lgamma(double(k) + 1) - std::lgamma(double(m - k) + 1); };
    const double logTotal = lchoose(n1 + n2, n);
    auto logPmf = [&](int64_t k) { return lchoose(n1, k) + lchoose(n2, n - k) - logTotal; };
    const int64_t lo = std::max<int64_t>(0, n - n2), hi = std::min(n, n1);
    // scipy: two-sided p sums every table no more likely than the observed one, with a relative
    // tolerance 1 + 1e-7 so that tables equally likely in exact arithmetic count despite rounding.
    const double logThreshold = logPmf(a) + std::log1p(1e-7);
    double p = 0;
    for (int64_t k = lo; k <= hi; ++k) {
        const double logPk = logPmf(k);
        if (logPk <= logThreshold)
            p += std::exp(logPk);
    }
    return {method, oddsRatio, std::min(p, 1.0), 0};
}

TestResult chiSquareIndependence(const ContingencyTable &table, bool yatesCorrection)
{
    const QString method = QStringLiteral("chi_square");
    const double n = double(table.total());
    if (table.rows < 1 || table.columns < 1 || n <= 0)
        return invalid(method);
    std::vector<double> rowSums(size_t(table.rows), 0.0), columnSums(size_t(table.columns), 0.0);
    for (int r = 0; r < table.rows; ++r) {
        for (int c = 0; c < table.columns; ++c) {
            rowSums[size_t(r)] += double(table.at(r, c));
            columnSums[size_t(c)] += double(table.at(r, c));
        }
    }
    // scipy raises on a zero expected frequency (an empty row or column): the test is undefined.
    if (std::any_of(rowSums.begin(), rowSums.end(), [](double s) { return s == 0; })
        || std::any_of(columnSums.begin(), columnSums.end(), [](double s) { return s == 0; }))
        return invalid(method);
    const double dof = double(table.rows - 1) * double(table.columns - 1);
    if (dof == 0)
        return {method, 0.0, 1.0, 0};
    double chi2 = 0;
    for (int r = 0; r < table.rows; ++r) {
        for (int c = 0; c < table.columns; ++c) {
            const double expected = rowSums[size_t(r)] * columnSums[size_t(c)] / n;
            double observed = double(table.at(r, c));
            // scipy: Yates moves each observed count up to 0.5 towards its expected count when dof == 1.
            if (yatesCorrection && dof == 1) {
                const double diff = expected - observed;
                observed += std::copysign(std::min(0.5, std::fabs(diff)), diff);
            }
            chi2 += (observed - expected) * (observed - expected) / expected;
        }
    }
    const double p = boost::math::cdf(boost::math::complement(boost::math::chi_squared(dof), chi2));
    return {method, chi2, p, dof};
}

TestResult pearson(std::span<const double> x, std::span<const double> y)
{
    const QString method = QStringLiteral("pearson");
    const double r = pearsonR(x, y);
    if (std::isnan(r))
        return invalid(method);
    const double n = double(x.size());
    if (n == 2)
        return {method, r, 1.0, 0};
    // scipy: p = 2 * sf(|r|) of Beta(n/2 - 1, n/2 - 1) on [-1, 1].
    const double ab = n / 2 - 1;
    const double p = 2 * boost::math::ibetac(ab, ab, (std::fabs(r) + 1) / 2);
    return {method, r, std::min(p, 1.0), n - 2};
}

TestResult spearman(std::span<const double> x, std::span<const double> y)
{
    const QString method = QStringLiteral("spearman");
    if (x.size() != y.size() || x.size() < 2)
        return invalid(method);
    const std::vector<double> rx = averageRanks(x), ry = averageRanks(y);
    const double rho = pearsonR(rx, ry);
    if (std::isnan(rho))
        return invalid(method);
    // scipy: t = rho * sqrt(dof / ((rho + 1)(1 - rho))), clipped at 0 inside the root; p = 2 sf(|t|, dof).
    const double dof = double(x.size()) - 2;
    if (dof <= 0)
        return {method, rho, kNaN, 0};
    const double t = rho * std::sqrt(std::max(0.0, dof / ((rho + 1) * (1 - rho))));
    const double p = std::isinf(t) ? 0.0 : twoSidedT(t, dof);
    return {method, rho, p, dof};
}

} // namespace synthreg::core

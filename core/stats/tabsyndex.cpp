// TabSynDex components (Chundawat et al., "TabSynDex: A Universal Metric for Robust Evaluation
// of Synthetic Tabular Data", 2022) as the AML synthetic-data pipeline's evaluation module
// implements them; each formula below names the function it reproduces. Where that code
// would raise (division by zero) we define the behaviour and say so.
#include "tabsyndex.h"
#include "core/stats/numericvalues.h"

#include "descriptives.h"
#include "hypothesistests.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace synthreg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isContinuous(const EvaluationColumn &c)
{
    return c.kind == MetricKind::Numerical || c.kind == MetricKind::Datetime;
}


// pandas' clip(upper=1): NaN stays NaN, +inf becomes 1.
double clipUpper(double v)
{
    return std::isnan(v) ? v : std::min(v, 1.0);
}

// Relative error |(real - synthetic) / real| of one statistic.
double relativeError(double real, double synthetic)
{
    return std::fabs((real - synthetic) / real);
}

// Support coverage of one categorical column: value_counts(dropna=False), so missing (-1) is a
// category; a real category absent from the synthetic data adds 0 to the sum.
double categoricalCoverage(std::span<const int32_t> real, std::span<const int32_t> synthetic, double scaling)
{
    std::map<int32_t, double> r, s;
    for (int32_t c : real)
        r[c] += 1;
    for (int32_t c : synthetic)
        s[c] += 1;
    double sum = 0;
    for (const auto &[code, count] : r) {
        const auto it = s.find(code);
        if (it != s.end())
            sum += std::min(it->second / count * scaling, 1.0);  // ratio clipped at clip_ratio = 1
    }
    return std::min(sum / double(r.size()), 1.0);  // column coverage clipped at clip_col = 1
}

// Support coverage of one numerical column: 10 quantile bins of the real values (pandas qcut,
// duplicate edges dropped), [lo, hi) except the last bin [lo, hi]; missing values fall in no bin.
// The reference divides by a zero real count for a bin no real value falls in (possible with
// interpolated edges on small n) and raises: we leave such a bin out of the average. A constant
// real column has one edge, which qcut cannot cut: we score it as one bin [c, c].
double numericCoverage(std::span<const double> real, std::span<const double> synthetic, double scaling, bool *defined)
{
    std::vector<double> r = nonMissing(real);
    *defined = !r.empty();
    if (r.empty())
        return kNaN;
    std::sort(r.begin(), r.end());
    std::vector<double> edges;
    for (int i = 0; i <= 10; ++i)
        edges.push_back(sortedQuantile(r, i == 10 ? 1.0 : double(i) * 0.1));
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    if (edges.size() == 1)
        edges.push_back(edges.front());
    const std::vector<double> s = nonMissing(synthetic);
    double sum = 0;
    int bins = 0;
    for (size_t i = 0; i + 1 < edges.size(); ++i) {
        const bool last = i + 2 == edges.size();
        auto inBin = [&](double v) { return v >= edges[i] && (last ? v <= edges[i + 1] : v < edges[i + 1]); };
        const double realCount = double(std::count_if(r.begin(), r.end(), inBin));
        if (realCount == 0)
            continue;
        const double synthCount = double(std::count_if(s.begin(), s.end(), inBin));
        sum += std::min(synthCount / realCount * scaling, 1.0);
        ++bins;
    }
    return bins ? std::min(sum / bins, 1.0) : kNaN;
}

// The association matrix of dython's _comp_assoc(theil_u=True, nan_strategy='ignore') as the
// pipeline calls it: Pearson r (num-num), correlation ratio (cat-num), Theil's U (cat-cat,
// cell [i][j] = U(column j | column i)); 1 on the diagonal; a column with a single distinct value
// (missing counts as a value) has its row and column set to 0; NaN or infinite cells become 0.
std::vector<double> associationMatrix(const EvaluationInput &input, bool real)
{
    const size_t n = input.columns.size();
    std::vector<double> m(n * n, 0.0);
    auto numbers = [&](size_t c) -> std::span<const double> {
        return real ? input.columns[c].numeric.real : input.columns[c].numeric.synthetic;
    };
    auto codes = [&](size_t c) -> std::span<const int32_t> {
        return real ? input.columns[c].categorical.real : input.columns[c].categorical.synthetic;
    };
    auto singleValued = [&](size_t c) {
        if (isContinuous(input.columns[c])) {
            const auto v = numbers(c);
            return std::all_of(v.begin(), v.end(), [&](double x) { return std::isnan(v[0]) ? std::isnan(x) : x == v[0]; });
        }
        const auto v = codes(c);
        return std::all_of(v.begin(), v.end(), [&](int32_t x) { return x == v[0]; });
    };
    // dython correlation_ratio with pd.factorize: rows without a category leave the groups but
    // stay in the total sum of squares around the grouped mean; a NaN measurement makes it NaN.
    auto eta = [](std::span<const int32_t> cats, std::span<const double> y) {
        std::map<int32_t, std::pair<double, double>> g;
        for (size_t i = 0; i < y.size(); ++i) {
            if (std::isnan(y[i]))
                return kNaN;
            if (cats[i] >= 0) {
                g[cats[i]].first += y[i];
                g[cats[i]].second += 1;
            }
        }
        double total = 0, count = 0;
        for (const auto &[c, sc] : g) {
            total += sc.first;
            count += sc.second;
        }
        const double mean = total / count;
        double numerator = 0, denominator = 0;
        for (const auto &[c, sc] : g)
            numerator += sc.second * (sc.first / sc.second - mean) * (sc.first / sc.second - mean);
        if (numerator == 0)
            return 0.0;
        for (double v : y)
            denominator += (v - mean) * (v - mean);
        return std::sqrt(numerator / denominator);
    };
    // dython theils_u(x, y) = (H(x) - H(x|y)) / H(x), natural logs; 1 when H(x) = 0.
    auto theilsU = [](std::span<const int32_t> x, std::span<const int32_t> y) {
        std::map<int32_t, double> cx, cy;
        std::map<std::pair<int32_t, int32_t>, double> cxy;
        for (size_t i = 0; i < x.size(); ++i) {
            cx[x[i]] += 1;
            cy[y[i]] += 1;
            cxy[{x[i], y[i]}] += 1;
        }
        const double total = double(x.size());
        double hxy = 0, hx = 0;
        for (const auto &[key, c] : cxy)
            hxy += c / total * std::log((cy[key.second] / total) / (c / total));
        for (const auto &[key, c] : cx)
            hx -= c / total * std::log(c / total);
        return hx == 0 ? 1.0 : (hx - hxy) / hx;
    };
    for (size_t i = 0; i < n; ++i) {
        if (singleValued(i))
            continue;
        m[i * n + i] = 1.0;
        for (size_t j = i + 1; j < n; ++j) {
            if (singleValued(j))
                continue;
            const bool ci = !isContinuous(input.columns[i]), cj = !isContinuous(input.columns[j]);
            double ij, ji;
            if (ci && cj) {
                ij = theilsU(codes(j), codes(i));
                ji = theilsU(codes(i), codes(j));
            } else if (ci || cj) {
                ij = ji = ci ? eta(codes(i), numbers(j)) : eta(codes(j), numbers(i));
            } else {
                const auto x = numbers(i), y = numbers(j);
                const bool anyMissing = std::any_of(x.begin(), x.end(), [](double v) { return std::isnan(v); })
                                        || std::any_of(y.begin(), y.end(), [](double v) { return std::isnan(v); });
                ij = ji = anyMissing ? kNaN : pearsonR(x, y);  // scipy pearsonr propagates NaN
            }
            m[i * n + j] = std::isfinite(ij) ? ij : 0.0;
            m[j * n + i] = std::isfinite(ji) ? ji : 0.0;
        }
    }
    return m;
}

} // namespace

QJsonObject TabSynDexScores::toJson() const
{
    return {{QStringLiteral("mean_score"), jsonNumber(meanScore)},
            {QStringLiteral("median_score"), jsonNumber(medianScore)},
            {QStringLiteral("standard_deviation_score"), jsonNumber(standardDeviationScore)},
            {QStringLiteral("basic_statistical_measure"), jsonNumber(basicStatisticalMeasure)},
            {QStringLiteral("regularized_support_coverage"), jsonNumber(regularizedSupportCoverage)},
            {QStringLiteral("log_transformed_correlation_score"), jsonNumber(logTransformedCorrelationScore)}};
}

TabSynDexScores computeTabSynDex(const EvaluationInput &input)
{
    TabSynDexScores out;

    // basic_statistical_measure_num: per numerical column e = |(s_real - s_syn) / s_real| for
    // s = mean, median, SD (pandas: missing skipped, SD with ddof 1), each clipped at 1 (NaN
    // stays NaN; a NaN median error counts as 0); score_s = 1 - mean_columns(e_s); the measure is
    // the mean of the three scores. Dates are not numerical there (select_dtypes int/float).
    double sumMean = 0, sumMedian = 0, sumSd = 0;
    int numeric = 0;
    for (const EvaluationColumn &c : input.columns) {
        if (c.kind != MetricKind::Numerical)
            continue;
        const NumericSummary r = summarize(c.numeric.real), s = summarize(c.numeric.synthetic);
        sumMean += clipUpper(relativeError(r.mean, s.mean));
        const double medianError = clipUpper(relativeError(r.median, s.median));
        sumMedian += std::isnan(medianError) ? 0.0 : medianError;
        sumSd += clipUpper(relativeError(r.sd, s.sd));
        ++numeric;
    }
    out.meanScore = numeric ? 1 - sumMean / numeric : kNaN;
    out.medianScore = numeric ? 1 - sumMedian / numeric : kNaN;
    out.standardDeviationScore = numeric ? 1 - sumSd / numeric : kNaN;
    out.basicStatisticalMeasure = (out.meanScore + out.medianScore + out.standardDeviationScore) / 3;

    // regularized_support_coverage(clip_ratio=1, clip_col=1, num_bins=10): mean over all columns
    // of each column's coverage; ratio = (n_syn_bin / n_real_bin) * (n_real / n_syn).
    const double scaling = double(input.realRows) / double(input.syntheticRows);
    double coverage = 0;
    int columns = 0;
    for (const EvaluationColumn &c : input.columns) {
        if (isContinuous(c)) {
            bool defined = false;
            const double v = numericCoverage(c.numeric.real, c.numeric.synthetic, scaling, &defined);
            if (!defined || std::isnan(v))
                continue;  // no real value at all: nothing to cover, the column is left out
            coverage += v;
        } else {
            coverage += categoricalCoverage(c.categorical.real, c.categorical.synthetic, scaling);
        }
        ++columns;
    }
    out.regularizedSupportCoverage = columns ? coverage / columns : kNaN;

    // log_transformed_correlation_score(clip_val=1): with L = sign(c) log(max(|c|, eps)),
    // e = |(L_real - L_syn) / L_real| clipped at 1 (NaN stays NaN, so the diagonal, 0/0, drops
    // out); score = 1 - mean over columns of the column means of e, NaN skipped (pandas).
    const std::vector<double> realM = associationMatrix(input, true), synthM = associationMatrix(input, false);
    const size_t n = input.columns.size();
    const double eps = std::numeric_limits<double>::epsilon();
    auto logged = [eps](double c) {
        const double sign = double((c > 0) - (c < 0));
        return sign * std::log(std::max(std::fabs(c), eps));
    };
    double columnMeans = 0;
    int usedColumns = 0;
    for (size_t j = 0; j < n; ++j) {
        double sum = 0;
        int count = 0;
        for (size_t i = 0; i < n; ++i) {
            const double lr = logged(realM[i * n + j]), ls = logged(synthM[i * n + j]);
            const double e = clipUpper(std::fabs((lr - ls) / lr));
            if (std::isnan(e))
                continue;
            sum += e;
            ++count;
        }
        if (count) {
            columnMeans += sum / count;
            ++usedColumns;
        }
    }
    out.logTransformedCorrelationScore = usedColumns ? 1 - columnMeans / usedColumns : kNaN;
    return out;
}

} // namespace synthreg::core

// SDMetrics QualityReport (single table), reproduced from the SDMetrics source:
// sdmetrics/single_column/statistical/{kscomplement,tv_complement}.py,
// sdmetrics/column_pairs/statistical/{correlation_similarity,contingency_similarity}.py,
// sdmetrics/reports/single_table/_properties/{column_shapes,column_pair_trends}.py,
// sdmetrics/reports/base_report.py.
#include "fidelity.h"
#include "core/stats/numericvalues.h"

#include "correlation.h"
#include "hypothesistests.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace synthreg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();


// pandas Series.mean(): NaN entries are skipped; NaN when nothing is left.
double meanSkippingNaN(const std::vector<double> &values)
{
    double sum = 0;
    int count = 0;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        sum += v;
        ++count;
    }
    return count ? sum / count : kNaN;
}


bool isContinuous(const EvaluationColumn &column)
{
    return column.kind == MetricKind::Numerical || column.kind == MetricKind::Datetime;
}

double missingRate(size_t missing, size_t total)
{
    return total ? double(missing) / double(total) : kNaN;
}

ColumnShape columnShape(const EvaluationColumn &column)
{
    ColumnShape shape;
    shape.column = column.name;
    if (isContinuous(column)) {
        shape.metric = QStringLiteral("KSComplement");
        const auto &pair = column.numeric;
        // SDMetrics rounds to 14 decimals before ks_2samp; datetimes arrive as integers (ns) there.
        shape.score = ksComplement(pair.real, pair.synthetic, /*roundLikeSdmetrics=*/column.kind == MetricKind::Numerical);
        shape.realMissingRate = missingRate(size_t(std::count_if(pair.real.begin(), pair.real.end(), [](double v) { return std::isnan(v); })), pair.real.size());
        shape.syntheticMissingRate = missingRate(size_t(std::count_if(pair.synthetic.begin(), pair.synthetic.end(), [](double v) { return std::isnan(v); })), pair.synthetic.size());
    } else {
        shape.metric = QStringLiteral("TVComplement");
        const auto &pair = column.categorical;
        shape.score = tvComplement(pair.real, pair.synthetic);
        shape.realMissingRate = missingRate(size_t(std::count(pair.real.begin(), pair.real.end(), -1)), pair.real.size());
        shape.syntheticMissingRate = missingRate(size_t(std::count(pair.synthetic.begin(), pair.synthetic.end(), -1)), pair.synthetic.size());
    }
    shape.missingRateDifference = shape.syntheticMissingRate - shape.realMissingRate;
    if (std::isnan(shape.score))
        shape.error = QStringLiteral("the real or the synthetic column has no non-missing value");
    return shape;
}

// Codes for ContingencySimilarity: a categorical column as is, a continuous one binned per table.
std::vector<int32_t> contingencyCodes(const EvaluationColumn &column, bool real)
{
    if (isContinuous(column))
        return discretizeLikeSdmetrics(real ? column.numeric.real : column.numeric.synthetic);
    return real ? column.categorical.real : column.categorical.synthetic;
}

ColumnPairTrend columnPairTrend(const EvaluationColumn &a, const EvaluationColumn &b)
{
    ColumnPairTrend trend;
    trend.column1 = a.name;
    trend.column2 = b.name;
    trend.realCorrelation = trend.syntheticCorrelation = trend.realAssociation = kNaN;
    if (isContinuous(a) && isContinuous(b)) {
        trend.metric = QStringLiteral("CorrelationSimilarity");
        const CorrelationSimilarity s = correlationSimilarity(a.numeric.real, b.numeric.real, a.numeric.synthetic, b.numeric.synthetic);
        trend.score = s.score;
        trend.realCorrelation = s.real;
        trend.syntheticCorrelation = s.synthetic;
        trend.error = s.error;
        // SDMetrics: counts when |r_real| > real_correlation_threshold.
        trend.meetsThreshold = std::isfinite(s.real) && std::fabs(s.real) > FidelityReport::kRealCorrelationThreshold
                               && std::isfinite(s.score);
        return trend;
    }
    // SDMetrics: a continuous column met with a discrete one is binned (per table) and both go
    // through ContingencySimilarity, as do two discrete columns.
    trend.metric = QStringLiteral("ContingencySimilarity");
    const ContingencySimilarity s = contingencySimilarity(contingencyCodes(a, true), contingencyCodes(b, true),
                                                          contingencyCodes(a, false), contingencyCodes(b, false));
    trend.score = s.score;
    trend.realAssociation = s.realAssociation;
    trend.meetsThreshold = std::isfinite(s.realAssociation) && s.realAssociation > FidelityReport::kRealAssociationThreshold;
    return trend;
}

// numpy.linspace(start, stop, 11) as numpy computes it: i * step + start, the last one = stop.
std::vector<double> equalWidthEdges(double start, double stop)
{
    constexpr int kBins = 10;
    std::vector<double> edges(kBins + 1);
    const double step = (stop - start) / kBins;
    for (int i = 0; i <= kBins; ++i)
        edges[size_t(i)] = double(i) * step + start;
    edges[kBins] = stop;
    return edges;
}

} // namespace

QJsonObject ColumnShape::toJson() const
{
    QJsonObject json{{QStringLiteral("column"), column},
                     {QStringLiteral("metric"), metric},
                     {QStringLiteral("score"), jsonNumber(score)},
                     {QStringLiteral("real_missing_rate"), jsonNumber(realMissingRate)},
                     {QStringLiteral("synthetic_missing_rate"), jsonNumber(syntheticMissingRate)},
                     {QStringLiteral("missing_rate_difference"), jsonNumber(missingRateDifference)}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QJsonObject ColumnPairTrend::toJson() const
{
    QJsonObject json{{QStringLiteral("column_1"), column1},
                     {QStringLiteral("column_2"), column2},
                     {QStringLiteral("metric"), metric},
                     {QStringLiteral("score"), jsonNumber(score)},
                     {QStringLiteral("real_correlation"), jsonNumber(realCorrelation)},
                     {QStringLiteral("synthetic_correlation"), jsonNumber(syntheticCorrelation)},
                     {QStringLiteral("real_association"), jsonNumber(realAssociation)},
                     {QStringLiteral("meets_threshold"), meetsThreshold}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QJsonObject FidelityReport::toJson() const
{
    QJsonArray shapes, pairs;
    for (const ColumnShape &s : columnShapes)
        shapes.append(s.toJson());
    for (const ColumnPairTrend &p : columnPairTrends)
        pairs.append(p.toJson());
    return {{QStringLiteral("column_shapes"), shapes},
            {QStringLiteral("column_pair_trends"), pairs},
            {QStringLiteral("column_shapes_score"), jsonNumber(columnShapesScore)},
            {QStringLiteral("column_pair_trends_score"), jsonNumber(columnPairTrendsScore)},
            {QStringLiteral("quality_score"), jsonNumber(qualityScore)},
            {QStringLiteral("thresholded_column_pair_trends_score"), jsonNumber(thresholdedColumnPairTrendsScore)},
            {QStringLiteral("thresholded_quality_score"), jsonNumber(thresholdedQualityScore)},
            {QStringLiteral("real_correlation_threshold"), kRealCorrelationThreshold},
            {QStringLiteral("real_association_threshold"), kRealAssociationThreshold}};
}

double ksComplement(std::span<const double> real, std::span<const double> synthetic, bool roundLikeSdmetrics)
{
    std::vector<double> r = nonMissing(real), s = nonMissing(synthetic);
    // SDMetrics: ks_2samp raises on an empty side and KSComplement returns NaN.
    if (r.empty() || s.empty())
        return kNaN;
    if (roundLikeSdmetrics) {
        // SDMetrics: Series.round(MAX_DECIMALS = 14), numpy's round = rint(x * 1e14) / 1e14.
        for (auto *v : {&r, &s})
            for (double &x : *v)
                x = std::nearbyint(x * 1e14) / 1e14;
    }
    // SDMetrics: 1 - KS statistic.
    return 1.0 - ksStatistic(r, s);
}

double tvComplement(std::span<const int32_t> real, std::span<const int32_t> synthetic)
{
    std::map<int32_t, double> realCounts, syntheticCounts;
    for (int32_t c : real)
        if (c >= 0)
            realCounts[c] += 1;
    for (int32_t c : synthetic)
        if (c >= 0)
            syntheticCounts[c] += 1;
    if (realCounts.empty() || syntheticCounts.empty())
        return kNaN;  // SDMetrics raises IncomputableMetricError; the report records NaN
    // SDMetrics get_frequencies: a synthetic category the real data lacks gets a real count of
    // 1e-6 ("regularization to prevent NaN"), which also enters the real total.
    for (const auto &[code, count] : syntheticCounts)
        if (!realCounts.count(code))
            realCounts[code] = 1e-6;
    double realTotal = 0, syntheticTotal = 0;
    for (const auto &[code, count] : realCounts)
        realTotal += count;
    for (const auto &[code, count] : syntheticCounts)
        syntheticTotal += count;
    // SDMetrics: 1 - 1/2 sum |f_syn - f_real| over the real categories.
    double tv = 0;
    for (const auto &[code, count] : realCounts) {
        const auto it = syntheticCounts.find(code);
        const double fs = it == syntheticCounts.end() ? 0.0 : it->second / syntheticTotal;
        tv += std::fabs(fs - count / realTotal);
    }
    return 1 - 0.5 * tv;
}

CorrelationSimilarity correlationSimilarity(std::span<const double> realA, std::span<const double> realB,
                                            std::span<const double> syntheticA, std::span<const double> syntheticB)
{
    CorrelationSimilarity out{kNaN, kNaN, kNaN, {}};
    // SDMetrics raises ConstantInputError when a column has exactly one distinct non-missing
    // value in either table (checked before dropping rows); the report records NaN.
    auto distinct = [](std::span<const double> v) {
        std::vector<double> p = nonMissing(v);
        std::sort(p.begin(), p.end());
        return size_t(std::unique(p.begin(), p.end()) - p.begin());
    };
    if (distinct(realA) == 1 || distinct(realB) == 1 || distinct(syntheticA) == 1 || distinct(syntheticB) == 1) {
        out.error = QStringLiteral("a column holds a constant value: correlation is undefined");
        return out;
    }
    // SDMetrics: rows with a missing value in either column are dropped, then scipy pearsonr.
    std::vector<double> ra, rb, sa, sb;
    pairwiseComplete(realA, realB, &ra, &rb);
    pairwiseComplete(syntheticA, syntheticB, &sa, &sb);
    out.real = pearsonR(ra, rb);
    out.synthetic = pearsonR(sa, sb);
    if (std::isnan(out.real) || std::isnan(out.synthetic)) {
        out.error = QStringLiteral("fewer than two complete rows, or a column constant on them");
        return out;
    }
    // SDMetrics: 1 - |r_real - r_syn| / 2.
    out.score = 1 - std::fabs(out.real - out.synthetic) / 2;
    return out;
}

ContingencySimilarity contingencySimilarity(std::span<const int32_t> realA, std::span<const int32_t> realB,
                                            std::span<const int32_t> syntheticA, std::span<const int32_t> syntheticB)
{
    using Key = std::pair<int32_t, int32_t>;
    auto counts = [](std::span<const int32_t> a, std::span<const int32_t> b) {
        std::map<Key, double> c;
        for (size_t i = 0; i < std::min(a.size(), b.size()); ++i)
            c[{a[i], b[i]}] += 1;
        return c;
    };
    const std::map<Key, double> real = counts(realA, realB), synthetic = counts(syntheticA, syntheticB);
    const double nReal = double(std::min(realA.size(), realB.size()));
    const double nSynthetic = double(std::min(syntheticA.size(), syntheticB.size()));

    // Real association: Cramer's V (scipy association, uncorrected) of the real table from
    // groupby(dropna=False).size().unstack(), so a missing value is a category of its own there.
    std::map<int32_t, int> rows, columns;
    for (const auto &[key, count] : real) {
        rows.emplace(key.first, 0);
        columns.emplace(key.second, 0);
    }
    int k = 0;
    for (auto &r : rows)
        r.second = k++;
    k = 0;
    for (auto &c : columns)
        c.second = k++;
    ContingencyTable table{int(rows.size()), int(columns.size()), std::vector<int64_t>(rows.size() * columns.size(), 0)};
    for (const auto &[key, count] : real)
        table.counts[size_t(rows[key.first]) * columns.size() + size_t(columns[key.second])] = int64_t(count);
    const double association = cramersV(table);

    // Score: proportions over all rows; the union of the cells of both tables, less the cells
    // whose key holds a missing value: SDMetrics' pandas reindex never matches a NaN key, so
    // those differences become NaN and fillna(0) drops them.
    double tv = 0;
    std::map<Key, std::pair<double, double>> cells;
    for (const auto &[key, count] : real)
        cells[key].first = count / nReal;
    for (const auto &[key, count] : synthetic)
        cells[key].second = count / nSynthetic;
    for (const auto &[key, p] : cells) {
        if (key.first < 0 || key.second < 0)
            continue;
        tv += std::fabs(p.first - p.second);
    }
    return {1 - tv / 2, association};
}

std::vector<int32_t> discretizeLikeSdmetrics(std::span<const double> values)
{
    const std::vector<double> p = nonMissing(values);
    // numpy histogram_bin_edges(bins=10): range (0, 1) for no data; a zero range widens by 0.5.
    double lo = 0, hi = 1;
    if (!p.empty()) {
        const auto [mn, mx] = std::minmax_element(p.begin(), p.end());
        lo = *mn;
        hi = *mx;
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
    }
    const std::vector<double> edges = equalWidthEdges(lo, hi);
    std::vector<int32_t> codes(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        // numpy digitize(right=False) = searchsorted(edges, x, 'right'); NaN sorts last -> 11.
        codes[i] = std::isnan(values[i]) ? int32_t(edges.size())
                                         : int32_t(std::upper_bound(edges.begin(), edges.end(), values[i]) - edges.begin());
    }
    return codes;
}

FidelityReport computeFidelity(const EvaluationInput &input)
{
    FidelityReport report;
    std::vector<double> shapeScores, pairScores, thresholdedScores;
    for (const EvaluationColumn &column : input.columns) {
        if (column.kind == MetricKind::Skipped)
            continue;
        report.columnShapes.push_back(columnShape(column));
        shapeScores.push_back(report.columnShapes.back().score);
    }
    for (size_t i = 0; i < input.columns.size(); ++i) {
        for (size_t j = i + 1; j < input.columns.size(); ++j) {
            if (input.columns[i].kind == MetricKind::Skipped || input.columns[j].kind == MetricKind::Skipped)
                continue;
            ColumnPairTrend trend = columnPairTrend(input.columns[i], input.columns[j]);
            pairScores.push_back(trend.score);
            if (trend.meetsThreshold)
                thresholdedScores.push_back(trend.score);
            report.columnPairTrends.push_back(std::move(trend));
        }
    }
    report.columnShapesScore = meanSkippingNaN(shapeScores);
    report.columnPairTrendsScore = meanSkippingNaN(pairScores);
    report.thresholdedColumnPairTrendsScore = meanSkippingNaN(thresholdedScores);
    // SDMetrics BaseReport: overall score = np.nanmean of the property scores.
    report.qualityScore = meanSkippingNaN({report.columnShapesScore, report.columnPairTrendsScore});
    report.thresholdedQualityScore = meanSkippingNaN({report.columnShapesScore, report.thresholdedColumnPairTrendsScore});
    return report;
}

} // namespace synthreg::core

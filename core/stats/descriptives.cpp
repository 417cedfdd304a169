#include "descriptives.h"
#include "core/stats/numericvalues.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace synthreg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();



Table1Row numericRow(const EvaluationColumn &column)
{
    Table1Row row;
    row.column = column.name;
    row.kind = column.kind;
    row.real = summarize(column.numeric.real);
    row.synthetic = summarize(column.numeric.synthetic);
    const std::vector<double> r = nonMissing(column.numeric.real), s = nonMissing(column.numeric.synthetic);
    row.shapiroReal = shapiroWilk(r);
    row.shapiroSynthetic = shapiroWilk(s);
    // The AML paper: Welch's t only when neither sample rejects normality at 0.05.
    row.bothNormal = row.shapiroReal.isValid() && row.shapiroSynthetic.isValid() && row.shapiroReal.pValue >= 0.05
                     && row.shapiroSynthetic.pValue >= 0.05;
    row.test = row.bothNormal ? welchTTest(r, s) : mannWhitneyU(r, s);
    row.ks = kolmogorovSmirnov(r, s);
    return row;
}

Table1Row categoricalRow(const EvaluationColumn &column, size_t realRows, size_t syntheticRows)
{
    Table1Row row;
    row.column = column.name;
    row.kind = column.kind;
    const CategoricalPair &pair = column.categorical;
    std::map<int32_t, std::pair<qint64, qint64>> counts;
    for (int32_t c : pair.real)
        ++counts[c].first;
    for (int32_t c : pair.synthetic)
        ++counts[c].second;
    ContingencyTable table{0, 2, {}};
    for (const auto &[code, rs] : counts) {
        LevelCount level{code < 0 ? QStringLiteral("Missing") : pair.labels.value(code), rs.first, rs.second,
                         realRows ? 100.0 * double(rs.first) / double(realRows) : kNaN,
                         syntheticRows ? 100.0 * double(rs.second) / double(syntheticRows) : kNaN};
        row.levels.push_back(level);
        if (code >= 0) {
            ++table.rows;
            table.counts.push_back(rs.first);
            table.counts.push_back(rs.second);
        }
    }
    // Missing goes last, after the levels in label order of first appearance (code order).
    std::stable_partition(row.levels.begin(), row.levels.end(), [](const LevelCount &l) { return l.label != QStringLiteral("Missing"); });
    row.test = table.rows == 2 ? fisherExact(table) : chiSquareIndependence(table);
    return row;
}

} // namespace

double sortedQuantile(std::span<const double> sorted, double q)
{
    if (sorted.empty())
        return kNaN;
    // numpy 'linear': virtual index (n - 1) q, then _lerp(a, b, t) = a + (b - a) t, computed as
    // b - (b - a)(1 - t) when t >= 0.5 (numpy's choice, for monotonicity).
    const double index = double(sorted.size() - 1) * q;
    const double below = std::floor(index);
    const size_t i = size_t(below);
    const size_t j = std::min(i + 1, sorted.size() - 1);
    const double t = index - below;
    const double a = sorted[i], b = sorted[j];
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

NumericSummary summarize(std::span<const double> values)
{
    NumericSummary s;
    std::vector<double> v = nonMissing(values);
    s.n = qint64(v.size());
    s.missing = qint64(values.size() - v.size());
    if (v.empty()) {
        s.mean = s.sd = s.median = s.q1 = s.q3 = s.minimum = s.maximum = kNaN;
        return s;
    }
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    double ss = 0;
    for (double x : v)
        ss += (x - s.mean) * (x - s.mean);
    s.sd = v.size() > 1 ? std::sqrt(ss / double(v.size() - 1)) : kNaN;
    // numpy.median: the middle value, or the mean of the two middle values.
    const size_t mid = v.size() / 2;
    s.median = v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    s.q1 = sortedQuantile(v, 0.25);
    s.q3 = sortedQuantile(v, 0.75);
    s.minimum = v.front();
    s.maximum = v.back();
    return s;
}

QJsonObject NumericSummary::toJson() const
{
    return {{QStringLiteral("n"), n},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("mean"), jsonNumber(mean)},
            {QStringLiteral("sd"), jsonNumber(sd)},
            {QStringLiteral("median"), jsonNumber(median)},
            {QStringLiteral("q1"), jsonNumber(q1)},
            {QStringLiteral("q3"), jsonNumber(q3)},
            {QStringLiteral("min"), jsonNumber(minimum)},
            {QStringLiteral("max"), jsonNumber(maximum)}};
}

QJsonObject LevelCount::toJson() const
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("real_count"), realCount},
            {QStringLiteral("synthetic_count"), syntheticCount},
            {QStringLiteral("real_percent"), jsonNumber(realPercent)},
            {QStringLiteral("synthetic_percent"), jsonNumber(syntheticPercent)}};
}

QJsonObject Table1Row::toJson() const
{
    QJsonObject json{{QStringLiteral("column"), column}, {QStringLiteral("test"), test.toJson()}};
    if (kind == MetricKind::Categorical) {
        QJsonArray levelArray;
        for (const LevelCount &l : levels)
            levelArray.append(l.toJson());
        json.insert(QStringLiteral("kind"), QStringLiteral("categorical"));
        json.insert(QStringLiteral("levels"), levelArray);
        return json;
    }
    json.insert(QStringLiteral("kind"), kind == MetricKind::Datetime ? QStringLiteral("datetime") : QStringLiteral("numerical"));
    json.insert(QStringLiteral("real"), real.toJson());
    json.insert(QStringLiteral("synthetic"), synthetic.toJson());
    json.insert(QStringLiteral("shapiro_real"), shapiroReal.toJson());
    json.insert(QStringLiteral("shapiro_synthetic"), shapiroSynthetic.toJson());
    json.insert(QStringLiteral("both_normal"), bothNormal);
    json.insert(QStringLiteral("ks"), ks.toJson());
    return json;
}

QJsonObject Table1::toJson() const
{
    QJsonArray array;
    for (const Table1Row &row : rows)
        array.append(row.toJson());
    return {{QStringLiteral("rows"), array}};
}

Table1 computeTable1(const EvaluationInput &input)
{
    Table1 table;
    for (const EvaluationColumn &column : input.columns) {
        if (column.kind == MetricKind::Skipped)
            continue;
        table.rows.push_back(column.kind == MetricKind::Categorical ? categoricalRow(column, input.realRows, input.syntheticRows)
                                                                    : numericRow(column));
    }
    return table;
}

} // namespace synthreg::core

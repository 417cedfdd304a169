#include "correlation.h"
#include "core/stats/numericvalues.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace synthreg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isNumeric(const EvaluationColumn &column)
{
    return column.kind == MetricKind::Numerical || column.kind == MetricKind::Datetime;
}

// One side (real or synthetic) of a column, in the form its kind needs.
struct Side
{
    std::span<const double> numbers;
    std::span<const int32_t> codes;
};

Side side(const EvaluationColumn &column, bool real)
{
    if (isNumeric(column))
        return {real ? column.numeric.real : column.numeric.synthetic, {}};
    return {{}, real ? column.categorical.real : column.categorical.synthetic};
}

double cell(const EvaluationColumn &a, const EvaluationColumn &b, bool real, bool spearman, AssociationKind *kind)
{
    const Side x = side(a, real), y = side(b, real);
    if (isNumeric(a) && isNumeric(b)) {
        *kind = spearman ? AssociationKind::Spearman : AssociationKind::Pearson;
        std::vector<double> xs, ys;
        pairwiseComplete(x.numbers, y.numbers, &xs, &ys);
        if (!spearman)
            return pearsonR(xs, ys);
        return pearsonR(averageRanks(xs), averageRanks(ys));
    }
    if (!isNumeric(a) && !isNumeric(b)) {
        *kind = AssociationKind::CramersV;
        return cramersV(crossTable(x.codes, y.codes));
    }
    *kind = AssociationKind::CorrelationRatio;
    return isNumeric(a) ? correlationRatio(y.codes, x.numbers) : correlationRatio(x.codes, y.numbers);
}

AssociationMatrix matrix(const EvaluationInput &input, bool real, bool spearman)
{
    AssociationMatrix m;
    const size_t n = input.columns.size();
    for (const EvaluationColumn &column : input.columns)
        m.columns << column.name;
    m.values.assign(n * n, kNaN);
    m.kinds.assign(n * n, AssociationKind::Identity);
    for (size_t i = 0; i < n; ++i) {
        m.values[i * n + i] = 1.0;
        for (size_t j = i + 1; j < n; ++j) {
            AssociationKind kind = AssociationKind::Identity;
            const double v = cell(input.columns[i], input.columns[j], real, spearman, &kind);
            m.values[i * n + j] = m.values[j * n + i] = v;
            m.kinds[i * n + j] = m.kinds[j * n + i] = kind;
        }
    }
    return m;
}

CorrelationMatrices matrices(const EvaluationInput &input, bool spearman)
{
    CorrelationMatrices out{matrix(input, true, spearman), matrix(input, false, spearman), {}};
    out.difference = out.real;
    for (size_t k = 0; k < out.difference.values.size(); ++k)
        out.difference.values[k] = out.synthetic.values[k] - out.real.values[k];
    return out;
}


} // namespace

QString associationKindKey(AssociationKind kind)
{
    switch (kind) {
    case AssociationKind::Pearson: return QStringLiteral("pearson");
    case AssociationKind::Spearman: return QStringLiteral("spearman");
    case AssociationKind::CramersV: return QStringLiteral("cramers_v");
    case AssociationKind::CorrelationRatio: return QStringLiteral("correlation_ratio");
    case AssociationKind::Identity: return QStringLiteral("identity");
    }
    return {};
}

QJsonObject AssociationMatrix::toJson() const
{
    QJsonArray rows, kindRows;
    const int n = int(columns.size());
    for (int i = 0; i < n; ++i) {
        QJsonArray row, kindRow;
        for (int j = 0; j < n; ++j) {
            row.append(jsonNumber(at(i, j)));
            kindRow.append(associationKindKey(kinds[size_t(i * n + j)]));
        }
        rows.append(row);
        kindRows.append(kindRow);
    }
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
            {QStringLiteral("values"), rows},
            {QStringLiteral("kinds"), kindRows}};
}

QJsonObject CorrelationMatrices::toJson() const
{
    return {{QStringLiteral("real"), real.toJson()},
            {QStringLiteral("synthetic"), synthetic.toJson()},
            {QStringLiteral("difference"), difference.toJson()}};
}

QJsonObject CorrelationReport::toJson() const
{
    return {{QStringLiteral("pearson"), pearson.toJson()}, {QStringLiteral("spearman"), spearman.toJson()}};
}

CorrelationReport computeCorrelations(const EvaluationInput &input)
{
    return {matrices(input, false), matrices(input, true)};
}

void pairwiseComplete(std::span<const double> x, std::span<const double> y, std::vector<double> *xOut,
                      std::vector<double> *yOut)
{
    xOut->clear();
    yOut->clear();
    for (size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        xOut->push_back(x[i]);
        yOut->push_back(y[i]);
    }
}

ContingencyTable crossTable(std::span<const int32_t> a, std::span<const int32_t> b)
{
    std::map<int32_t, int> rowIndex, columnIndex;
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        if (a[i] < 0 || b[i] < 0)
            continue;
        rowIndex.emplace(a[i], 0);
        columnIndex.emplace(b[i], 0);
    }
    int k = 0;
    for (auto &entry : rowIndex)
        entry.second = k++;
    k = 0;
    for (auto &entry : columnIndex)
        entry.second = k++;
    ContingencyTable table{int(rowIndex.size()), int(columnIndex.size()), {}};
    table.counts.assign(rowIndex.size() * columnIndex.size(), 0);
    for (size_t i = 0; i < n; ++i) {
        if (a[i] < 0 || b[i] < 0)
            continue;
        ++table.counts[size_t(rowIndex[a[i]]) * columnIndex.size() + size_t(columnIndex[b[i]])];
    }
    return table;
}

double cramersV(const ContingencyTable &table)
{
    if (table.rows < 2 || table.columns < 2)
        return kNaN;
    // scipy.stats.contingency.association: V = sqrt(chi2 / n / min(r - 1, c - 1)), chi2 uncorrected.
    const TestResult chi2 = chiSquareIndependence(table, /*yatesCorrection=*/false);
    if (!chi2.isValid())
        return kNaN;
    const double phi2 = chi2.statistic / double(table.total());
    return std::sqrt(phi2 / double(std::min(table.rows, table.columns) - 1));
}

double correlationRatio(std::span<const int32_t> categories, std::span<const double> values)
{
    std::map<int32_t, std::pair<double, double>> groups;  // code -> (sum, count)
    std::vector<double> kept;
    for (size_t i = 0; i < std::min(categories.size(), values.size()); ++i) {
        if (categories[i] < 0 || std::isnan(values[i]))
            continue;
        kept.push_back(values[i]);
        auto &g = groups[categories[i]];
        g.first += values[i];
        g.second += 1;
    }
    if (kept.size() < 2)
        return kNaN;
    double mean = 0;
    for (double v : kept)
        mean += v;
    mean /= double(kept.size());
    double between = 0, total = 0;
    for (const auto &[code, g] : groups)
        between += g.second * (g.first / g.second - mean) * (g.first / g.second - mean);
    for (double v : kept)
        total += (v - mean) * (v - mean);
    if (total == 0)
        return kNaN;
    return std::min(1.0, std::sqrt(between / total));
}

} // namespace synthreg::core

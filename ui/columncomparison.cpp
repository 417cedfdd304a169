#include "columncomparison.h"

#include "chartstyle.h"

#include "core/stats/kerneldensity.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace synthreg::gui {

namespace {

class ColumnComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(ColumnComparison)
};

double missingPercent(const core::Column &column)
{
    return column.size() ? 100.0 * double(column.missingCount()) / double(column.size()) : 0.0;
}

/** Present values as numbers (dates in calendar years), at most kMaxValues, evenly strided. */
std::vector<double> plottedValues(const core::Column &column)
{
    std::vector<double> all;
    all.reserve(column.size());
    for (size_t r = 0; r < column.size(); ++r) {
        if (column.isMissing(r))
            continue;
        if (column.kind() == core::StorageKind::Timestamp)
            all.push_back(1970.0 + double(column.seconds()[r]) / (365.2425 * 86400.0));
        else
            all.push_back(column.numbers()[r]);
    }
    if (all.size() <= ColumnComparison::kMaxValues)
        return all;
    std::vector<double> strided;
    strided.reserve(ColumnComparison::kMaxValues);
    const double stride = double(all.size()) / double(ColumnComparison::kMaxValues);
    for (size_t i = 0; i < ColumnComparison::kMaxValues; ++i)
        strided.push_back(all[size_t(double(i) * stride)]);
    return strided;
}

void compareDensities(const core::Column &real, const core::Column &synthetic, ColumnComparison *out)
{
    const std::vector<double> realValues = plottedValues(real);
    const std::vector<double> syntheticValues = plottedValues(synthetic);
    double lower = INFINITY, upper = -INFINITY;
    for (const auto *values : {&realValues, &syntheticValues})
        for (double value : *values) {
            lower = std::min(lower, value);
            upper = std::max(upper, value);
        }
    if (!(lower <= upper))
        return;
    // A bandwidth of margin on each side lets the tails fall towards zero instead of ending mid-air.
    const double margin = std::max(core::scottBandwidth(realValues), 1e-9);
    lower -= margin;
    upper += margin;
    out->grid.resize(ColumnComparison::kGridPoints);
    for (int i = 0; i < ColumnComparison::kGridPoints; ++i)
        out->grid[size_t(i)] = lower + (upper - lower) * i / (ColumnComparison::kGridPoints - 1);
    out->realDensity = core::gaussianKde(realValues, out->grid);
    out->syntheticDensity = core::gaussianKde(syntheticValues, out->grid);
}

/** Level counts by label (the two tables code labels independently). */
std::map<QString, double> countsByLabel(const core::Column &column, double *present)
{
    std::vector<double> counts(size_t(column.labels().size()), 0.0);
    for (int32_t code : column.codes())
        if (code >= 0)
            counts[size_t(code)] += 1;
    std::map<QString, double> byLabel;
    *present = 0;
    for (int i = 0; i < column.labels().size(); ++i) {
        byLabel[column.labels()[i]] += counts[size_t(i)];
        *present += counts[size_t(i)];
    }
    return byLabel;
}

void compareLevels(const core::Column &real, const core::Column &synthetic, ColumnComparison *out)
{
    double realPresent = 0, syntheticPresent = 0;
    const std::map<QString, double> realCounts = countsByLabel(real, &realPresent);
    std::map<QString, double> syntheticCounts = countsByLabel(synthetic, &syntheticPresent);
    std::vector<std::pair<QString, double>> ordered(realCounts.begin(), realCounts.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const auto share = [](double count, double total) { return total > 0 ? 100.0 * count / total : 0.0; };
    double realOther = realPresent, syntheticOther = syntheticPresent;
    for (size_t i = 0; i < ordered.size() && i < size_t(ColumnComparison::kMaxLevels); ++i) {
        const double syntheticCount = syntheticCounts[ordered[i].first];
        out->levels << ordered[i].first;
        out->realShares.push_back(share(ordered[i].second, realPresent));
        out->syntheticShares.push_back(share(syntheticCount, syntheticPresent));
        realOther -= ordered[i].second;
        syntheticOther -= syntheticCount;
    }
    // Levels past the first kMaxLevels, and synthetic labels the real data never had.
    if (realOther > 0 || syntheticOther > 0) {
        out->levels << ColumnComparisonText::tr("Other");
        out->realShares.push_back(share(realOther, realPresent));
        out->syntheticShares.push_back(share(syntheticOther, syntheticPresent));
    }
}

QString seriesName(const QString &side, double missingPercent)
{
    return ColumnComparisonText::tr("%1 (missing %2 %)").arg(side, QLocale().toString(missingPercent, 'f', 1));
}

void addDensityLines(QChart *chart, const ColumnComparison &comparison, const QPalette &palette)
{
    const std::pair<const std::vector<double> *, QColor> sides[] = {{&comparison.realDensity, realColor(palette)},
                                                                    {&comparison.syntheticDensity, syntheticColor(palette)}};
    const QString names[] = {seriesName(ColumnComparisonText::tr("Real"), comparison.realMissingPercent),
                             seriesName(ColumnComparisonText::tr("Synthetic"), comparison.syntheticMissingPercent)};
    double highest = 0;
    auto *x = createNiceAxis(comparison.grid.front(), comparison.grid.back());
    if (comparison.dates)
        x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(comparison.dates ? ColumnComparisonText::tr("%1 (year)").arg(comparison.column) : comparison.column);
    for (const auto &side : sides)
        highest = std::max(highest, *std::max_element(side.first->begin(), side.first->end()));
    auto *y = createNiceAxis(0, highest > 0 ? highest * 1.05 : 1, 5);
    y->setTitleText(ColumnComparisonText::tr("Density"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (int side = 0; side < 2; ++side) {
        auto *series = new QLineSeries;
        series->setName(names[side]);
        for (size_t i = 0; i < comparison.grid.size(); ++i)
            series->append(comparison.grid[i], (*sides[side].first)[i]);
        QPen pen(sides[side].second, 2.2);
        if (side == 1)
            pen.setStyle(Qt::DashLine);   // told apart without colour too
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)})
        styleAxis(axis, palette, axisFont(chart));
}

void addLevelBars(QChart *chart, const ColumnComparison &comparison, const QPalette &palette)
{
    auto *real = new QBarSet(seriesName(ColumnComparisonText::tr("Real"), comparison.realMissingPercent));
    auto *synthetic = new QBarSet(seriesName(ColumnComparisonText::tr("Synthetic"), comparison.syntheticMissingPercent));
    real->setColor(realColor(palette));
    synthetic->setColor(syntheticColor(palette));
    synthetic->setBrush(QBrush(syntheticColor(palette), Qt::Dense3Pattern));   // told apart without colour too
    synthetic->setBorderColor(syntheticColor(palette));
    QStringList labels;
    double highest = 0;
    // Horizontal bars: Qt draws the first category at the bottom, the most frequent belongs on top.
    for (qsizetype i = comparison.levels.size() - 1; i >= 0; --i) {
        labels << comparison.levels[i];
        real->append(comparison.realShares[size_t(i)]);
        synthetic->append(comparison.syntheticShares[size_t(i)]);
        highest = std::max({highest, comparison.realShares[size_t(i)], comparison.syntheticShares[size_t(i)]});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(real);
    series->append(synthetic);
    series->setBarWidth(0.8);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setGridLineVisible(false);
    auto *shares = createNiceAxis(0, std::min(100.0, std::max(highest * 1.1, 1.0)), 5);
    shares->setTitleText(ColumnComparisonText::tr("Share of present values (%)"));
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(shares, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(shares);
    styleAxis(categories, palette, axisFont(chart));
    styleAxis(shares, palette, axisFont(chart));
}

/** A numeric column as categories labelled by their values ("0", "0.5", "1"), for discrete roles. */
core::Column asLevels(const core::Column &column)
{
    if (column.kind() != core::StorageKind::Numeric)
        return column;
    std::vector<int32_t> codes(column.size(), -1);
    QStringList labels;
    QHash<double, int32_t> codeOf;
    for (size_t row = 0; row < column.size(); ++row) {
        const double value = column.numbers()[row];
        if (std::isnan(value))
            continue;
        auto it = codeOf.find(value);
        if (it == codeOf.end()) {
            it = codeOf.insert(value, int32_t(labels.size()));
            labels << QString::number(value, 'g', 10);
        }
        codes[row] = it.value();
    }
    return core::Column::categorical(column.name(), std::move(codes), labels);
}

} // namespace

ColumnComparison compareColumns(const core::Column &real, const core::Column &synthetic, bool discrete)
{
    if (discrete && (real.kind() == core::StorageKind::Numeric || synthetic.kind() == core::StorageKind::Numeric))
        return compareColumns(asLevels(real), asLevels(synthetic), false);

    ColumnComparison out;
    out.column = real.name();
    out.realMissingPercent = missingPercent(real);
    out.syntheticMissingPercent = missingPercent(synthetic);
    out.categorical = real.kind() == core::StorageKind::Categorical && synthetic.kind() == core::StorageKind::Categorical;
    out.dates = real.kind() == core::StorageKind::Timestamp;
    if (out.categorical)
        compareLevels(real, synthetic, &out);
    else if (real.kind() != core::StorageKind::Categorical && synthetic.kind() != core::StorageKind::Categorical)
        compareDensities(real, synthetic, &out);
    return out;
}

QChart *createColumnComparisonChart(const ColumnComparison &comparison, const QPalette &palette)
{
    auto *chart = new QChart;
    styleChart(chart, palette);
    chart->setTitle(ColumnComparisonText::tr("%1: real and synthetic").arg(comparison.column));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (comparison.categorical && !comparison.levels.isEmpty())
        addLevelBars(chart, comparison, palette);
    else if (!comparison.grid.empty())
        addDensityLines(chart, comparison, palette);
    else
        chart->setTitle(ColumnComparisonText::tr("%1: no values to compare").arg(comparison.column));
    return chart;
}

ChartData columnComparisonData(const ColumnComparison &comparison)
{
    const QLocale locale;
    ChartData data;
    const auto percent = [&](double value) { return locale.toString(value, 'f', 1); };
    data.headers = {comparison.categorical ? ColumnComparisonText::tr("Level") : comparison.column,
                    comparison.categorical ? ColumnComparisonText::tr("Real (%)") : ColumnComparisonText::tr("Real density"),
                    comparison.categorical ? ColumnComparisonText::tr("Synthetic (%)") : ColumnComparisonText::tr("Synthetic density")};
    data.rows.append({ColumnComparisonText::tr("Missing (% of rows)"), percent(comparison.realMissingPercent), percent(comparison.syntheticMissingPercent)});
    for (qsizetype i = 0; i < comparison.levels.size(); ++i)
        data.rows.append({comparison.levels[i], percent(comparison.realShares[size_t(i)]), percent(comparison.syntheticShares[size_t(i)])});
    for (size_t i = 0; i < comparison.grid.size(); ++i)
        data.rows.append({locale.toString(comparison.grid[i], 'g', 5), locale.toString(comparison.realDensity[i], 'g', 4),
                          locale.toString(comparison.syntheticDensity[i], 'g', 4)});
    return data;
}

} // namespace synthreg::gui

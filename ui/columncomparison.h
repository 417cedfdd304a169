#pragma once

#include "chartpanel.h"

#include "core/data/column.h"

#include <QStringList>

#include <vector>

class QChart;
class QPalette;

namespace synthreg::gui {

/**
 * One column of the real and the synthetic data, reduced to what its comparison plot shows:
 * Gaussian kernel densities on a shared grid for numbers and dates (dates in years), or the
 * shares of the most frequent levels for categories; and each side's missing share.
 */
struct ColumnComparison
{
    static constexpr int kGridPoints = 120;
    static constexpr int kMaxLevels = 15;        ///< more levels are pooled into "Other"
    static constexpr size_t kMaxValues = 5000;   ///< per side: a density needs no more (evenly strided)

    QString column;
    bool categorical = false;
    bool dates = false;                  ///< grid in calendar years
    std::vector<double> grid;            ///< continuous: the x values of both densities
    std::vector<double> realDensity;
    std::vector<double> syntheticDensity;
    QStringList levels;                  ///< categorical: real frequency order, then "Other"
    std::vector<double> realShares;      ///< percent of the present values
    std::vector<double> syntheticShares;
    double realMissingPercent = 0;
    double syntheticMissingPercent = 0;
};

/**
 * Compares two columns of the same name; `synthetic` may use other codes for the same labels.
 * `discrete`: numbers that stand for categories (binary, ordinal, event codes) are compared as
 * levels, not as densities.
 */
ColumnComparison compareColumns(const core::Column &real, const core::Column &synthetic, bool discrete = false);

/** The overlay plot (screen and report share it). The caller owns the chart. */
QChart *createColumnComparisonChart(const ColumnComparison &comparison, const QPalette &palette);

/** The numbers of that plot: the missing shares, then the densities or the level shares. */
ChartData columnComparisonData(const ColumnComparison &comparison);

} // namespace synthreg::gui

#pragma once

#include "core/stats/evaluationinput.h"
#include "core/stats/holdoutinput.h"

#include <QJsonObject>

namespace synthreg::core {

/** One category that too few rows hold, in the real or in the synthetic data. */
struct SmallCell
{
    QString column;
    QString label;
    size_t realCount = 0;
    size_t syntheticCount = 0;
};

/**
 * Small-cell check for a release: categories of categorical columns held by at least one
 * but fewer than `threshold` rows of the real or of the synthetic data. A category with no
 * rows is not a cell anyone can be found in and is not listed; missing values are not a
 * category here.
 */
struct SmallCellResult
{
    int threshold = 10;
    std::vector<SmallCell> cells;   ///< in column order, then label order

    QJsonObject toJson() const;
};

/** Small cells of the real (`input.real…`) against the synthetic data. */
SmallCellResult smallCells(const EvaluationInput &input, int threshold = 10);

/** Small cells with the training rows, the rows the generator saw, as the real data. */
SmallCellResult smallCells(const HoldoutInput &input, int threshold = 10);

} // namespace synthreg::core

#pragma once

#include "core/stats/holdoutinput.h"

#include <cstddef>
#include <vector>

namespace synthreg::core {

/** Rows as points of the mixed-type distance space; row-major, `dims` values a row. */
struct DistanceRows
{
    size_t rows = 0;
    size_t dims = 0;
    std::vector<double> values;

    const double *row(size_t index) const { return values.data() + index * dims; }
};

/**
 * Maps the rows of one record set into the space in which DCR, NNDR and the distance-based
 * membership attack measure Euclidean distance. Ranges are taken from the training set, so
 * the three sets share one space:
 *  - a numerical or date column becomes x = (v - min) / (max - min) (1 when max == min); when
 *    any set has a missing value in the column, a missing value becomes x = 0.5 plus a flag
 *    coordinate of sqrt(0.75), so two missing values are at distance 0 and a missing and a
 *    present value a contribute (a - 0.5)^2 + 0.75, i.e. between 0.75 and 1 inside the
 *    training range: as much as opposite ends of the range, never more;
 *  - a categorical column becomes a one-hot vector scaled by 1/sqrt(2) (missing is its own
 *    category), so two different categories contribute exactly 1 to the squared distance.
 *    The k one-hot slots are stored as k - 1 coordinates in an orthonormal (Helmert) basis
 *    of the directions in which one-hot vectors differ: the same distances, fewer dimensions.
 * The distance between two rows is the Euclidean norm over all these coordinates.
 */
DistanceRows encodeForDistance(const HoldoutInput &input, RecordSet set);

/** The exact distance between row `a` of `x` and row `b` of `y` (same dims). */
double rowDistance(const DistanceRows &x, size_t a, const DistanceRows &y, size_t b);

} // namespace synthreg::core

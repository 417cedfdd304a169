#pragma once

// Private to core/models: where the Gaussian copula puts a categorical's levels on its one latent.
//
// A copula turns each categorical into one normal latent by giving every level an interval of
// [0, 1]; the order of those intervals decides what a correlation can express. SDV orders
// levels by falling share, which is arbitrary with respect to the other columns: education
// (16 levels) then cannot follow education_num, though one determines the other. Ordering the
// levels along the direction in which they differ most from each other in the other columns
// (the first axis of a correspondence analysis, on normal scores) lets the latent correlation
// carry most of that association.

#include "encodedmatrix.h"

#include <vector>

namespace synthreg::core {

/**
 * For every Category or Mode span of `data` with at least three levels: a position per level
 * (ascending = its order on the latent). `scores` holds each span's normal scores, span after
 * span (spans × data.rows, column-major). A level is profiled by the mean score of every other
 * span over its rows (on a bounded subsample); positions are the levels' coordinates on the
 * first principal axis of those profiles, weighted by the levels' shares. Levels the data never
 * hold get +inf. An entry is empty where the order should stay by share: Scalar spans, spans
 * with fewer than three levels, and spans whose levels do not differ in the other columns.
 */
std::vector<std::vector<double>> levelPositionsByAssociation(const EncodedMatrix &data, const float *scores, int threads);

} // namespace synthreg::core

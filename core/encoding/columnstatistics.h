#pragma once

// Statistics the continuous codec fits on. Private to core/encoding.

#include "columncodec.h"

#include <vector>

namespace synthreg::core {

/** Rounds to `decimals` places (values beyond double precision come back unchanged). */
double roundTo(double value, int decimals);

/** True when `value` has at most `decimals` decimals (up to floating-point noise). */
bool isRoundAt(double value, int decimals);

/** SDV's learned rounding: the fewest decimals (≤ 10) that reproduce every value, or -1. */
int learnDecimals(const std::vector<double> &values);

/** Sample skewness m3 / m2^1.5; 0 for fewer than 3 values or no spread. */
double skewness(const std::vector<double> &values);

/** Knuth's selection sampling: a seeded subsample of at most `limit` values, in their order. */
std::vector<double> subsample(const std::vector<double> &values, size_t limit, ColumnRandom &random);

/**
 * Values holding at least `share` of `observed` (CTAB-GAN+ mixed columns), ascending:
 * candidates found on `sample`, then counted exactly on `observed`.
 */
std::vector<double> findPointMasses(const std::vector<double> &observed, std::vector<double> sample, double share);

} // namespace synthreg::core

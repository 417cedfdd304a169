#pragma once

#include "core/models/encodedmatrix.h"

#include <cstdint>

namespace synthreg::test {

/**
 * An encoded matrix with known structure, as the encoder would write it:
 *   span 0  Scalar   column 0 (alpha of a two-mode continuous value)
 *   span 1  Mode     column 0, width 2 — mode 1 exactly when column 1 is not level 0
 *   span 2  Category column 1, width 3, levels with shares 0.6 / 0.3 / 0.1
 *   span 3  Category column 2, width 2 — level 1 for 90 % of rows whose column 1 is level 2,
 *                                       for 10 % of the others
 * A generator that learns reproduces the shares and the dependencies.
 */
core::EncodedMatrix structuredFixture(int64_t rows, uint64_t seed);

/** Share of rows whose span has its largest value at `category`. */
double shareOf(const core::EncodedMatrix &matrix, int span, int category);

/** Share of rows with span `thenSpan` at `thenCategory` among those with `ifSpan` at `ifCategory`. */
double conditionalShare(const core::EncodedMatrix &matrix, int ifSpan, int ifCategory, int thenSpan, int thenCategory);

} // namespace synthreg::test

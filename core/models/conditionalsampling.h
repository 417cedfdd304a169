#pragma once

#include "encodedmatrix.h"

#include <cstdint>
#include <functional>

namespace synthreg::core {

/**
 * Collects `rows` rows that meet `conditions` from batches drawn by `drawBatch(batchRows,
 * attempt)`, keeping the rows' order. Gives up with a GeneratorError after a bounded number
 * of draws (never hangs), naming the share of rows that met the conditions. Without
 * conditions it draws exactly once. Shared by every generator so they fail alike.
 */
EncodedMatrix collectRowsMeeting(int64_t rows, const Layout &layout, const Conditions &conditions,
                                 const std::function<EncodedMatrix(int64_t batchRows, int attempt)> &drawBatch);

/** Throws GeneratorError unless every condition names a Category span of `layout` and a level inside it. */
void checkConditions(const Layout &layout, const Conditions &conditions);

} // namespace synthreg::core

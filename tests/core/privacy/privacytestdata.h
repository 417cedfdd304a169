#pragma once

// Tables with known structure for the privacy tests.

#include "core/data/schema.h"
#include "core/data/table.h"

#include <cstdint>
#include <vector>

namespace synthreg::test {

/**
 * `rows` independent draws of one registry-like population: age, bilirubin (log-normal),
 * albumin and platelets (5% missing), sex, stage (4 levels, 3% missing) and a treatment flag.
 */
core::Table generatedRegistry(size_t rows, uint64_t seed);
core::Schema generatedRegistrySchema();

/** The rows of `table` in `parts` random disjoint parts of the given shares (fixed seed). */
std::vector<core::Table> splitRows(const core::Table &table, const std::vector<double> &shares, uint64_t seed);

} // namespace synthreg::test

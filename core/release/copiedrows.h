#pragma once

#include "core/data/schema.h"
#include "core/data/table.h"

#include <optional>
#include <vector>

namespace synthreg::core {

/**
 * The synthetic rows (ascending) identical to some real row in every scored column the two
 * tables share (core::exactMatches' notion of a copy: a missing value equals a missing value,
 * categories compare by label). Columns only one side has are ignored, so a bundle's table
 * can be checked against a source file that still holds identifiers. Returns nullopt and sets
 * `error` when the tables share no scored column or cannot be lined up.
 */
std::optional<std::vector<size_t>> rowsCopyingReal(const Table &synthetic, const Table &real, const Schema &schema, QString *error);

/** `table` without `rows` (ascending, as rowsCopyingReal() gives them). */
Table withoutRows(const Table &table, const std::vector<size_t> &rows);

/** The rows of `table` in an order drawn from `seed` (a release never keeps the generator's order). */
Table shuffledRows(const Table &table, uint64_t seed);

} // namespace synthreg::core

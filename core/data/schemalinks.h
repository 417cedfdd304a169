#pragma once

#include "schema.h"

#include <optional>

namespace synthreg::core {

class Table;

/** A schema edit that may be refused: the new schema, or one sentence saying why not. */
struct SchemaEdit
{
    std::optional<Schema> schema;
    QString error;
};

/**
 * `schema` with survival endpoint `index` replaced by `link` (appended when `index` equals
 * the number of endpoints). The columns take the roles the link needs, so the edit is one
 * step for the user: the time column becomes a survival time (lower bound 0), the event
 * column an event indicator whose coding is proposed from its codes (kept when it already is
 * one). Refused when a column is unknown, both are the same column, another endpoint already
 * has these two columns, a column already serves another endpoint in the other part, or the event column has fewer than two or more than three
 * codes in `table`.
 */
SchemaEdit withSurvivalLink(Schema schema, const Table &table, qsizetype index, SurvivalLink link);

/** `schema` without survival endpoint `index`; the columns keep their roles. */
Schema withoutSurvivalLink(Schema schema, qsizetype index);

/**
 * `schema` with longitudinal keys `keys` (none when nullopt): the patient column becomes a
 * patient id and the visit column a visit time. Refused when a column is unknown or both
 * are the same column.
 */
SchemaEdit withLongitudinalKeys(Schema schema, const std::optional<LongitudinalKeys> &keys);

} // namespace synthreg::core

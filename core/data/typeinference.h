#pragma once

#include "columnprofile.h"
#include "schema.h"

namespace synthreg::core {

class Table;

/** The proposed schema and the profiles it was derived from. */
struct InferenceResult
{
    Schema schema;                 ///< one ColumnSpec per column, each with its reason
    QList<ColumnProfile> profiles; ///< same order as the table's columns
    QStringList warnings;          ///< table-level: direct identifiers found, ambiguous survival pairs
};

/**
 * Proposes a role and a missingness policy for every column, with a one-line reason each,
 * from the values and the column names: binary/ordinal/categorical codes, counts, dates,
 * patient ids and visit times (longitudinal keys), survival time/event pairs with their
 * event coding, and likely direct identifiers (names, e-mail, phone numbers, exact birth
 * dates), which are proposed as Excluded with a warning. Deterministic; never fails.
 */
InferenceResult inferSchema(const Table &table);

} // namespace synthreg::core

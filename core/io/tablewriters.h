#pragma once

#include "diagnostic.h"

#include <optional>

namespace synthreg::core {

class Table;

/**
 * Writers for tables. Each writes to a temporary file beside the target and renames it into
 * place, so an interrupted write leaves the previous file (or none) intact.
 */
namespace TableWriters {

/** RFC 4180 CSV, UTF-8 without BOM, "," separator, missing values as empty cells. */
std::optional<Diagnostic> writeCsv(const Table &table, const QString &path);

/** One SQLite table: REAL for numbers, TEXT for categories and ISO dates, NULL for missing. */
std::optional<Diagnostic> writeSqlite(const Table &table, const QString &path, const QString &tableName);

} // namespace TableWriters
} // namespace synthreg::core

#pragma once

#include "schema.h"

#include <QStringList>

#include <optional>

namespace synthreg::core {

/**
 * Reads a schema file written by SynthReg ("format": "synthreg.schema") or SDV single-table
 * metadata ("METADATA_SPEC_VERSION"). Returns nullopt and sets `error` (naming the file and
 * what is wrong) for an unreadable file, bad JSON, or JSON that is neither format.
 * The column order is the file's; call orderedLike() before using it with a table.
 */
std::optional<Schema> readSchemaFile(const QString &path, QString *error);

/**
 * `schema` with its column specs in the order of `columnNames` (a table's), as every view and
 * the project expect. SDV metadata has no column order, so an imported schema needs this.
 * Specs for columns the table lacks go last, so Schema::validate() still names them.
 */
Schema orderedLike(const Schema &schema, const QStringList &columnNames);

} // namespace synthreg::core

#pragma once

#include <QString>

#include <optional>

namespace synthreg::core {

class SqliteConnection;

// The tables of a .synthreg file and the steps that bring an older file up to date.
// Every function runs inside a transaction its caller owns, so a failed step changes nothing.
namespace ProjectSchema {

// A new file starts at version 0 (meta only) and runs every migration step, so a fresh
// project and a migrated one cannot differ.
bool createSchema(SqliteConnection &db, QString *error);

// Applies the additive steps from `from` up to Project::kSchemaVersion and records the new
// schema_version in meta.
bool migrate(SqliteConnection &db, int from, QString *error);

// meta.schema_version, or nullopt with `error` set when the file has no usable meta table.
std::optional<int> readVersion(SqliteConnection &db, QString *error);

} // namespace ProjectSchema
} // namespace synthreg::core

#include "projectschema.h"

#include "core/io/sqliteconnection.h"
#include "project.h"

#include <array>

namespace synthreg::core::ProjectSchema {

namespace {

// Version 0 -> 1: the import snapshot, the schema history and the audit log.
const char *const kStep1 = R"sql(
CREATE TABLE source (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    import_request_json TEXT NOT NULL,
    sha256 TEXT,
    imported_at TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    column_count INTEGER NOT NULL
);
CREATE TABLE source_data (
    source_id INTEGER PRIMARY KEY REFERENCES source(id),
    table_blob BLOB NOT NULL
);
CREATE TABLE schema (
    id INTEGER PRIMARY KEY,
    json TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
-- AUTOINCREMENT: ids are never reused, so a row removed behind the triggers' back leaves a gap.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time_utc TEXT NOT NULL,
    os_user TEXT NOT NULL,
    action TEXT NOT NULL,
    details_json TEXT NOT NULL,
    input_sha256 TEXT,
    output_sha256 TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
)sql";

// Version 1 -> 2: the train/holdout split and the evaluations made against it.
const char *const kStep2 = R"sql(
CREATE TABLE data_split (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    seed TEXT NOT NULL,
    holdout_share REAL NOT NULL,
    group_column TEXT,
    row_count INTEGER NOT NULL,
    holdout_rows BLOB NOT NULL
);
CREATE TABLE evaluation (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    split_id INTEGER REFERENCES data_split(id),
    synthetic_name TEXT NOT NULL,
    synthetic_sha256 TEXT,
    settings_json TEXT NOT NULL,
    report_json TEXT NOT NULL
);
)sql";

// Version 2 -> 3: training runs (generator, settings, losses, the model) and the synthetic
// tables sampled from them.
const char *const kStep3 = R"sql(
CREATE TABLE run (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    generator TEXT NOT NULL,
    hyperparameters_json TEXT NOT NULL,
    seed TEXT NOT NULL,
    device TEXT NOT NULL,
    training_seconds REAL NOT NULL,
    history_json TEXT NOT NULL,
    model_blob BLOB NOT NULL
);
CREATE TABLE synthetic_table (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES run(id),
    seed TEXT NOT NULL,
    conditions_json TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    table_blob BLOB NOT NULL
);
)sql";

// kSteps[v] takes a file from version v to v + 1. Steps only add: never drop or rename a
// table or column that an older SynthReg reads.
const std::array<const char *, 3> kSteps = {kStep1, kStep2, kStep3};
static_assert(kSteps.size() == size_t(Project::kSchemaVersion), "one migration step per schema version");

bool setVersion(SqliteConnection &db, int version, QString *error)
{
    SqliteStatement update = db.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?1) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    update.bind(1, QString::number(version));
    if (!update.run()) {
        *error = db.errorString();
        return false;
    }
    return true;
}

} // namespace

bool createSchema(SqliteConnection &db, QString *error)
{
    if (!db.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))) {
        *error = db.errorString();
        return false;
    }
    return setVersion(db, 0, error) && migrate(db, 0, error);
}

bool migrate(SqliteConnection &db, int from, QString *error)
{
    for (int version = from; version < Project::kSchemaVersion; ++version) {
        if (version < 0 || !db.exec(QString::fromUtf8(kSteps[size_t(version)]))) {
            *error = QStringLiteral("upgrading from project format %1 to %2 failed: %3")
                         .arg(version)
                         .arg(version + 1)
                         .arg(db.errorString());
            return false;
        }
        if (!setVersion(db, version + 1, error))
            return false;
    }
    return true;
}

std::optional<int> readVersion(SqliteConnection &db, QString *error)
{
    SqliteStatement select = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!select.isValid() || select.step() != SqliteStatement::StepResult::Row) {
        *error = db.errorCode() != 0 && !db.errorFix().isEmpty()
            ? db.errorText()
            : QStringLiteral("the file is not a SynthReg project (it has no project format version). "
                             "Open a .synthreg file made by SynthReg, or import the file as data instead.");
        return std::nullopt;
    }
    bool ok = false;
    const int version = select.columnText(0).toInt(&ok);
    if (!ok || version < 0) {
        *error = QStringLiteral("the project format version \"%1\" is not a number; the file is damaged. "
                                "Restore it from a backup.")
                     .arg(select.columnText(0));
        return std::nullopt;
    }
    return version;
}

} // namespace synthreg::core::ProjectSchema

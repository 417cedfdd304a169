#pragma once

#include "importresult.h"

#include <QStringList>

namespace synthreg::core {

/** A table or view in a SQLite file, as listed for the user to choose from. */
struct SqliteTableInfo
{
    QString name;
    bool isView = false;
    qint64 rowCount = -1;   ///< -1 when counting failed or was skipped (views)
};

/**
 * Reads from a SQLite database opened strictly read-only (the file is never modified, not
 * even its journal). Declared column types are hints: values decide the storage.
 * A corrupt file, a file that is not SQLite, a locked database or a statement that would
 * write all end in a Diagnostic that says what to do; nothing throws.
 */
class SqliteSource
{
public:
    /** Tables and views, or an error. */
    static QList<SqliteTableInfo> listTables(const QString &path, std::optional<Diagnostic> *error);
    static ImportResult readTable(const QString &path, const QString &table);
    /** Runs one read-only SELECT; any statement that could write is refused before it runs. */
    static ImportResult readQuery(const QString &path, const QString &sql);
};

} // namespace synthreg::core

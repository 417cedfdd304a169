#include "importer.h"

#include "csvreader.h"
#include "readstatreader.h"
#include "sqlitesource.h"

#include <QFile>
#include <QFileInfo>

namespace synthreg::core {

static bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

ImportResult importData(const ImportRequest &request)
{
    const QFileInfo info(request.path);
    if (!info.exists()) {
        return ImportResult::failure(Diagnostic::error(request.path, QStringLiteral("the file does not exist"),
                                                       QStringLiteral("Check the path.")));
    }
    if (info.isDir()) {
        return ImportResult::failure(Diagnostic::error(request.path, QStringLiteral("this is a folder, not a file"),
                                                       QStringLiteral("Choose a CSV, SQLite, SAS, Stata or SPSS file.")));
    }
    const QString suffix = info.suffix().toLower();
    const bool sqliteByName = suffix == QLatin1String("sqlite") || suffix == QLatin1String("sqlite3") || suffix == QLatin1String("db");
    if (!request.table.isEmpty() || !request.query.isEmpty() || sqliteByName || hasSqliteHeader(request.path)) {
        if (!request.query.isEmpty())
            return SqliteSource::readQuery(request.path, request.query);
        if (!request.table.isEmpty())
            return SqliteSource::readTable(request.path, request.table);
        std::optional<Diagnostic> error;
        const QList<SqliteTableInfo> tables = SqliteSource::listTables(request.path, &error);
        if (error)
            return ImportResult::failure(*error);
        if (tables.size() != 1) {
            QStringList names;
            for (const SqliteTableInfo &table : tables)
                names << table.name;
            return ImportResult::failure(Diagnostic::error(request.path,
                QStringLiteral("the database holds %1 tables or views (%2)").arg(tables.size()).arg(names.join(QStringLiteral(", "))),
                QStringLiteral("Choose one with --table NAME, or give a SELECT with --query.")));
        }
        return SqliteSource::readTable(request.path, tables.front().name);
    }
    if (ReadStatReader::handlesSuffix(suffix))
        return ReadStatReader::readFile(request.path);
    return CsvReader(request.csv).readFile(request.path);
}

} // namespace synthreg::core

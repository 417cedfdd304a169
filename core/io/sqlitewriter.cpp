#include "tablewriters.h"

#include "core/data/table.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace synthreg::core {

namespace {

QString declaredType(const Column &column)
{
    switch (column.kind()) {
    case StorageKind::Numeric: return QStringLiteral("REAL");
    case StorageKind::Categorical: return QStringLiteral("TEXT");
    case StorageKind::Timestamp:
        // SqliteSource reads DATE/DATETIME columns of ISO text back as timestamps.
        return column.precision() == TimestampPrecision::Date ? QStringLiteral("DATE") : QStringLiteral("DATETIME");
    }
    return QStringLiteral("TEXT");
}

std::optional<Diagnostic> fillDatabase(SqliteConnection &db, const Table &table, const QString &tableName)
{
    const auto failure = [&db](const QString &what) -> std::optional<Diagnostic> {
        return Diagnostic::error(QString(), QStringLiteral("%1: %2").arg(what, db.errorString()), db.errorFix());
    };

    // The file is private until the rename, so a rollback journal would only cost time;
    // synchronous stays FULL so the data is on disk before the rename makes it visible.
    if (!db.exec(QStringLiteral("PRAGMA journal_mode=MEMORY")))
        return failure(QStringLiteral("the database could not be set up"));
    if (!db.beginTransaction())
        return failure(QStringLiteral("the database could not be set up"));

    QStringList definitions;
    QStringList placeholders;
    for (int c = 0; c < table.columnCount(); ++c) {
        const Column &column = table.column(c);
        definitions << quoteSqlIdentifier(column.name()) + QLatin1Char(' ') + declaredType(column);
        placeholders << QStringLiteral("?%1").arg(c + 1);
    }
    const QString quotedTable = quoteSqlIdentifier(tableName);
    if (!db.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(quotedTable, definitions.join(QStringLiteral(", "))))) {
        Diagnostic error = Diagnostic::error(
            QString(), QStringLiteral("the table could not be created: %1").arg(db.errorString()),
            QStringLiteral("Give every column a distinct, non-empty name (SQLite ignores case in names)."));
        return error;
    }

    SqliteStatement insert = db.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)")
                                            .arg(quotedTable, placeholders.join(QStringLiteral(", "))));
    if (!insert.isValid())
        return failure(QStringLiteral("the rows could not be written"));
    const size_t rowCount = table.rowCount();
    for (size_t row = 0; row < rowCount; ++row) {
        for (int c = 0; c < table.columnCount(); ++c) {
            const Column &column = table.column(c);
            const int index = c + 1;
            bool bound = true;
            if (column.isMissing(row)) {
                bound = insert.bindNull(index);
            } else {
                switch (column.kind()) {
                case StorageKind::Numeric: bound = insert.bind(index, column.numbers()[row]); break;
                case StorageKind::Categorical: bound = insert.bind(index, column.labels().value(column.codes()[row])); break;
                case StorageKind::Timestamp: bound = insert.bind(index, column.displayText(row)); break;
                }
            }
            if (!bound)
                return failure(QStringLiteral("the rows could not be written"));
        }
        if (insert.step() != SqliteStatement::StepResult::Done)
            return failure(QStringLiteral("the rows could not be written"));
        insert.reset();
    }
    insert = SqliteStatement();
    if (!db.commit())
        return failure(QStringLiteral("the rows could not be saved"));
    return std::nullopt;
}

} // namespace

std::optional<Diagnostic> TableWriters::writeSqlite(const Table &table, const QString &path, const QString &tableName)
{
    if (tableName.trimmed().isEmpty())
        return Diagnostic::error(path, QStringLiteral("no table name was given"),
                                 QStringLiteral("Name the table to write into the SQLite file."));
    const QFileInfo target(path);
    if (target.isDir())
        return Diagnostic::error(path, QStringLiteral("the path names a folder"),
                                 QStringLiteral("Choose a file name inside the folder."));
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return Diagnostic::error(path, QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.path())),
                                 QStringLiteral("Choose an existing folder."));

    QString reason;
    const QString tempPath = createTempFileBeside(target.absoluteFilePath(), &reason);
    if (tempPath.isEmpty())
        return Diagnostic::error(path,
                                 QStringLiteral("cannot create a file in the folder %1 (%2)")
                                     .arg(QDir::toNativeSeparators(folder.path()), reason),
                                 QStringLiteral("Choose a folder you can write to."));
    if (target.exists())
        QFile::setPermissions(tempPath, target.permissions());   // as QSaveFile does for CSV

    std::optional<Diagnostic> error;
    {
        SqliteConnection db;
        if (!db.open(tempPath, SqliteConnection::OpenMode::ReadWrite))
            error = Diagnostic::error(path, db.errorString(), db.errorFix());
        else
            error = fillDatabase(db, table, tableName);
    }
    if (!error) {
        if (!replaceFile(tempPath, path, &reason))
            error = Diagnostic::error(path, QStringLiteral("the file could not be put in place (%1)").arg(reason),
                                      QStringLiteral("Check that you may replace the file, then try again."));
    }
    if (error) {
        removeSqliteFiles(tempPath);
        error->file = path;
        return error;
    }
    return std::nullopt;
}

} // namespace synthreg::core

#include "importpreview.h"

#include "core/io/csvreader.h"
#include "core/io/sqliteconnection.h"
#include "core/io/sqlitesource.h"

namespace synthreg::gui {

ImportPreview ImportPreview::readText(const QString &path, core::CsvOptions options)
{
    options.maxRows = kRows;
    const core::CsvReader reader(std::move(options));
    ImportPreview preview;
    preview.result = reader.readFile(path);
    if (preview.result.ok())
        preview.dialect = reader.dialect();
    return preview;
}

ImportPreview ImportPreview::readSqliteTable(const QString &path, const QString &table)
{
    // SqliteSource::readTable has no row limit; the same reader with a LIMIT gives the same values.
    ImportPreview preview;
    preview.result = core::SqliteSource::readQuery(
        path, QStringLiteral("SELECT * FROM %1 LIMIT %2").arg(core::quoteSqlIdentifier(table), QString::number(kRows)));
    return preview;
}

ImportPreview ImportPreview::readSqliteQuery(const QString &path, const QString &sql)
{
    ImportPreview preview;
    QString tail;
    {
        core::SqliteConnection db;
        const bool acceptable = db.open(path, core::SqliteConnection::OpenMode::ReadOnly) && [&] {
            const core::SqliteStatement statement = db.prepare(sql, &tail);
            return statement.isValid() && statement.isReadOnly() && statement.columnCount() > 0;
        }();
        if (!acceptable) {
            // readQuery refuses such a query before running it, in the words the import would use.
            preview.result = core::SqliteSource::readQuery(path, sql);
            return preview;
        }
    }
    QString first = sql.left(sql.size() - tail.size()).trimmed();
    while (first.endsWith(QLatin1Char(';')))
        first = first.chopped(1).trimmed();
    // Line breaks keep a trailing "-- comment" in the query from swallowing the wrapper; the
    // tail goes after the wrapper so that readQuery still refuses a second statement.
    // One arg() call: the query may itself hold "%1" (in a LIKE pattern).
    const QString limited = QStringLiteral("SELECT * FROM (\n%1\n) LIMIT %2;%3").arg(first, QString::number(kRows), tail);
    preview.result = core::SqliteSource::readQuery(path, limited);
    return preview;
}

QString ImportPreview::encodingDisplayName(core::TextEncoding encoding)
{
    switch (encoding) {
    case core::TextEncoding::Auto: return tr("Detect");
    case core::TextEncoding::Utf8: return tr("UTF-8");
    case core::TextEncoding::Latin1: return tr("Latin-1 (ISO 8859-1)");
    case core::TextEncoding::Windows1252: return tr("Windows-1252");
    }
    return {};
}

QString ImportPreview::describeDialect(const core::CsvDialect &dialect)
{
    QString delimiter;
    switch (dialect.delimiter) {
    case ',': delimiter = tr("comma-separated"); break;
    case ';': delimiter = tr("semicolon-separated"); break;
    case '\t': delimiter = tr("tab-separated"); break;
    case '|': delimiter = tr("pipe-separated"); break;
    default: delimiter = tr("separated by '%1'").arg(QLatin1Char(dialect.delimiter)); break;
    }
    QString encoding = encodingDisplayName(dialect.encoding);
    if (dialect.hasBom)
        encoding = tr("%1 with byte order mark").arg(encoding);
    const QStringList parts = {
        delimiter,
        encoding,
        dialect.decimalComma ? tr("decimal comma") : tr("decimal point"),
        dialect.hasHeader ? tr("header row") : tr("no header row (columns are numbered)"),
    };
    return parts.join(QStringLiteral(", "));
}

QString ImportPreview::emptyTokenText()
{
    return tr("(empty)");
}

QString ImportPreview::formatNaTokens(const QStringList &tokens)
{
    QStringList shown;
    for (const QString &token : tokens)
        shown << (token.isEmpty() ? emptyTokenText() : token);
    return shown.join(QStringLiteral(", "));
}

QStringList ImportPreview::parseNaTokens(const QString &text)
{
    QStringList tokens;
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QString trimmed = item.trimmed();
        if (trimmed.isEmpty())
            continue;   // a stray comma while typing, not a token
        const QString token = trimmed.compare(emptyTokenText(), Qt::CaseInsensitive) == 0 ? QString() : trimmed;
        if (!tokens.contains(token))
            tokens << token;
    }
    return tokens;
}

} // namespace synthreg::gui

#include "sqlitesource.h"

#include "sqliteconnection.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <limits>
#include <optional>

namespace synthreg::core {

namespace {

const QString kReadOnlyRefusal = QStringLiteral("only a read-only SELECT can be imported");

Diagnostic connectionError(const SqliteConnection &db, const QString &path)
{
    return Diagnostic::error(path, db.errorString(), db.errorFix());
}

bool isDateDeclared(const QString &declaredType)
{
    const QString type = declaredType.trimmed().toUpper();
    return type.startsWith(QLatin1String("DATE")) || type.startsWith(QLatin1String("TIMESTAMP"));
}

// SQLite's affinity rule: a declared type containing CHAR, CLOB or TEXT has TEXT affinity.
bool isTextDeclared(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    return type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT"));
}

struct ParsedTimestamp
{
    qint64 seconds = 0;
    bool hasTime = false;
    bool droppedFraction = false;
};

bool readDigits(QStringView text, qsizetype &pos, int count, int *value)
{
    if (pos + count > text.size())
        return false;
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        result = result * 10 + (c.unicode() - '0');
    }
    pos += count;
    *value = result;
    return true;
}

bool expect(QStringView text, qsizetype &pos, char c)
{
    if (pos < text.size() && text[pos] == QLatin1Char(c)) {
        ++pos;
        return true;
    }
    return false;
}

// ISO 8601 as SQLite and most tools write it: YYYY-MM-DD, optionally followed by 'T' or ' ',
// HH:MM[:SS[.fff]] and Z or ±HH[:]MM. Times without an offset are taken as UTC.
std::optional<ParsedTimestamp> parseIsoTimestamp(QStringView text)
{
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, pos, 4, &year) || !expect(text, pos, '-') || !readDigits(text, pos, 2, &month)
        || !expect(text, pos, '-') || !readDigits(text, pos, 2, &day))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    ParsedTimestamp parsed;
    parsed.seconds = QDate(1970, 1, 1).daysTo(date) * 86400;
    if (pos == text.size())
        return parsed;

    if (!expect(text, pos, 'T') && !expect(text, pos, ' '))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 2, &hour) || !expect(text, pos, ':') || !readDigits(text, pos, 2, &minute))
        return std::nullopt;
    if (expect(text, pos, ':')) {
        if (!readDigits(text, pos, 2, &second))
            return std::nullopt;
        if (expect(text, pos, '.')) {
            const qsizetype start = pos;
            while (pos < text.size() && text[pos].isDigit()) {
                if (text[pos] != QLatin1Char('0'))
                    parsed.droppedFraction = true;
                ++pos;
            }
            if (pos == start)
                return std::nullopt;
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    parsed.hasTime = true;
    parsed.seconds += hour * 3600 + minute * 60 + second;

    if (expect(text, pos, 'Z'))
        return pos == text.size() ? std::optional(parsed) : std::nullopt;
    if (pos < text.size() && (text[pos] == QLatin1Char('+') || text[pos] == QLatin1Char('-'))) {
        const int sign = text[pos] == QLatin1Char('+') ? 1 : -1;
        ++pos;
        int offsetHours = 0, offsetMinutes = 0;
        if (!readDigits(text, pos, 2, &offsetHours))
            return std::nullopt;
        expect(text, pos, ':');
        if (!readDigits(text, pos, 2, &offsetMinutes) || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        parsed.seconds -= sign * (offsetHours * 3600 + offsetMinutes * 60);
    }
    return pos == text.size() ? std::optional(parsed) : std::nullopt;
}

// Collects one result column value by value and decides its storage at the end: numbers
// until the first text value, then labels (earlier numbers converted in order, so labels
// stay in first-seen order), and timestamps alongside while a date-typed column parses.
class ColumnAccumulator
{
public:
    ColumnAccumulator(QString name, const QString &declaredType)
        : m_name(std::move(name))
        , m_isTimestampCandidate(isDateDeclared(declaredType))
        , m_isTextDeclared(isTextDeclared(declaredType))
    {
    }

    void addNull()
    {
        if (m_sawText)
            m_codes.push_back(Column::kMissingCode);
        else
            m_numbers.push_back(std::numeric_limits<double>::quiet_NaN());
        if (m_isTimestampCandidate) {
            m_seconds.push_back(0);
            m_missing.push_back(1);
        }
        ++m_rows;
    }

    void addNumber(double value)
    {
        m_sawNumber = true;
        dropTimestamps();
        if (m_sawText)
            m_codes.push_back(intern(formatNumber(value)));
        else
            m_numbers.push_back(value);
        ++m_rows;
    }

    void addText(const QString &text)
    {
        if (!m_sawText)
            switchToLabels();
        m_codes.push_back(intern(text));
        if (m_isTimestampCandidate) {
            if (const std::optional<ParsedTimestamp> parsed = parseIsoTimestamp(text)) {
                m_seconds.push_back(parsed->seconds);
                m_missing.push_back(0);
                m_hasTime = m_hasTime || parsed->hasTime;
                m_droppedFraction = m_droppedFraction || parsed->droppedFraction;
            } else {
                dropTimestamps();
            }
        }
        ++m_rows;
    }

    void noteBlob() { m_sawBlob = true; }

    Column take(Diagnostics *warnings, const QString &path)
    {
        if (m_isTimestampCandidate) {
            if (m_droppedFraction)
                warnings->append(columnWarning(path, QStringLiteral("fractions of a second were dropped"),
                                               QStringLiteral("Timestamps are kept to the second.")));
            return Column::timestamp(m_name, std::move(m_seconds), std::move(m_missing),
                                     m_hasTime ? TimestampPrecision::DateTime : TimestampPrecision::Date);
        }
        if (m_sawBlob)
            warnings->append(columnWarning(path, QStringLiteral("binary (BLOB) values were read as text"),
                                           QStringLiteral("Exclude the column in the schema if it is not text.")));
        // A column with no values at all keeps the kind its declared type promises.
        if (m_sawText || (!m_sawNumber && m_isTextDeclared)) {
            if (!m_sawText)
                switchToLabels();
            return Column::categorical(m_name, std::move(m_codes), std::move(m_labels));
        }
        return Column::numeric(m_name, std::move(m_numbers));
    }

private:
    Diagnostic columnWarning(const QString &path, QString message, QString fix) const
    {
        Diagnostic warning = Diagnostic::warning(path, std::move(message), std::move(fix));
        warning.columnName = m_name;
        return warning;
    }

    int32_t intern(const QString &label)
    {
        auto it = m_index.constFind(label);
        if (it != m_index.constEnd())
            return it.value();
        const auto code = int32_t(m_labels.size());
        m_index.insert(label, code);
        m_labels.append(label);
        return code;
    }

    void switchToLabels()
    {
        m_sawText = true;
        m_codes.reserve(m_rows + 1);
        for (double value : m_numbers)
            m_codes.push_back(std::isnan(value) ? Column::kMissingCode : intern(formatNumber(value)));
        m_numbers = {};
    }

    void dropTimestamps()
    {
        m_isTimestampCandidate = false;
        m_seconds = {};
        m_missing = {};
    }

    QString m_name;
    bool m_isTimestampCandidate = false;
    bool m_isTextDeclared = false;
    bool m_sawNumber = false;
    bool m_sawText = false;
    bool m_sawBlob = false;
    bool m_hasTime = false;
    bool m_droppedFraction = false;
    size_t m_rows = 0;
    std::vector<double> m_numbers;
    std::vector<int32_t> m_codes;
    QStringList m_labels;
    QHash<QString, int32_t> m_index;
    std::vector<int64_t> m_seconds;
    std::vector<uint8_t> m_missing;
};

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

ImportResult readStatement(SqliteConnection &db, SqliteStatement &statement, const QString &path,
                           const QString &tableOrQuery)
{
    ImportResult result;
    std::vector<ColumnAccumulator> columns;
    const int columnCount = statement.columnCount();
    columns.reserve(size_t(columnCount));
    QSet<QString> seenNames;
    for (int i = 0; i < columnCount; ++i) {
        QString name = statement.columnName(i);
        // Table columns need distinct names; "SELECT a, a" is legal SQL.
        if (seenNames.contains(name)) {
            const QString original = name;
            for (int n = 2; seenNames.contains(name); ++n)
                name = QStringLiteral("%1_%2").arg(original).arg(n);
            Diagnostic warning = Diagnostic::warning(
                path, QStringLiteral("the name \"%1\" appears twice in the result and was renamed to \"%2\"")
                          .arg(original, name),
                QStringLiteral("Give the columns distinct names with AS in the query."));
            warning.column = i + 1;
            result.warnings.append(warning);
        }
        seenNames.insert(name);
        columns.emplace_back(name, statement.columnDeclaredType(i));
    }

    SqliteStatement::StepResult step;
    while ((step = statement.step()) == SqliteStatement::StepResult::Row) {
        for (int i = 0; i < columnCount; ++i) {
            ColumnAccumulator &column = columns[size_t(i)];
            switch (statement.columnType(i)) {
            case SqliteStatement::ValueType::Null: column.addNull(); break;
            case SqliteStatement::ValueType::Integer:
            case SqliteStatement::ValueType::Real: column.addNumber(statement.columnDouble(i)); break;
            case SqliteStatement::ValueType::Blob:
                column.noteBlob();
                column.addText(statement.columnText(i));
                break;
            case SqliteStatement::ValueType::Text: column.addText(statement.columnText(i)); break;
            }
        }
    }
    if (step == SqliteStatement::StepResult::Error)
        return ImportResult::failure(connectionError(db, path));

    for (ColumnAccumulator &column : columns)
        result.table.addColumn(column.take(&result.warnings, path));
    result.table.setProvenance({path, QStringLiteral("sqlite"), tableOrQuery, sha256OfFile(path)});
    return result;
}

} // namespace

QList<SqliteTableInfo> SqliteSource::listTables(const QString &path, std::optional<Diagnostic> *error)
{
    if (error)
        error->reset();
    SqliteConnection db;
    if (!db.open(path, SqliteConnection::OpenMode::ReadOnly)) {
        if (error)
            *error = connectionError(db, path);
        return {};
    }
    SqliteStatement list = db.prepare(QStringLiteral(
        "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "ORDER BY type = 'view', name COLLATE NOCASE"));
    QList<SqliteTableInfo> tables;
    SqliteStatement::StepResult step;
    while ((step = list.step()) == SqliteStatement::StepResult::Row)
        tables.append({list.columnText(0), list.columnText(1) == QLatin1String("view"), -1});
    if (step == SqliteStatement::StepResult::Error) {
        if (error)
            *error = connectionError(db, path);
        return {};
    }

    for (SqliteTableInfo &info : tables) {
        if (info.isView)
            continue;   // counting a view runs its query, which may take long
        SqliteStatement count = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(quoteSqlIdentifier(info.name)));
        if (count.step() == SqliteStatement::StepResult::Row) {
            info.rowCount = count.columnInt64(0);
        } else if (db.errorCode() == SQLITE_CORRUPT || db.errorCode() == SQLITE_NOTADB) {
            // A damaged table is the user's problem now, not at import time.
            if (error)
                *error = connectionError(db, path);
            return {};
        }
        // Otherwise (e.g. a virtual table whose module is not loaded) the count stays -1.
    }
    return tables;
}

ImportResult SqliteSource::readTable(const QString &path, const QString &table)
{
    SqliteConnection db;
    if (!db.open(path, SqliteConnection::OpenMode::ReadOnly))
        return ImportResult::failure(connectionError(db, path));

    // Identifiers are case-insensitive in SQLite; keep the spelling the file uses.
    SqliteStatement find = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name = ?1 COLLATE NOCASE"));
    find.bind(1, table);
    const SqliteStatement::StepResult found = find.step();
    if (found == SqliteStatement::StepResult::Error)
        return ImportResult::failure(connectionError(db, path));
    if (found == SqliteStatement::StepResult::Done) {
        std::optional<Diagnostic> listError;
        QStringList names;
        for (const SqliteTableInfo &info : listTables(path, &listError))
            names << info.name;
        const QString fix = names.isEmpty()
            ? QStringLiteral("The file holds no tables or views; choose another file.")
            : QStringLiteral("Choose one of: %1.").arg(names.join(QStringLiteral(", ")));
        return ImportResult::failure(
            Diagnostic::error(path, QStringLiteral("the database has no table or view named \"%1\"").arg(table), fix));
    }
    const QString name = find.columnText(0);
    find = SqliteStatement();

    SqliteStatement select = db.prepare(QStringLiteral("SELECT * FROM %1").arg(quoteSqlIdentifier(name)));
    if (!select.isValid())
        return ImportResult::failure(connectionError(db, path));
    return readStatement(db, select, path, name);
}

ImportResult SqliteSource::readQuery(const QString &path, const QString &sql)
{
    const QString nothingChanged = QStringLiteral(
        "Nothing was run, and the file is opened read-only, so it was not changed.");
    if (sql.trimmed().isEmpty())
        return ImportResult::failure(Diagnostic::error(path, QStringLiteral("the query is empty"),
                                                       QStringLiteral("Write a SELECT statement.")));
    SqliteConnection db;
    if (!db.open(path, SqliteConnection::OpenMode::ReadOnly))
        return ImportResult::failure(connectionError(db, path));

    QString tail;
    SqliteStatement statement = db.prepare(sql, &tail);
    if (!statement.isValid()) {
        if (db.errorCode() == 0)
            return ImportResult::failure(Diagnostic::error(path, QStringLiteral("the query holds only comments"),
                                                           QStringLiteral("Write a SELECT statement.")));
        if (!db.errorFix().isEmpty())
            return ImportResult::failure(connectionError(db, path));
        return ImportResult::failure(Diagnostic::error(
            path, QStringLiteral("the query is not valid SQL (%1)").arg(db.errorString()),
            QStringLiteral("Correct the SELECT statement; use the table and column names listed for the file.")));
    }

    if (!statement.isReadOnly() || statement.columnCount() == 0)
        return ImportResult::failure(Diagnostic::error(
            path, kReadOnlyRefusal + QStringLiteral("; this statement could change the database"),
            nothingChanged + QStringLiteral(" Write a single SELECT (or WITH … SELECT) statement.")));

    // Whatever follows the first statement must be whitespace or comments: a second
    // statement is refused even when it is harmless, so what runs is exactly what was shown.
    QString rest = tail.trimmed();
    while (!rest.isEmpty()) {
        QString next;
        SqliteStatement following = db.prepare(rest, &next);
        if (following.isValid() || db.errorCode() != 0)
            return ImportResult::failure(Diagnostic::error(
                path, kReadOnlyRefusal + QStringLiteral("; the query holds more than one statement"),
                nothingChanged + QStringLiteral(" Remove everything after the first statement's semicolon.")));
        rest = next.trimmed();
    }

    return readStatement(db, statement, path, sql.trimmed());
}

} // namespace synthreg::core

#include "core/io/sqliteconnection.h"
#include "core/io/sqlitesource.h"
#include "core/io/tablewriters.h"
#include "support/qtprinters.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>


using namespace synthreg::core;
using synthreg::test::readFile;
using synthreg::test::writeFile;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
}

qint64 utcSeconds(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc()).toSecsSinceEpoch();
}

// Builds a database with plain SQL, the way another program would have written it.
QString makeDatabase(const QTemporaryDir &dir, const QString &name, const QString &sql)
{
    const QString path = dir.filePath(name);
    SqliteConnection db;
    if (!db.open(path, SqliteConnection::OpenMode::ReadWriteCreate) || !db.exec(sql)) {
        ADD_FAILURE() << "cannot build " << name.toStdString() << ": " << db.errorText().toStdString();
        return {};
    }
    return path;
}

QString visitsSql()
{
    return QStringLiteral(
        "CREATE TABLE visits (id INTEGER, weight REAL, sex TEXT, visit_date DATE, seen_at DATETIME);"
        "INSERT INTO visits VALUES (1, 71.5, 'F', '2021-03-04', '2021-03-04 08:30:00');"
        "INSERT INTO visits VALUES (2, NULL, 'M', NULL, '2021-03-05T09:00:00Z');"
        "INSERT INTO visits VALUES (3, 80, NULL, '1999-12-31', NULL);"
        "INSERT INTO visits VALUES (4, 65.25, 'F', '2000-02-29', '2000-02-29T23:59:59+01:00');");
}

std::string errorText(const ImportResult &result)
{
    return result.error ? result.error->toString().toStdString() : std::string("(no error)");
}

void expectSameDisplay(const Table &expected, const Table &actual)
{
    ASSERT_EQ(expected.columnCount(), actual.columnCount());
    ASSERT_EQ(expected.rowCount(), actual.rowCount());
    for (int c = 0; c < expected.columnCount(); ++c) {
        const Column &want = expected.column(c);
        const Column &got = actual.column(c);
        EXPECT_EQ(want.name(), got.name());
        EXPECT_EQ(want.kind(), got.kind()) << "column " << want.name().toStdString();
        for (size_t row = 0; row < expected.rowCount(); ++row) {
            EXPECT_EQ(want.isMissing(row), got.isMissing(row)) << want.name().toStdString() << " row " << row;
            EXPECT_EQ(want.displayText(row), got.displayText(row)) << want.name().toStdString() << " row " << row;
        }
    }
}

} // namespace

TEST(SqliteSource, WrittenTableReadsBackWithTypesLabelsAndDates)
{
    QTemporaryDir dir;
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("bili"), {1.5, kNaN, -3.0, 1e300, 0.1}));
    // Labels in first-seen order, one looking like a number and one needing quoting in SQL.
    table.addColumn(Column::categorical(QStringLiteral("stage"), {0, 1, -1, 2, 0},
                                        {QStringLiteral("IV"), QStringLiteral("2"), QStringLiteral("it's \"early\"")}));
    table.addColumn(Column::timestamp(QStringLiteral("diagnosed"),
                                      {utcSeconds(2020, 1, 31), 0, utcSeconds(1969, 7, 20), utcSeconds(2000, 2, 29),
                                       utcSeconds(2024, 12, 31)},
                                      {0, 1, 0, 0, 0}, TimestampPrecision::Date));
    table.addColumn(Column::timestamp(QStringLiteral("admitted at"),
                                      {utcSeconds(2020, 1, 31, 13, 45, 7), utcSeconds(2021, 6, 1), 0,
                                       utcSeconds(1970, 1, 1, 0, 0, 1), utcSeconds(2024, 2, 29, 23, 59, 59)},
                                      {0, 0, 1, 0, 0}, TimestampPrecision::DateTime));
    const QString path = dir.filePath(QStringLiteral("synthetic.sqlite"));

    const std::optional<Diagnostic> writeError = TableWriters::writeSqlite(table, path, QStringLiteral("release"));
    ASSERT_FALSE(writeError) << writeError->toString().toStdString();
    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("release"));
    ASSERT_TRUE(result.ok()) << errorText(result);

    const Table &read = result.table;
    expectSameDisplay(table, read);
    EXPECT_TRUE(std::isnan(read.column(0).numbers()[1]));
    EXPECT_EQ(read.column(0).numbers()[3], 1e300);
    EXPECT_EQ(read.column(1).labels(), table.column(1).labels());
    EXPECT_EQ(read.column(1).codes(), table.column(1).codes());
    EXPECT_EQ(read.column(2).precision(), TimestampPrecision::Date);
    EXPECT_EQ(read.column(2).seconds()[2], utcSeconds(1969, 7, 20));
    EXPECT_EQ(read.column(3).precision(), TimestampPrecision::DateTime);
    EXPECT_EQ(read.column(3).seconds()[0], utcSeconds(2020, 1, 31, 13, 45, 7));
    EXPECT_EQ(read.provenance().format, QStringLiteral("sqlite"));
    EXPECT_EQ(read.provenance().sourcePath, path);
    EXPECT_EQ(read.provenance().tableOrQuery, QStringLiteral("release"));
    EXPECT_EQ(read.provenance().sha256, sha256Of(path));
}

TEST(SqliteSource, EmptyTableKeepsDeclaredKinds)
{
    QTemporaryDir dir;
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("x"), {}));
    table.addColumn(Column::categorical(QStringLiteral("group"), {}, {}));
    table.addColumn(Column::timestamp(QStringLiteral("day"), {}, {}, TimestampPrecision::Date));
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    ASSERT_FALSE(TableWriters::writeSqlite(table, path, QStringLiteral("t")));

    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("t"));
    ASSERT_TRUE(result.ok()) << errorText(result);
    ASSERT_EQ(result.table.columnCount(), 3);
    EXPECT_EQ(result.table.rowCount(), 0u);
    EXPECT_EQ(result.table.column(0).kind(), StorageKind::Numeric);
    EXPECT_EQ(result.table.column(1).kind(), StorageKind::Categorical);
    EXPECT_EQ(result.table.column(2).kind(), StorageKind::Timestamp);
}

TEST(SqliteSource, ListsTablesAndViewsWithRowCounts)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(
        dir, QStringLiteral("registry.db"),
        visitsSql()
            + QStringLiteral("CREATE TABLE \"Patients\" (pid INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);"
                             "INSERT INTO \"Patients\"(name) VALUES ('a'), ('b');"
                             "CREATE TABLE empty (x);"
                             "CREATE VIEW heavy AS SELECT * FROM visits WHERE weight > 70;"));

    std::optional<Diagnostic> error;
    const QList<SqliteTableInfo> tables = SqliteSource::listTables(path, &error);
    ASSERT_FALSE(error) << error->toString().toStdString();
    ASSERT_EQ(tables.size(), 4);   // sqlite_sequence (from AUTOINCREMENT) is not listed
    EXPECT_EQ(tables[0].name, QStringLiteral("empty"));
    EXPECT_EQ(tables[0].rowCount, 0);
    EXPECT_EQ(tables[1].name, QStringLiteral("Patients"));
    EXPECT_EQ(tables[1].rowCount, 2);
    EXPECT_FALSE(tables[1].isView);
    EXPECT_EQ(tables[2].name, QStringLiteral("visits"));
    EXPECT_EQ(tables[2].rowCount, 4);
    EXPECT_EQ(tables[3].name, QStringLiteral("heavy"));
    EXPECT_TRUE(tables[3].isView);
    EXPECT_EQ(tables[3].rowCount, -1);

    const ImportResult view = SqliteSource::readTable(path, QStringLiteral("heavy"));
    ASSERT_TRUE(view.ok()) << errorText(view);
    EXPECT_EQ(view.table.rowCount(), 2u);
}

TEST(SqliteSource, ValuesDecideTheColumnKind)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("kinds.sqlite"), visitsSql());
    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("VISITS"));   // names ignore case
    ASSERT_TRUE(result.ok()) << errorText(result);
    const Table &table = result.table;
    ASSERT_EQ(table.columnCount(), 5);
    EXPECT_EQ(table.provenance().tableOrQuery, QStringLiteral("visits"));

    EXPECT_EQ(table.column(0).kind(), StorageKind::Numeric);
    EXPECT_EQ(table.column(1).kind(), StorageKind::Numeric);
    EXPECT_TRUE(table.column(1).isMissing(1));
    EXPECT_EQ(table.column(1).numbers()[2], 80.0);

    const Column &sex = table.column(2);
    ASSERT_EQ(sex.kind(), StorageKind::Categorical);
    EXPECT_EQ(sex.labels(), (QStringList{QStringLiteral("F"), QStringLiteral("M")}));
    EXPECT_EQ(sex.codes(), (std::vector<int32_t>{0, 1, -1, 0}));

    const Column &visitDate = table.column(3);
    ASSERT_EQ(visitDate.kind(), StorageKind::Timestamp);
    EXPECT_EQ(visitDate.precision(), TimestampPrecision::Date);
    EXPECT_EQ(visitDate.seconds()[0], utcSeconds(2021, 3, 4));
    EXPECT_TRUE(visitDate.isMissing(1));
    EXPECT_EQ(visitDate.displayText(3), QStringLiteral("2000-02-29"));

    const Column &seenAt = table.column(4);
    ASSERT_EQ(seenAt.kind(), StorageKind::Timestamp);
    EXPECT_EQ(seenAt.precision(), TimestampPrecision::DateTime);
    EXPECT_EQ(seenAt.seconds()[0], utcSeconds(2021, 3, 4, 8, 30));
    EXPECT_EQ(seenAt.seconds()[1], utcSeconds(2021, 3, 5, 9, 0));
    EXPECT_TRUE(seenAt.isMissing(2));
    EXPECT_EQ(seenAt.seconds()[3], utcSeconds(2000, 2, 29, 22, 59, 59));   // +01:00 converted to UTC
}

TEST(SqliteSource, MixedAndUntypedValuesBecomeCategories)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(
        dir, QStringLiteral("mixed.sqlite"),
        QStringLiteral("CREATE TABLE t (code, day DATE, day_text TEXT, stamp TIMESTAMP, blank TEXT, untyped);"
                       "INSERT INTO t VALUES (1, '2021-01-01', '2021-01-01', '2021-01-01 10:00:00.250', NULL, NULL);"
                       "INSERT INTO t VALUES ('x', 'unknown', '2021-01-02', '2021-01-01 10:00:01', NULL, NULL);"
                       "INSERT INTO t VALUES (2.5, NULL, NULL, NULL, NULL, NULL);"
                       "INSERT INTO t VALUES (1, '2021-02-30', '2021-01-03', NULL, NULL, NULL);"));
    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("t"));
    ASSERT_TRUE(result.ok()) << errorText(result);
    const Table &table = result.table;

    const Column &code = table.column(0);
    ASSERT_EQ(code.kind(), StorageKind::Categorical);
    EXPECT_EQ(code.labels(), (QStringList{QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("2.5")}));
    EXPECT_EQ(code.codes(), (std::vector<int32_t>{0, 1, 2, 0}));

    // "unknown" and the impossible 30 February keep a DATE column from guessing.
    EXPECT_EQ(table.column(1).kind(), StorageKind::Categorical);
    EXPECT_EQ(table.column(1).labels().size(), 3);
    // ISO text in a TEXT column stays text: only declared date types are read as dates.
    EXPECT_EQ(table.column(2).kind(), StorageKind::Categorical);

    const Column &stamp = table.column(3);
    ASSERT_EQ(stamp.kind(), StorageKind::Timestamp);
    EXPECT_EQ(stamp.seconds()[0], utcSeconds(2021, 1, 1, 10));
    ASSERT_EQ(result.warnings.size(), 1);
    EXPECT_EQ(result.warnings[0].columnName, QStringLiteral("stamp"));
    EXPECT_TRUE(result.warnings[0].message.contains(QStringLiteral("fractions of a second")));

    EXPECT_EQ(table.column(4).kind(), StorageKind::Categorical);
    EXPECT_EQ(table.column(4).missingCount(), 4u);
    EXPECT_EQ(table.column(5).kind(), StorageKind::Numeric);
    EXPECT_EQ(table.column(5).missingCount(), 4u);
}

TEST(SqliteSource, QuotesTableAndColumnNames)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("odd.sqlite"),
                                      QStringLiteral("CREATE TABLE \"my \"\"odd\"\" table\" (\"a b\" INTEGER, [select] TEXT);"
                                                     "INSERT INTO \"my \"\"odd\"\" table\" VALUES (1, 'x');"));
    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("my \"odd\" table"));
    ASSERT_TRUE(result.ok()) << errorText(result);
    EXPECT_EQ(result.table.columnNames(), (QStringList{QStringLiteral("a b"), QStringLiteral("select")}));
    EXPECT_EQ(result.table.rowCount(), 1u);
}

TEST(SqliteSource, UnknownTableNamesTheChoices)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("registry.sqlite"), visitsSql());
    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("patients"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->file, path);
    EXPECT_TRUE(result.error->message.contains(QStringLiteral("no table or view named \"patients\"")));
    EXPECT_TRUE(result.error->fix.contains(QStringLiteral("visits")));
    EXPECT_EQ(result.table.columnCount(), 0);
}

TEST(SqliteSource, ReadsASelectWithWhere)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("registry.sqlite"), visitsSql());
    const QString sql = QStringLiteral("  SELECT id, sex AS gender, weight * 2 AS doubled FROM visits WHERE sex = 'F' ORDER BY id; -- women\n");
    const ImportResult result = SqliteSource::readQuery(path, sql);
    ASSERT_TRUE(result.ok()) << errorText(result);
    const Table &table = result.table;
    EXPECT_EQ(table.columnNames(), (QStringList{QStringLiteral("id"), QStringLiteral("gender"), QStringLiteral("doubled")}));
    ASSERT_EQ(table.rowCount(), 2u);
    EXPECT_EQ(table.column(0).numbers(), (std::vector<double>{1, 4}));
    EXPECT_EQ(table.column(1).labels(), QStringList{QStringLiteral("F")});
    EXPECT_EQ(table.column(2).numbers(), (std::vector<double>{143, 130.5}));
    EXPECT_EQ(table.provenance().tableOrQuery, sql.trimmed());
    EXPECT_EQ(table.provenance().format, QStringLiteral("sqlite"));

    const ImportResult cte = SqliteSource::readQuery(
        path, QStringLiteral("WITH w AS (SELECT weight FROM visits) SELECT count(*) AS n, max(weight) AS top FROM w"));
    ASSERT_TRUE(cte.ok()) << errorText(cte);
    EXPECT_EQ(cte.table.column(0).numbers(), std::vector<double>{4});
}

TEST(SqliteSource, DuplicateResultNamesAreRenamed)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("registry.sqlite"), visitsSql());
    const ImportResult result = SqliteSource::readQuery(path, QStringLiteral("SELECT id, id FROM visits"));
    ASSERT_TRUE(result.ok()) << errorText(result);
    EXPECT_EQ(result.table.columnNames(), (QStringList{QStringLiteral("id"), QStringLiteral("id_2")}));
    EXPECT_EQ(result.warnings.size(), 1);
}

TEST(SqliteSource, RefusesStatementsThatCouldWriteBeforeRunningThem)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("registry.sqlite"), visitsSql());
    const QString before = sha256Of(path);

    const QStringList statements = {
        QStringLiteral("DELETE FROM visits"),
        QStringLiteral("INSERT INTO visits(id) VALUES (99)"),
        QStringLiteral("SELECT 1; DROP TABLE visits"),
        QStringLiteral("SELECT * FROM visits;\nDELETE FROM visits;"),
        QStringLiteral("UPDATE visits SET weight = 0"),
        QStringLiteral("DROP TABLE visits"),
        QStringLiteral("CREATE TABLE x (a)"),
        QStringLiteral("PRAGMA user_version = 7"),
        QStringLiteral("BEGIN"),
        QStringLiteral("ATTACH DATABASE 'other.db' AS other"),
        QStringLiteral("SELECT 1; SELECT 2"),
    };
    for (const QString &sql : statements) {
        SCOPED_TRACE(sql.toStdString());
        const ImportResult result = SqliteSource::readQuery(path, sql);
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error->message.startsWith(QStringLiteral("only a read-only SELECT can be imported")))
            << errorText(result);
        EXPECT_TRUE(result.error->fix.contains(QStringLiteral("not changed")));
        EXPECT_EQ(result.table.columnCount(), 0);
    }

    EXPECT_EQ(sha256Of(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("other.db"))));
    const ImportResult still = SqliteSource::readTable(path, QStringLiteral("visits"));
    ASSERT_TRUE(still.ok());
    EXPECT_EQ(still.table.rowCount(), 4u);
}

TEST(SqliteSource, InvalidOrEmptyQueryIsAClearError)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("registry.sqlite"), visitsSql());
    const ImportResult typo = SqliteSource::readQuery(path, QStringLiteral("SELEC * FROM visits"));
    ASSERT_FALSE(typo.ok());
    EXPECT_TRUE(typo.error->message.contains(QStringLiteral("not valid SQL"))) << errorText(typo);

    const ImportResult missing = SqliteSource::readQuery(path, QStringLiteral("SELECT * FROM nowhere"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error->message.contains(QStringLiteral("no such table: nowhere"))) << errorText(missing);

    EXPECT_FALSE(SqliteSource::readQuery(path, QStringLiteral("   ")).ok());
    EXPECT_FALSE(SqliteSource::readQuery(path, QStringLiteral("-- nothing")).ok());
}

TEST(SqliteSource, MissingFileIsAClearError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("t"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->file, path);
    EXPECT_TRUE(result.error->message.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFile::exists(path));   // read-only open never creates the file

    std::optional<Diagnostic> error;
    EXPECT_TRUE(SqliteSource::listTables(path, &error).isEmpty());
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->message.contains(QStringLiteral("does not exist")));
}

TEST(SqliteSource, TextFileNamedSqliteIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("export.sqlite"), "id,sex\n1,F\n2,M\n");
    const QByteArray before = readFile(path);

    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("t"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error->message.contains(QStringLiteral("not a SQLite database"))) << errorText(result);
    EXPECT_FALSE(result.error->fix.isEmpty());
    EXPECT_EQ(result.error->toString(),
              QStringLiteral("export.sqlite: the file is not a SQLite database. ") + result.error->fix);

    std::optional<Diagnostic> error;
    SqliteSource::listTables(path, &error);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->message.contains(QStringLiteral("not a SQLite database")));
    EXPECT_EQ(readFile(path), before);
}

TEST(SqliteSource, CorruptDatabaseIsAClearError)
{
    QTemporaryDir dir;
    QString sql = QStringLiteral("PRAGMA page_size = 1024; CREATE TABLE t (id INTEGER, note TEXT);");
    for (int i = 0; i < 200; ++i)
        sql += QStringLiteral("INSERT INTO t VALUES (%1, '%2');").arg(i).arg(QString(40, QLatin1Char('a' + i % 26)));
    const QString good = makeDatabase(dir, QStringLiteral("good.sqlite"), sql);
    const QByteArray bytes = readFile(good);
    ASSERT_GT(bytes.size(), 4 * 1024);

    // Page 1 (header and schema) intact, every other page overwritten with seeded noise.
    QRandomGenerator noise(20240501);
    QByteArray damaged = bytes.left(1024);
    while (damaged.size() < bytes.size())
        damaged.append(char(noise.bounded(256)));
    const QString path = writeFile(dir, QStringLiteral("damaged.sqlite"), damaged);

    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("t"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error->message.contains(QStringLiteral("damaged"))) << errorText(result);
    EXPECT_TRUE(result.error->fix.contains(QStringLiteral("backup")));
    std::optional<Diagnostic> error;
    SqliteSource::listTables(path, &error);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->message.contains(QStringLiteral("damaged")));

    // Only the 100-byte header intact: the schema page itself is noise.
    QByteArray headerOnly = bytes.left(100);
    while (headerOnly.size() < bytes.size())
        headerOnly.append(char(noise.bounded(256)));
    const QString path2 = writeFile(dir, QStringLiteral("header-only.sqlite"), headerOnly);
    const ImportResult result2 = SqliteSource::readTable(path2, QStringLiteral("t"));
    ASSERT_FALSE(result2.ok());
    EXPECT_TRUE(result2.error->message.contains(QStringLiteral("damaged"))
                || result2.error->message.contains(QStringLiteral("not a SQLite database")))
        << errorText(result2);
    EXPECT_EQ(readFile(path2), headerOnly);
}

TEST(SqliteSource, LockedDatabaseIsAClearError)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("registry.sqlite"), visitsSql());

    // Another program writing: an exclusive lock blocks every reader in rollback-journal mode.
    SqliteConnection writer;
    ASSERT_TRUE(writer.open(path, SqliteConnection::OpenMode::ReadWrite));
    ASSERT_TRUE(writer.exec(QStringLiteral("BEGIN EXCLUSIVE; DELETE FROM visits WHERE id = 1;")));

    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("visits"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error->message.contains(QStringLiteral("locked"))) << errorText(result);
    EXPECT_TRUE(result.error->fix.contains(QStringLiteral("try again")));

    ASSERT_TRUE(writer.rollback());
    writer.close();
    const ImportResult after = SqliteSource::readTable(path, QStringLiteral("visits"));
    ASSERT_TRUE(after.ok()) << errorText(after);
    EXPECT_EQ(after.table.rowCount(), 4u);
}

TEST(SqliteSource, ReadsAWalDatabaseWithoutChangingIt)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("wal.sqlite"), QStringLiteral("PRAGMA journal_mode=WAL;") + visitsSql());
    const QString before = sha256Of(path);
    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("visits"));
    ASSERT_TRUE(result.ok()) << errorText(result);
    EXPECT_EQ(result.table.rowCount(), 4u);
    EXPECT_EQ(sha256Of(path), before);
}

TEST(SqliteConnection, QuotesIdentifiers)
{
    EXPECT_EQ(quoteSqlIdentifier(QStringLiteral("plain")), QStringLiteral("\"plain\""));
    EXPECT_EQ(quoteSqlIdentifier(QStringLiteral("a \"b\"")), QStringLiteral("\"a \"\"b\"\"\""));
}

TEST(SqliteConnection, OpensPathsWithUriCharacters)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("odd ?name#1%20.sqlite"), visitsSql());
    ASSERT_FALSE(path.isEmpty());
    EXPECT_TRUE(QFile::exists(path));
    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("visits"));
    ASSERT_TRUE(result.ok()) << errorText(result);
    EXPECT_EQ(result.table.rowCount(), 4u);
}

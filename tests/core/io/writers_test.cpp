#include "core/data/table.h"
#include "core/io/sqliteconnection.h"
#include "core/io/sqlitesource.h"
#include "core/io/tablewriters.h"
#include "support/qtprinters.h"
#include "support/testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <limits>


using namespace synthreg::core;
using synthreg::test::readFile;
using synthreg::test::writeFile;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qint64 utcSeconds(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc()).toSecsSinceEpoch();
}

Table awkwardTable()
{
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("id"), {1, 2.5, kNaN, -0.001, 1e21, 7}));
    table.addColumn(Column::categorical(QStringLiteral("note, \"free\""), {0, 1, 2, 3, 4, -1},
                                        {QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                         QStringLiteral("two\nlines"), QString()}));
    table.addColumn(Column::timestamp(QStringLiteral("day"),
                                      {utcSeconds(2020, 1, 31), 0, utcSeconds(1969, 7, 20), utcSeconds(2000, 2, 29),
                                       utcSeconds(2024, 12, 31), 0},
                                      {0, 1, 0, 0, 0, 0}, TimestampPrecision::Date));
    table.addColumn(Column::timestamp(QStringLiteral("seen"),
                                      {utcSeconds(2020, 1, 31, 13, 45, 7), 0, 0, 0, 0, utcSeconds(2001, 9, 9, 1, 46, 40)},
                                      {0, 1, 1, 1, 1, 0}, TimestampPrecision::DateTime));
    return table;
}

// A folder this process cannot create files in: a read-only folder, or, for root (whom
// permissions do not stop), /proc. Empty when neither is available.
QString unwritableFolder(const QTemporaryDir &dir)
{
    const QString folder = dir.filePath(QStringLiteral("read-only"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup);
    QFile probe(folder + QStringLiteral("/probe"));
    if (!probe.open(QIODevice::WriteOnly))
        return folder;
    probe.remove();
#ifdef Q_OS_LINUX
    return QStringLiteral("/proc");
#else
    return {};
#endif
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

TEST(CsvWriter, QuotesFieldsAsRfc4180Says)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const std::optional<Diagnostic> error = TableWriters::writeCsv(awkwardTable(), path);
    ASSERT_FALSE(error) << error->toString().toStdString();

    const QByteArray expected =
        "id,\"note, \"\"free\"\"\",day,seen\r\n"
        "1,plain,2020-01-31,2020-01-31T13:45:07+00:00\r\n"
        "2.5,\"a,b\",,\r\n"
        ",\"say \"\"hi\"\"\",1969-07-20,\r\n"
        "-0.001,\"two\nlines\",2000-02-29,\r\n"
        "1e+21,\"\",2024-12-31,\r\n"
        "7,,1970-01-01,2001-09-09T01:46:40+00:00\r\n";
    EXPECT_EQ(readFile(path), expected);
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("out.csv")});
}

TEST(CsvWriter, WritesUtf8WithoutBom)
{
    QTemporaryDir dir;
    Table table;
    table.addColumn(Column::categorical(QStringLiteral("Größe"), {0, 1}, {QStringLiteral("Müller"), QStringLiteral("東京")}));
    const QString path = dir.filePath(QStringLiteral("utf8.csv"));
    ASSERT_FALSE(TableWriters::writeCsv(table, path));
    EXPECT_EQ(readFile(path), QStringLiteral("Größe\r\nMüller\r\n東京\r\n").toUtf8());
}

TEST(CsvWriter, ReplacesAnExistingFileWhole)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("out.csv"), QByteArray(10000, 'x'));
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("x"), {1}));
    ASSERT_FALSE(TableWriters::writeCsv(table, path));
    EXPECT_EQ(readFile(path), QByteArray("x\r\n1\r\n"));
}

TEST(TableWriters, UnwritableFolderLeavesNoPartialFile)
{
    QTemporaryDir dir;
    const QString folder = unwritableFolder(dir);
    if (folder.isEmpty())
        GTEST_SKIP() << "no folder this process cannot write to";
    const Table table = awkwardTable();

    const QString csvPath = folder + QStringLiteral("/synthreg-writers-test.csv");
    const std::optional<Diagnostic> csvError = TableWriters::writeCsv(table, csvPath);
    ASSERT_TRUE(csvError);
    EXPECT_EQ(csvError->file, csvPath);
    EXPECT_TRUE(csvError->fix.contains(QStringLiteral("folder you can write to"))) << csvError->toString().toStdString();
    EXPECT_FALSE(QFile::exists(csvPath));

    const QString sqlitePath = folder + QStringLiteral("/synthreg-writers-test.sqlite");
    const std::optional<Diagnostic> sqliteError = TableWriters::writeSqlite(table, sqlitePath, QStringLiteral("t"));
    ASSERT_TRUE(sqliteError);
    EXPECT_EQ(sqliteError->file, sqlitePath);
    EXPECT_TRUE(sqliteError->fix.contains(QStringLiteral("folder you can write to")))
        << sqliteError->toString().toStdString();
    EXPECT_FALSE(QFile::exists(sqlitePath));

    // Only our own names: the folder may be /proc (as root), whose entries come and go with
    // every process. Temporary files are named after their target, so this catches them too.
    EXPECT_TRUE(entriesOf(folder).filter(QStringLiteral("synthreg-writers-test")).isEmpty());
}

TEST(SqliteWriter, DeclaresTypesAndWritesNullForMissing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.sqlite"));
    ASSERT_FALSE(TableWriters::writeSqlite(awkwardTable(), path, QStringLiteral("synthetic data")));
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("out.sqlite")});

    SqliteConnection db;
    ASSERT_TRUE(db.open(path, SqliteConnection::OpenMode::ReadOnly)) << db.errorText().toStdString();
    SqliteStatement info = db.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info('synthetic data')"));
    QStringList columns;
    while (info.step() == SqliteStatement::StepResult::Row)
        columns << info.columnText(0) + QLatin1Char(' ') + info.columnText(1);
    EXPECT_EQ(columns, (QStringList{QStringLiteral("id REAL"), QStringLiteral("note, \"free\" TEXT"),
                                    QStringLiteral("day DATE"), QStringLiteral("seen DATETIME")}));

    SqliteStatement types = db.prepare(QStringLiteral(
        "SELECT typeof(id), typeof(\"note, \"\"free\"\"\"), typeof(day), typeof(seen), day, seen "
        "FROM \"synthetic data\" ORDER BY rowid"));
    ASSERT_EQ(types.step(), SqliteStatement::StepResult::Row);
    EXPECT_EQ(types.columnText(0), QStringLiteral("real"));
    EXPECT_EQ(types.columnText(1), QStringLiteral("text"));
    EXPECT_EQ(types.columnText(2), QStringLiteral("text"));
    EXPECT_EQ(types.columnText(4), QStringLiteral("2020-01-31"));
    EXPECT_EQ(types.columnText(5), QStringLiteral("2020-01-31T13:45:07+00:00"));
    ASSERT_EQ(types.step(), SqliteStatement::StepResult::Row);
    EXPECT_EQ(types.columnText(2), QStringLiteral("null"));
    EXPECT_EQ(types.columnText(3), QStringLiteral("null"));
    ASSERT_EQ(types.step(), SqliteStatement::StepResult::Row);
    EXPECT_EQ(types.columnText(0), QStringLiteral("null"));   // NaN
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(types.step(), SqliteStatement::StepResult::Row);
    EXPECT_EQ(types.columnText(1), QStringLiteral("null"));   // missing category
    EXPECT_EQ(types.step(), SqliteStatement::StepResult::Done);
}

TEST(SqliteWriter, ReplacesAnExistingFileAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.sqlite"));
    Table first;
    first.addColumn(Column::numeric(QStringLiteral("x"), {1, 2, 3}));
    ASSERT_FALSE(TableWriters::writeSqlite(first, path, QStringLiteral("t")));
    Table second;
    second.addColumn(Column::categorical(QStringLiteral("y"), {0}, {QStringLiteral("only")}));
    ASSERT_FALSE(TableWriters::writeSqlite(second, path, QStringLiteral("t")));

    const ImportResult result = SqliteSource::readTable(path, QStringLiteral("t"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.table.columnNames(), QStringList{QStringLiteral("y")});
    EXPECT_EQ(result.table.rowCount(), 1u);
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("out.sqlite")});
}

TEST(SqliteWriter, FailureKeepsThePreviousFileAndRemovesTheTemporaryOne)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("out.sqlite"), "previous release");
    Table table;
    // SQLite compares column names without case, so CREATE TABLE fails after the temporary file exists.
    table.addColumn(Column::numeric(QStringLiteral("Age"), {1}));
    table.addColumn(Column::numeric(QStringLiteral("age"), {2}));

    const std::optional<Diagnostic> error = TableWriters::writeSqlite(table, path, QStringLiteral("t"));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->file, path);
    EXPECT_TRUE(error->message.contains(QStringLiteral("duplicate column name"))) << error->toString().toStdString();
    EXPECT_EQ(readFile(path), QByteArray("previous release"));
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("out.sqlite")});
}

TEST(SqliteWriter, RefusesAnEmptyTableName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.sqlite"));
    const std::optional<Diagnostic> error = TableWriters::writeSqlite(awkwardTable(), path, QStringLiteral("  "));
    ASSERT_TRUE(error);
    EXPECT_FALSE(QFile::exists(path));
}

#include "core/io/sqliteconnection.h"
#include "core/project/project.h"
#include "support/qtprinters.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cstring>
#include <limits>


using namespace synthreg::core;
using synthreg::test::readFile;
using synthreg::test::writeFile;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QString kSourceHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

qint64 utcSeconds(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc()).toSecsSinceEpoch();
}

Table trialData()
{
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("age"), {61, kNaN, 47.5, -0.0, 1e-300}));
    table.addColumn(Column::categorical(QStringLiteral("npm1"), {1, 0, -1, 1, 2},
                                        {QStringLiteral("wt"), QStringLiteral("mut"), QString()}));
    table.addColumn(Column::categorical(QStringLiteral("unused labels"), {-1, -1, -1, -1, -1},
                                        {QStringLiteral("b"), QStringLiteral("a")}));
    table.addColumn(Column::timestamp(QStringLiteral("diagnosed"),
                                      {utcSeconds(2010, 5, 17), 0, utcSeconds(1965, 1, 1), utcSeconds(2000, 2, 29), 0},
                                      {0, 1, 0, 0, 1}, TimestampPrecision::Date));
    table.addColumn(Column::timestamp(QStringLiteral("randomised at"),
                                      {utcSeconds(2010, 5, 18, 9, 30), 1, 2, 3, utcSeconds(2038, 1, 19, 3, 14, 8)},
                                      {0, 0, 0, 0, 0}, TimestampPrecision::DateTime));
    table.setProvenance({QStringLiteral("/data/aml.csv"), QStringLiteral("csv"), QString(), kSourceHash});
    return table;
}

Schema trialSchema()
{
    Schema schema;
    ColumnSpec age;
    age.name = QStringLiteral("age");
    age.role = ColumnRole::Continuous;
    age.lowerBound = 18;
    age.upperBound = 99;
    age.decimals = 1;
    ColumnSpec npm1;
    npm1.name = QStringLiteral("npm1");
    npm1.role = ColumnRole::Binary;
    npm1.missing = MissingPolicy::Impute;
    ColumnSpec unused;
    unused.name = QStringLiteral("unused labels");
    unused.role = ColumnRole::Excluded;
    unused.warnings = {QStringLiteral("always missing")};
    ColumnSpec diagnosed;
    diagnosed.name = QStringLiteral("diagnosed");
    diagnosed.role = ColumnRole::Date;
    diagnosed.dateFormat = QStringLiteral("yyyy-MM-dd");
    ColumnSpec randomised;
    randomised.name = QStringLiteral("randomised at");
    randomised.role = ColumnRole::DateTime;
    schema.columns = {age, npm1, unused, diagnosed, randomised};
    return schema;
}

ImportRequest trialRequest()
{
    ImportRequest request;
    request.path = QStringLiteral("/data/aml.csv");
    request.csv.delimiter = ';';
    request.csv.encoding = TextEncoding::Windows1252;
    request.csv.decimalComma = true;
    request.csv.header = HeaderMode::Present;
    request.csv.naTokens = {QStringLiteral("NA"), QStringLiteral("-99"), QString()};
    request.csv.maxFieldBytes = 4096;
    return request;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

void expectIdentical(const Table &expected, const Table &actual)
{
    ASSERT_EQ(expected.columnCount(), actual.columnCount());
    ASSERT_EQ(expected.rowCount(), actual.rowCount());
    EXPECT_EQ(expected.provenance().sourcePath, actual.provenance().sourcePath);
    EXPECT_EQ(expected.provenance().format, actual.provenance().format);
    EXPECT_EQ(expected.provenance().tableOrQuery, actual.provenance().tableOrQuery);
    EXPECT_EQ(expected.provenance().sha256, actual.provenance().sha256);
    for (int c = 0; c < expected.columnCount(); ++c) {
        const Column &want = expected.column(c);
        const Column &got = actual.column(c);
        SCOPED_TRACE(want.name().toStdString());
        EXPECT_EQ(want.name(), got.name());
        ASSERT_EQ(want.kind(), got.kind());
        EXPECT_EQ(want.labels(), got.labels());
        EXPECT_EQ(want.codes(), got.codes());
        EXPECT_EQ(want.seconds(), got.seconds());
        EXPECT_EQ(want.missingMask(), got.missingMask());
        if (want.kind() == StorageKind::Timestamp) {
            EXPECT_EQ(want.precision(), got.precision());
        }
        ASSERT_EQ(want.numbers().size(), got.numbers().size());
        for (size_t i = 0; i < want.numbers().size(); ++i)
            EXPECT_TRUE(sameBits(want.numbers()[i], got.numbers()[i])) << "row " << i;
    }
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

std::unique_ptr<Project> createTrialProject(const QString &path)
{
    QString error;
    std::unique_ptr<Project> project = Project::create(path, trialRequest(), trialData(), trialSchema(), &error);
    EXPECT_TRUE(project) << error.toStdString();
    return project;
}

QString queryText(const QString &path, const QString &sql)
{
    SqliteConnection db;
    if (!db.open(path, SqliteConnection::OpenMode::ReadWrite))
        return QStringLiteral("open failed: ") + db.errorText();
    SqliteStatement statement = db.prepare(sql);
    if (statement.step() != SqliteStatement::StepResult::Row)
        return QStringLiteral("query failed: ") + db.errorText();
    return statement.columnText(0);
}

} // namespace

TEST(Project, CreateThenOpenGivesBackDataSchemaAndImportSettings)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aml.synthreg"));
    ASSERT_TRUE(createTrialProject(path));
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("aml.synthreg")});   // no temporary left

    QString error;
    const std::unique_ptr<Project> project = Project::open(path, &error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(project->path(), path);
    EXPECT_EQ(project->schemaVersion(), Project::kSchemaVersion);

    const std::optional<Table> data = project->data();
    ASSERT_TRUE(data) << project->errorString().toStdString();
    expectIdentical(trialData(), *data);

    const std::optional<Schema> schema = project->schema();
    ASSERT_TRUE(schema) << project->errorString().toStdString();
    EXPECT_EQ(*schema, trialSchema());

    const ImportRequest request = project->importRequest();
    const ImportRequest expected = trialRequest();
    EXPECT_EQ(request.path, expected.path);
    EXPECT_EQ(request.table, expected.table);
    EXPECT_EQ(request.query, expected.query);
    EXPECT_EQ(request.csv.delimiter, ';');
    EXPECT_EQ(request.csv.encoding, TextEncoding::Windows1252);
    EXPECT_EQ(request.csv.decimalComma, std::optional<bool>(true));
    EXPECT_EQ(request.csv.header, HeaderMode::Present);
    EXPECT_EQ(request.csv.naTokens, expected.csv.naTokens);
    EXPECT_EQ(request.csv.maxFieldBytes, 4096);
}

TEST(Project, SqliteImportSettingsRoundTrip)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registry.synthreg"));
    ImportRequest request;
    request.path = QStringLiteral("/data/registry.sqlite");
    request.query = QStringLiteral("SELECT * FROM visits WHERE year >= 2010");
    Table data = trialData();
    data.setProvenance({request.path, QStringLiteral("sqlite"), request.query, QString()});
    QString error;
    ASSERT_TRUE(Project::create(path, request, data, trialSchema(), &error)) << error.toStdString();

    const std::unique_ptr<Project> project = Project::open(path, &error);
    ASSERT_TRUE(project) << error.toStdString();
    const ImportRequest read = project->importRequest();
    EXPECT_EQ(read.path, request.path);
    EXPECT_EQ(read.query, request.query);
    EXPECT_EQ(read.csv.delimiter, 0);
    EXPECT_EQ(read.csv.encoding, TextEncoding::Auto);
    EXPECT_FALSE(read.csv.decimalComma.has_value());
    EXPECT_EQ(read.csv.naTokens, CsvOptions::defaultNaTokens());
    expectIdentical(data, *project->data());
}

TEST(Project, AuditLogRecordsCreateAndSchemaSaves)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aml.synthreg"));
    const std::unique_ptr<Project> project = createTrialProject(path);
    ASSERT_TRUE(project);

    QList<AuditEntry> log = project->auditLog();
    ASSERT_EQ(log.size(), 1);
    const AuditEntry &created = log[0];
    EXPECT_EQ(created.action, QStringLiteral("project.create"));
    EXPECT_EQ(created.inputSha256, kSourceHash);
    EXPECT_EQ(created.outputSha256, sha256Hex(TableCodec::encode(trialData())));
    EXPECT_FALSE(created.user.isEmpty());
    EXPECT_TRUE(created.timeUtc.isValid());
    EXPECT_LE(qAbs(created.timeUtc.secsTo(QDateTime::currentDateTimeUtc())), 60);
    const QJsonObject details = QJsonDocument::fromJson(created.details.toUtf8()).object();
    EXPECT_EQ(details.value(QStringLiteral("rows")).toInt(), 5);
    EXPECT_EQ(details.value(QStringLiteral("source")).toString(), QStringLiteral("/data/aml.csv"));

    Schema changed = trialSchema();
    changed.columns[0].role = ColumnRole::Integer;
    changed.survival = {{QStringLiteral("OS"), QStringLiteral("age"), QStringLiteral("npm1")}};
    ASSERT_TRUE(project->saveSchema(changed)) << project->errorString().toStdString();
    EXPECT_EQ(*project->schema(), changed);

    log = project->auditLog();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].action, QStringLiteral("schema.save"));
    EXPECT_GT(log[1].id, log[0].id);
    EXPECT_EQ(log[1].inputSha256,
              sha256Hex(QJsonDocument(trialSchema().toJson()).toJson(QJsonDocument::Compact)));
    EXPECT_EQ(log[1].outputSha256, sha256Hex(QJsonDocument(changed.toJson()).toJson(QJsonDocument::Compact)));

    ASSERT_TRUE(project->appendAudit(QStringLiteral("data.view"), QStringLiteral("{\"rows\":5}"), QString(), QString()));
    log = project->auditLog();
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log[2].action, QStringLiteral("data.view"));
    EXPECT_TRUE(log[2].inputSha256.isEmpty());
}

TEST(Project, AuditLogIsAppendOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aml.synthreg"));
    ASSERT_TRUE(createTrialProject(path));

    SqliteConnection db;
    ASSERT_TRUE(db.open(path, SqliteConnection::OpenMode::ReadWrite));
    EXPECT_FALSE(db.exec(QStringLiteral("UPDATE audit_log SET os_user = 'someone else'")));
    EXPECT_TRUE(db.errorString().contains(QStringLiteral("audit log is append-only"))) << db.errorText().toStdString();
    EXPECT_FALSE(db.exec(QStringLiteral("DELETE FROM audit_log")));
    EXPECT_TRUE(db.errorString().contains(QStringLiteral("audit log is append-only")));
    db.close();

    QString error;
    const std::unique_ptr<Project> project = Project::open(path, &error);
    ASSERT_TRUE(project) << error.toStdString();
    const QList<AuditEntry> log = project->auditLog();
    ASSERT_EQ(log.size(), 1);
    EXPECT_NE(log[0].user, QStringLiteral("someone else"));
}

TEST(Project, CreateRefusesToOverwriteAndLeavesTheFileUnchanged)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("aml.synthreg"), "someone's precious work");
    QString error;
    EXPECT_FALSE(Project::create(path, trialRequest(), trialData(), trialSchema(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already exists"))) << error.toStdString();
    EXPECT_TRUE(error.startsWith(QStringLiteral("aml.synthreg: ")));
    EXPECT_EQ(readFile(path), QByteArray("someone's precious work"));
    EXPECT_EQ(entriesOf(dir.path()), QStringList{QStringLiteral("aml.synthreg")});

    const QString project = dir.filePath(QStringLiteral("real.synthreg"));
    ASSERT_TRUE(createTrialProject(project));
    const QByteArray before = readFile(project);
    EXPECT_FALSE(Project::create(project, trialRequest(), Table(), Schema(), &error));
    EXPECT_EQ(readFile(project), before);
}

TEST(Project, CreateInAMissingFolderLeavesNothingBehind)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/aml.synthreg"));
    QString error;
    EXPECT_FALSE(Project::create(path, trialRequest(), trialData(), trialSchema(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty());
}

TEST(Project, NewerProjectFormatIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.synthreg"));
    ASSERT_TRUE(createTrialProject(path));
    {
        SqliteConnection db;
        ASSERT_TRUE(db.open(path, SqliteConnection::OpenMode::ReadWrite));
        ASSERT_TRUE(db.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
    }
    const QByteArray before = readFile(path);

    QString error;
    EXPECT_FALSE(Project::open(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("made by a newer SynthReg"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("99")));
    EXPECT_EQ(readFile(path), before);
    EXPECT_EQ(queryText(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")), QStringLiteral("99"));
}

TEST(Project, OpenMigratesAVersionZeroFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.synthreg"));
    {
        // Version 0: a meta table and nothing else, in the default rollback-journal mode.
        SqliteConnection db;
        ASSERT_TRUE(db.open(path, SqliteConnection::OpenMode::ReadWriteCreate));
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                                           "INSERT INTO meta VALUES ('schema_version', '0');")));
    }

    QString error;
    const std::unique_ptr<Project> project = Project::open(path, &error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(project->schemaVersion(), Project::kSchemaVersion);
    const QList<AuditEntry> log = project->auditLog();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].action, QStringLiteral("project.migrate"));
    const QJsonObject details = QJsonDocument::fromJson(log[0].details.toUtf8()).object();
    EXPECT_EQ(details.value(QStringLiteral("from")).toInt(), 0);
    EXPECT_EQ(details.value(QStringLiteral("to")).toInt(), Project::kSchemaVersion);
    EXPECT_FALSE(project->data());
    EXPECT_TRUE(project->errorString().contains(QStringLiteral("no imported data")));

    EXPECT_EQ(queryText(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
              QString::number(Project::kSchemaVersion));
    EXPECT_EQ(queryText(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(queryText(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                             "('source', 'source_data', 'schema', 'audit_log', "
                                             "'audit_log_no_update', 'audit_log_no_delete')")),
              QStringLiteral("6"));
}

TEST(Project, OpeningACurrentFileMigratesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aml.synthreg"));
    ASSERT_TRUE(createTrialProject(path));
    QString error;
    for (int i = 0; i < 2; ++i) {
        const std::unique_ptr<Project> project = Project::open(path, &error);
        ASSERT_TRUE(project) << error.toStdString();
        const QList<AuditEntry> log = project->auditLog();
        ASSERT_EQ(log.size(), 1);
        EXPECT_EQ(log[0].action, QStringLiteral("project.create"));
    }
}

TEST(Project, UsesWriteAheadLogging)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aml.synthreg"));
    const std::unique_ptr<Project> project = createTrialProject(path);
    ASSERT_TRUE(project);
    EXPECT_EQ(queryText(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    // The mode is stored in the file header (bytes 18 and 19 are 2 for WAL).
    const QByteArray header = readFile(path).left(20);
    EXPECT_EQ(header.at(18), 2);
    EXPECT_EQ(header.at(19), 2);
}

TEST(Project, OpenExplainsWhatIsWrongWithTheFile)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(Project::open(dir.filePath(QStringLiteral("absent.synthreg")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("absent.synthreg"))));

    const QString text = writeFile(dir, QStringLiteral("notes.synthreg"), "not a project\n");
    EXPECT_FALSE(Project::open(text, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a SQLite database"))) << error.toStdString();

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        SqliteConnection db;
        ASSERT_TRUE(db.open(other, SqliteConnection::OpenMode::ReadWriteCreate));
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE visits (id INTEGER)")));
    }
    EXPECT_FALSE(Project::open(other, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a SynthReg project"))) << error.toStdString();
}

TEST(TableCodec, RoundTripsEveryStorageExactly)
{
    const Table table = trialData();
    const QByteArray bytes = TableCodec::encode(table);
    QString error;
    const std::optional<Table> decoded = TableCodec::decode(bytes, &error);
    ASSERT_TRUE(decoded) << error.toStdString();
    expectIdentical(table, *decoded);

    const std::optional<Table> empty = TableCodec::decode(TableCodec::encode(Table()), &error);
    ASSERT_TRUE(empty) << error.toStdString();
    EXPECT_EQ(empty->columnCount(), 0);
}

TEST(TableCodec, DamagedBytesAreAnErrorNotACrash)
{
    QString error;
    EXPECT_FALSE(TableCodec::decode(QByteArray("definitely not a table"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("damaged"))) << error.toStdString();

    // Valid compression around a truncated table.
    const QByteArray raw = qUncompress(TableCodec::encode(trialData()));
    for (const qsizetype keep : {qsizetype(4), qsizetype(40), raw.size() / 2, raw.size() - 1}) {
        error.clear();
        EXPECT_FALSE(TableCodec::decode(qCompress(raw.left(keep)), &error)) << keep;
        EXPECT_TRUE(error.contains(QStringLiteral("damaged"))) << error.toStdString();
    }
}

// SPSS/Stata/SAS import and SPSS/Stata export through ReadStat. Files are generated in the
// tests (by ReadStatWriter, or by ReadStat's own writer for what ReadStatWriter never writes).
#include "core/io/readstatreader.h"
#include "support/testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <readstat.h>

#include <cmath>
#include <functional>
#include <limits>

using namespace synthreg::core;
using synthreg::test::readFile;
using synthreg::test::writeFile;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

int64_t utcSeconds(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc()).toSecsSinceEpoch();
}

Table sampleTable()
{
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("age"), {34.5, kNaN, 61, 0.1, -2.25, 123456789.125}));
    table.addColumn(Column::categorical(QStringLiteral("sex"), {0, 1, -1, 1, 0, 0},
                                        {QStringLiteral("female"), QStringLiteral("male")}));
    table.addColumn(Column::timestamp(QStringLiteral("diagnosed"),
                                      {utcSeconds(2020, 2, 29), 0, utcSeconds(1955, 7, 1), utcSeconds(1970, 1, 1),
                                       utcSeconds(1582, 10, 15), utcSeconds(2038, 1, 19)},
                                      {0, 1, 0, 0, 0, 0}, TimestampPrecision::Date));
    table.addColumn(Column::timestamp(QStringLiteral("admitted"),
                                      {utcSeconds(2021, 3, 4, 13, 45, 12), utcSeconds(1959, 12, 31, 23, 59, 59), 0,
                                       utcSeconds(2000, 1, 1, 0, 0, 1), 0, utcSeconds(1999, 12, 31, 12)},
                                      {0, 0, 1, 0, 1, 0}, TimestampPrecision::DateTime));
    return table;
}

void expectSameTable(const Table &expected, const Table &actual)
{
    ASSERT_EQ(actual.columnNames(), expected.columnNames());
    ASSERT_EQ(actual.rowCount(), expected.rowCount());
    for (int c = 0; c < expected.columnCount(); ++c) {
        const Column &want = expected.column(c);
        const Column &got = actual.column(c);
        SCOPED_TRACE(want.name().toStdString());
        ASSERT_EQ(got.kind(), want.kind());
        EXPECT_EQ(got.labels(), want.labels());
        if (want.kind() == StorageKind::Timestamp) {
            EXPECT_EQ(got.precision(), want.precision());
        }
        for (size_t row = 0; row < want.size(); ++row) {
            EXPECT_EQ(got.isMissing(row), want.isMissing(row)) << "row " << row;
            EXPECT_EQ(got.displayText(row), want.displayText(row)) << "row " << row;
            if (want.kind() == StorageKind::Numeric && !want.isMissing(row)) {
                EXPECT_EQ(got.numbers()[row], want.numbers()[row]) << "row " << row;
            }
        }
    }
}

Table largeTable(size_t rows)
{
    std::vector<double> numbers(rows);
    std::vector<int32_t> codes(rows);
    for (size_t i = 0; i < rows; ++i) {
        numbers[i] = double(i) * 0.5;
        codes[i] = int32_t(i % 3);
    }
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("value"), std::move(numbers)));
    table.addColumn(Column::categorical(QStringLiteral("group"), std::move(codes),
                                        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    return table;
}

QString truncatedCopy(const QTemporaryDir &dir, const QString &source, const QString &name, double fraction)
{
    const QByteArray bytes = readFile(source);
    return writeFile(dir, name, bytes.left(qsizetype(double(bytes.size()) * fraction)));
}

// ReadStat's own writer, for files ReadStatWriter never produces (user-missing codes, strings, SAS).
using RowFiller = std::function<void(readstat_writer_t *, const std::vector<readstat_variable_t *> &, int row)>;
using Declarer = std::function<std::vector<readstat_variable_t *>(readstat_writer_t *)>;
using Beginner = readstat_error_t (*)(readstat_writer_t *, void *, long);

bool writeRaw(const QString &path, Beginner begin, long rows, const Declarer &declare, const RowFiller &fill)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    readstat_writer_t *writer = readstat_writer_init();
    readstat_set_data_writer(writer, [](const void *data, size_t len, void *ctx) -> ssize_t {
        return ssize_t(static_cast<QFile *>(ctx)->write(static_cast<const char *>(data), qint64(len)));
    });
    const auto variables = declare(writer);
    bool ok = begin(writer, &file, rows) == READSTAT_OK;
    for (int row = 0; ok && row < rows; ++row) {
        ok = readstat_begin_row(writer) == READSTAT_OK;
        fill(writer, variables, row);
        ok = ok && readstat_end_row(writer) == READSTAT_OK;
    }
    ok = ok && readstat_end_writing(writer) == READSTAT_OK;
    readstat_writer_free(writer);
    return ok;
}

// Variable labels as ReadStat reports them, keyed by variable name.
QHash<QString, QString> variableLabels(const QString &path, bool isSav)
{
    QHash<QString, QString> labels;
    readstat_parser_t *parser = readstat_parser_init();
    readstat_set_variable_handler(parser, [](int, readstat_variable_t *variable, const char *, void *ctx) {
        const char *label = readstat_variable_get_label(variable);
        static_cast<QHash<QString, QString> *>(ctx)->insert(QString::fromUtf8(readstat_variable_get_name(variable)),
                                                            QString::fromUtf8(label ? label : ""));
        return int(READSTAT_HANDLER_OK);
    });
    const QByteArray native = QFile::encodeName(path);
    isSav ? readstat_parse_sav(parser, native.constData(), &labels) : readstat_parse_dta(parser, native.constData(), &labels);
    readstat_parser_free(parser);
    return labels;
}

} // namespace

TEST(ReadStatReader, HandlesTheFiveSuffixesCaseInsensitively)
{
    for (const char *suffix : {"sas7bdat", "xpt", "dta", "sav", "zsav", "SAV", "Dta"})
        EXPECT_TRUE(ReadStatReader::handlesSuffix(QLatin1String(suffix))) << suffix;
    for (const char *suffix : {"csv", "por", "sas7bcat", ""})
        EXPECT_FALSE(ReadStatReader::handlesSuffix(QLatin1String(suffix))) << suffix;
}

TEST(ReadStatRoundTrip, SavKeepsNamesStoragesLabelsValuesMissingAndDates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cohort.sav"));
    const Table table = sampleTable();
    const auto error = ReadStatWriter::writeSav(table, path);
    ASSERT_FALSE(error.has_value()) << error->toString().toStdString();

    const QByteArray written = readFile(path);
    const ImportResult result = ReadStatReader::readFile(path);
    ASSERT_TRUE(result.ok()) << result.error->toString().toStdString();
    EXPECT_TRUE(result.warnings.isEmpty());
    expectSameTable(table, result.table);
    EXPECT_EQ(result.table.provenance().sourcePath, path);
    EXPECT_EQ(result.table.provenance().format, QStringLiteral("sav"));
    EXPECT_EQ(readFile(path), written) << "reading must not touch the source";
}

TEST(ReadStatRoundTrip, DtaKeepsNamesStoragesLabelsValuesMissingAndDates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cohort.dta"));
    const Table table = sampleTable();
    const auto error = ReadStatWriter::writeDta(table, path);
    ASSERT_FALSE(error.has_value()) << error->toString().toStdString();

    const ImportResult result = ReadStatReader::readFile(path);
    ASSERT_TRUE(result.ok()) << result.error->toString().toStdString();
    expectSameTable(table, result.table);
    EXPECT_EQ(result.table.provenance().format, QStringLiteral("dta"));
}

TEST(ReadStatRoundTrip, UpperCaseSuffixAndEmptyTable)
{
    QTemporaryDir dir;
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("x"), {}));
    const QString path = dir.filePath(QStringLiteral("EMPTY.SAV"));
    ASSERT_FALSE(ReadStatWriter::writeSav(table, path).has_value());
    const ImportResult result = ReadStatReader::readFile(path);
    ASSERT_TRUE(result.ok()) << result.error->toString().toStdString();
    EXPECT_EQ(result.table.columnNames(), QStringList{QStringLiteral("x")});
    EXPECT_EQ(result.table.rowCount(), 0u);
    EXPECT_EQ(result.table.provenance().format, QStringLiteral("sav"));
}

TEST(ReadStatReader, TruncatedFilesAreReportedNotHalfRead)
{
    QTemporaryDir dir;
    const QString sav = dir.filePath(QStringLiteral("full.sav"));
    const QString dta = dir.filePath(QStringLiteral("full.dta"));
    ASSERT_FALSE(ReadStatWriter::writeSav(largeTable(5000), sav).has_value());
    ASSERT_FALSE(ReadStatWriter::writeDta(largeTable(5000), dta).has_value());

    // XPORT has no row count and ReadStat reads a cut one "successfully": the record size gives it away.
    const QString xpt = dir.filePath(QStringLiteral("full.xpt"));
    ASSERT_TRUE(writeRaw(
        xpt, &readstat_begin_writing_xport, 5000,
        [](readstat_writer_t *writer) {
            return std::vector<readstat_variable_t *>{readstat_add_variable(writer, "VALUE", READSTAT_TYPE_DOUBLE, 8)};
        },
        [](readstat_writer_t *writer, const std::vector<readstat_variable_t *> &vars, int row) {
            readstat_insert_double_value(writer, vars[0], row * 0.5);
        }));
    ASSERT_TRUE(ReadStatReader::readFile(xpt).ok());

    struct Case { QString source; const char *name; double fraction; };
    for (const Case &c : {Case{sav, "truncated.sav", 0.6}, Case{sav, "header_only.sav", 0.02},
                          Case{dta, "truncated.dta", 0.6}, Case{dta, "header_only.dta", 0.01},
                          // Cut inside the value labels after the data: ReadStat reports success without them.
                          Case{dta, "labels_cut.dta", 0.999}, Case{xpt, "truncated.xpt", 0.6}}) {
        SCOPED_TRACE(c.name);
        const QString path = truncatedCopy(dir, c.source, QLatin1String(c.name), c.fraction);
        const ImportResult result = ReadStatReader::readFile(path);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.table.columnCount(), 0);
        EXPECT_EQ(result.error->file, path);
        const QString text = result.error->toString();
        EXPECT_TRUE(text.contains(QLatin1String(c.name))) << text.toStdString();
        EXPECT_TRUE(text.contains(QLatin1String("damaged or truncated"))) << text.toStdString();
        EXPECT_FALSE(result.error->fix.isEmpty());
    }
}

TEST(ReadStatReader, TextFileNamedSavIsNotAnSpssFile)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("export.sav"), "id,age\n1,34\n2,51\n");
    const ImportResult result = ReadStatReader::readFile(path);
    ASSERT_FALSE(result.ok());
    const QString text = result.error->toString();
    EXPECT_TRUE(text.startsWith(QLatin1String("export.sav"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("not an SPSS file"))) << text.toStdString();

    const QString dta = writeFile(dir, QStringLiteral("notes.dta"), "hello");
    EXPECT_FALSE(ReadStatReader::readFile(dta).ok());
    const QString sas = writeFile(dir, QStringLiteral("notes.sas7bdat"), QByteArray(2048, 'x'));
    const ImportResult sasResult = ReadStatReader::readFile(sas);
    ASSERT_FALSE(sasResult.ok());
    EXPECT_TRUE(sasResult.error->message.contains(QLatin1String("SAS"))) << sasResult.error->message.toStdString();
}

TEST(ReadStatReader, MissingAndEmptyFilesGiveClearErrors)
{
    QTemporaryDir dir;
    const ImportResult missing = ReadStatReader::readFile(dir.filePath(QStringLiteral("gone.dta")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error->message.contains(QLatin1String("does not exist")));

    const ImportResult empty = ReadStatReader::readFile(writeFile(dir, QStringLiteral("empty.sav"), QByteArray()));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error->message.contains(QLatin1String("empty")));
}

TEST(ReadStatReader, SpssUserMissingCodesStringsAndStringLabelsBecomeMissingOrCategories)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.sav"));
    const bool written = writeRaw(
        path, &readstat_begin_writing_sav, 4,
        [](readstat_writer_t *writer) {
            readstat_variable_t *score = readstat_add_variable(writer, "score", READSTAT_TYPE_DOUBLE, 0);
            EXPECT_EQ(readstat_variable_add_missing_double_value(score, -99), READSTAT_OK);
            readstat_label_set_t *yesNo = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "yesno");
            readstat_label_double_value(yesNo, 1, "no");
            readstat_label_double_value(yesNo, 2, "yes");
            readstat_label_double_value(yesNo, -9, "refused");
            readstat_variable_t *smoker = readstat_add_variable(writer, "smoker", READSTAT_TYPE_DOUBLE, 0);
            readstat_variable_set_label_set(smoker, yesNo);
            readstat_variable_add_missing_double_value(smoker, -9);
            readstat_variable_t *city = readstat_add_variable(writer, "city", READSTAT_TYPE_STRING, 16);
            readstat_variable_t *onlyMissingLabelled = readstat_add_variable(writer, "dose", READSTAT_TYPE_DOUBLE, 0);
            readstat_label_set_t *unknown = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "unknown");
            readstat_label_double_value(unknown, 999, "unknown");
            readstat_variable_set_label_set(onlyMissingLabelled, unknown);
            readstat_variable_add_missing_double_value(onlyMissingLabelled, 999);
            return std::vector<readstat_variable_t *>{score, smoker, city, onlyMissingLabelled};
        },
        [](readstat_writer_t *writer, const std::vector<readstat_variable_t *> &vars, int row) {
            const double scores[] = {10, -99, 20, 7};
            const double smokers[] = {1, 2, -9, 3};
            const char *cities[] = {"Oslo", "", "Bergen", "Oslo"};
            const double doses[] = {2.5, 999, 0, 1};
            readstat_insert_double_value(writer, vars[0], scores[row]);
            readstat_insert_double_value(writer, vars[1], smokers[row]);
            readstat_insert_string_value(writer, vars[2], cities[row]);
            readstat_insert_double_value(writer, vars[3], doses[row]);
        });
    ASSERT_TRUE(written);

    const ImportResult result = ReadStatReader::readFile(path);
    ASSERT_TRUE(result.ok()) << result.error->toString().toStdString();
    const Table &table = result.table;
    ASSERT_EQ(table.columnNames(), (QStringList{QStringLiteral("score"), QStringLiteral("smoker"),
                                                QStringLiteral("city"), QStringLiteral("dose")}));

    const Column &score = table.column(0);
    ASSERT_EQ(score.kind(), StorageKind::Numeric);
    EXPECT_EQ(score.numbers()[0], 10);
    EXPECT_TRUE(score.isMissing(1)) << "-99 is declared user-missing";
    EXPECT_EQ(score.numbers()[2], 20);

    const Column &smoker = table.column(1);
    ASSERT_EQ(smoker.kind(), StorageKind::Categorical);
    // "refused" labels a missing code, so it is no category; 3 has no label and is named by its value.
    EXPECT_EQ(smoker.labels(), (QStringList{QStringLiteral("no"), QStringLiteral("yes"), QStringLiteral("3")}));
    EXPECT_EQ(smoker.displayText(0), QStringLiteral("no"));
    EXPECT_EQ(smoker.displayText(1), QStringLiteral("yes"));
    EXPECT_TRUE(smoker.isMissing(2));
    EXPECT_EQ(smoker.displayText(3), QStringLiteral("3"));

    const Column &city = table.column(2);
    ASSERT_EQ(city.kind(), StorageKind::Categorical);
    EXPECT_EQ(city.labels(), (QStringList{QStringLiteral("Oslo"), QStringLiteral("Bergen")}));
    EXPECT_TRUE(city.isMissing(1)) << "an empty string is missing";
    EXPECT_EQ(city.codes()[3], 0);

    const Column &dose = table.column(3);
    ASSERT_EQ(dose.kind(), StorageKind::Numeric) << "labels that only name missing codes keep a variable numeric";
    EXPECT_TRUE(dose.isMissing(1));
    EXPECT_EQ(dose.numbers()[0], 2.5);
}

TEST(ReadStatReader, CompressedZsavIsReadLikeSav)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("packed.zsav"));
    ASSERT_TRUE(writeRaw(
        path,
        [](readstat_writer_t *writer, void *ctx, long rows) {
            readstat_writer_set_compression(writer, READSTAT_COMPRESS_BINARY);
            return readstat_begin_writing_sav(writer, ctx, rows);
        },
        300,
        [](readstat_writer_t *writer) {
            return std::vector<readstat_variable_t *>{readstat_add_variable(writer, "x", READSTAT_TYPE_DOUBLE, 0)};
        },
        [](readstat_writer_t *writer, const std::vector<readstat_variable_t *> &vars, int row) {
            readstat_insert_double_value(writer, vars[0], row % 7);
        }));
    EXPECT_TRUE(readFile(path).startsWith("$FL3"));
    const ImportResult result = ReadStatReader::readFile(path);
    ASSERT_TRUE(result.ok()) << result.error->toString().toStdString();
    ASSERT_EQ(result.table.rowCount(), 300u);
    EXPECT_EQ(result.table.column(0).numbers()[299], 299 % 7);
    EXPECT_EQ(result.table.provenance().format, QStringLiteral("zsav"));
}

TEST(ReadStatReader, StataTaggedMissingAndFloatsReadAsStataShowsThem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tagged.dta"));
    const bool written = writeRaw(
        path, &readstat_begin_writing_dta, 3,
        [](readstat_writer_t *writer) {
            return std::vector<readstat_variable_t *>{readstat_add_variable(writer, "bmi", READSTAT_TYPE_FLOAT, 0)};
        },
        [](readstat_writer_t *writer, const std::vector<readstat_variable_t *> &vars, int row) {
            if (row == 1)
                readstat_insert_tagged_missing_value(writer, vars[0], 'a');
            else
                readstat_insert_float_value(writer, vars[0], row == 0 ? 22.1f : 31.7f);
        });
    ASSERT_TRUE(written);
    const ImportResult result = ReadStatReader::readFile(path);
    ASSERT_TRUE(result.ok()) << result.error->toString().toStdString();
    const Column &bmi = result.table.column(0);
    EXPECT_EQ(bmi.numbers()[0], 22.1);
    EXPECT_TRUE(bmi.isMissing(1)) << ".a is missing";
    EXPECT_EQ(bmi.numbers()[2], 31.7);
}

TEST(ReadStatReader, SasDatesAndDateTimesBecomeTimestamps)
{
    QTemporaryDir dir;
    // SAS counts days (DATE9.) and seconds (DATETIME20.) from 1960-01-01.
    const auto declare = [](readstat_writer_t *writer) {
        readstat_variable_t *date = readstat_add_variable(writer, "DIAG", READSTAT_TYPE_DOUBLE, 8);
        readstat_variable_set_format(date, "DATE9");
        readstat_variable_t *when = readstat_add_variable(writer, "ADMIT", READSTAT_TYPE_DOUBLE, 8);
        readstat_variable_set_format(when, "DATETIME20");
        readstat_variable_t *plain = readstat_add_variable(writer, "AGE", READSTAT_TYPE_DOUBLE, 8);
        return std::vector<readstat_variable_t *>{date, when, plain};
    };
    const auto fill = [](readstat_writer_t *writer, const std::vector<readstat_variable_t *> &vars, int row) {
        const double days[] = {0, 22339, -1};          // 1960-01-01, 2021-02-28, 1959-12-31
        const double seconds[] = {86399, 1930139112, 0}; // 1960-01-01T23:59:59, 2021-02-28T13:45:12
        readstat_insert_double_value(writer, vars[0], days[row]);
        if (row == 2)
            readstat_insert_missing_value(writer, vars[1]);
        else
            readstat_insert_double_value(writer, vars[1], seconds[row]);
        readstat_insert_double_value(writer, vars[2], 40 + row);
    };
    for (const char *name : {"adsl.xpt", "adsl.sas7bdat"}) {
        SCOPED_TRACE(name);
        const QString path = dir.filePath(QLatin1String(name));
        const Beginner begin = QString::fromLatin1(name).endsWith(QLatin1String("xpt")) ? &readstat_begin_writing_xport
                                                                                         : &readstat_begin_writing_sas7bdat;
        ASSERT_TRUE(writeRaw(path, begin, 3, declare, fill));
        const ImportResult result = ReadStatReader::readFile(path);
        ASSERT_TRUE(result.ok()) << result.error->toString().toStdString();
        ASSERT_EQ(result.table.columnCount(), 3);
        const Column &date = result.table.column(0);
        ASSERT_EQ(date.kind(), StorageKind::Timestamp);
        EXPECT_EQ(date.precision(), TimestampPrecision::Date);
        EXPECT_EQ(date.displayText(0), QStringLiteral("1960-01-01"));
        EXPECT_EQ(date.displayText(1), QStringLiteral("2021-02-28"));
        EXPECT_EQ(date.displayText(2), QStringLiteral("1959-12-31"));
        const Column &when = result.table.column(1);
        ASSERT_EQ(when.kind(), StorageKind::Timestamp);
        EXPECT_EQ(when.precision(), TimestampPrecision::DateTime);
        EXPECT_EQ(when.seconds()[0], utcSeconds(1960, 1, 1, 23, 59, 59));
        EXPECT_EQ(when.seconds()[1], utcSeconds(2021, 2, 28, 13, 45, 12));
        EXPECT_TRUE(when.isMissing(2));
        EXPECT_EQ(result.table.column(2).kind(), StorageKind::Numeric);
        EXPECT_EQ(result.table.provenance().format, QString::fromLatin1(name).section(QLatin1Char('.'), 1));
    }
}

TEST(ReadStatWriter, InvalidNamesAreSanitizedAndKeptAsVariableLabels)
{
    Table table;
    const QStringList names{QStringLiteral("bmi.baseline"), QStringLiteral("a_b"), QStringLiteral("a.b"),
                            QStringLiteral("2nd visit"), QStringLiteral("with"), QStringLiteral("Größe"),
                            QStringLiteral("str5"), QStringLiteral("Age"), QStringLiteral("age")};
    for (const QString &name : names)
        table.addColumn(Column::numeric(name, {1, 2}));

    QTemporaryDir dir;
    for (const bool sav : {true, false}) {
        SCOPED_TRACE(sav ? "sav" : "dta");
        const QString path = dir.filePath(sav ? QStringLiteral("names.sav") : QStringLiteral("names.dta"));
        const auto error = sav ? ReadStatWriter::writeSav(table, path) : ReadStatWriter::writeDta(table, path);
        ASSERT_FALSE(error.has_value()) << error->toString().toStdString();

        const ImportResult result = ReadStatReader::readFile(path);
        ASSERT_TRUE(result.ok()) << result.error->toString().toStdString();
        const QStringList expected{QStringLiteral("bmi_baseline"), QStringLiteral("a_b"), QStringLiteral("a_b_2"),
                                   QStringLiteral("v2nd_visit"), QStringLiteral("vwith"), QStringLiteral("Gr__e"),
                                   sav ? QStringLiteral("str5") : QStringLiteral("vstr5"), QStringLiteral("Age"),
                                   sav ? QStringLiteral("age_2") : QStringLiteral("age")};
        EXPECT_EQ(result.table.columnNames(), expected);

        const QHash<QString, QString> labels = variableLabels(path, sav);
        for (int i = 0; i < names.size(); ++i) {
            const QString label = expected[i] == names[i] ? QString() : names[i];
            EXPECT_EQ(labels.value(expected[i]), label) << expected[i].toStdString();
        }
    }
}

TEST(ReadStatWriter, FailedExportLeavesTheExistingFileUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.dta"));
    ASSERT_FALSE(ReadStatWriter::writeDta(sampleTable(), path).has_value());
    const QByteArray before = readFile(path);

    Table unstorable; // Stata reserves doubles above 8.988e307 for its missing codes
    unstorable.addColumn(Column::numeric(QStringLiteral("huge"), {1, 1e308}));
    const auto error = ReadStatWriter::writeDta(unstorable, path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->columnName, QStringLiteral("huge"));
    EXPECT_TRUE(error->message.contains(QLatin1String("row 2"))) << error->message.toStdString();
    EXPECT_EQ(readFile(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("export.dta")});

    Table infinite;
    infinite.addColumn(Column::numeric(QStringLiteral("ratio"), {std::numeric_limits<double>::infinity()}));
    const auto infError = ReadStatWriter::writeSav(infinite, dir.filePath(QStringLiteral("inf.sav")));
    ASSERT_TRUE(infError.has_value());
    EXPECT_EQ(infError->columnName, QStringLiteral("ratio"));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("inf.sav"))));

    const auto noFolder = ReadStatWriter::writeSav(sampleTable(), dir.filePath(QStringLiteral("missing/out.sav")));
    ASSERT_TRUE(noFolder.has_value());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing/out.sav"))));
}

TEST(ReadStatWriter, LongValueLabelsAreCutAtACharacterBoundaryForSpssOnly)
{
    // 200 two-byte characters: past SPSS's 120-byte limit (and past ReadStat's signed-char length).
    const QString longLabel(200, QChar(0x00E9));
    Table table;
    table.addColumn(Column::categorical(QStringLiteral("site"), {0, 1}, {longLabel, QStringLiteral("Tromsø")}));
    QTemporaryDir dir;

    const QString sav = dir.filePath(QStringLiteral("labels.sav"));
    ASSERT_FALSE(ReadStatWriter::writeSav(table, sav).has_value());
    const ImportResult fromSav = ReadStatReader::readFile(sav);
    ASSERT_TRUE(fromSav.ok()) << fromSav.error->toString().toStdString();
    EXPECT_EQ(fromSav.table.column(0).labels(), (QStringList{QString(60, QChar(0x00E9)), QStringLiteral("Tromsø")}));

    const QString dta = dir.filePath(QStringLiteral("labels.dta"));
    ASSERT_FALSE(ReadStatWriter::writeDta(table, dta).has_value());
    const ImportResult fromDta = ReadStatReader::readFile(dta);
    ASSERT_TRUE(fromDta.ok()) << fromDta.error->toString().toStdString();
    EXPECT_EQ(fromDta.table.column(0).labels(), table.column(0).labels());
}

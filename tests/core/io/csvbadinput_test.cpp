// The bad-input list of the Foundation issue: each ends in a clear message naming the file,
// line and column and what to do; nothing crashes, and the source file is never changed.
#include "core/io/csvreader.h"
#include "core/io/importer.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

namespace {
class CsvBadInput : public ::testing::Test
{
protected:
    /** Imports `bytes` from a real file and checks the file is unchanged afterwards. */
    ImportResult import(const QByteArray &bytes, CsvOptions options = {})
    {
        const QString path = synthreg::test::writeFile(m_dir, QStringLiteral("bad.csv"), bytes);
        ImportRequest request{path, {}, {}, std::move(options)};
        ImportResult result = importData(request);
        EXPECT_EQ(synthreg::test::readFile(path), bytes) << "the source file was modified";
        return result;
    }

    static std::string text(const Diagnostic &d) { return d.toString().toStdString(); }

    static void expectError(const ImportResult &r, qint64 line, int column, const char *fragment)
    {
        ASSERT_FALSE(r.ok()) << "expected an error mentioning: " << fragment;
        EXPECT_EQ(r.table.columnCount(), 0);
        EXPECT_EQ(r.error->line, line) << text(*r.error);
        EXPECT_EQ(r.error->column, column) << text(*r.error);
        EXPECT_TRUE(r.error->toString().contains(QString::fromUtf8(fragment))) << text(*r.error);
        EXPECT_TRUE(r.error->toString().startsWith(QStringLiteral("bad.csv"))) << text(*r.error);
        EXPECT_FALSE(r.error->fix.isEmpty()) << "no advice in: " << text(*r.error);
    }

    static const Diagnostic *findWarning(const ImportResult &r, const char *fragment)
    {
        for (const Diagnostic &d : r.warnings) {
            if (d.toString().contains(QString::fromUtf8(fragment)))
                return &d;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
};
} // namespace

TEST_F(CsvBadInput, EmptyFile)
{
    const ImportResult r = import("");
    expectError(r, 0, 0, "empty");
}

TEST_F(CsvBadInput, HeaderOnly)
{
    expectError(import("id,age,sex\n"), 0, 0, "no data rows");
}

TEST_F(CsvBadInput, RaggedRowNamesLineAndCounts)
{
    expectError(import("a,b,c\n1,2,3\n4,5\n6,7,8\n"), 3, 0, "has 2 fields, but the header on line 1 has 3");
}

TEST_F(CsvBadInput, UnterminatedQuote)
{
    expectError(import("a,b\n1,x\n2,\"never closed\n3,y\n"), 3, 2, "never closed");
}

TEST_F(CsvBadInput, NulBytes)
{
    expectError(import(QByteArray("a,b\n1,2\n3,x\0y\n", 15)), 3, 2, "NUL byte");
}

TEST_F(CsvBadInput, InvalidUtf8AfterRealUtf8)
{
    // Valid multi-byte UTF-8 first, then a stray Latin-1 byte: not one encoding, so an error.
    expectError(import("city,n\nZ\xC3\xBCrich,1\nK\xF6ln,2\n"), 3, 1, "not valid UTF-8");
}

TEST_F(CsvBadInput, InvalidUtf8WhenUtf8WasChosen)
{
    CsvOptions options;
    options.encoding = TextEncoding::Utf8;
    expectError(import("city,n\nK\xF6ln,2\n", options), 2, 1, "--encoding");
}

TEST_F(CsvBadInput, TenMegabyteField)
{
    QByteArray bytes = "id,notes\n1,\"";
    bytes += QByteArray(10 << 20, 'x');
    bytes += "\"\n";
    expectError(import(bytes), 2, 2, "longer than");
}

TEST_F(CsvBadInput, DuplicateAndEmptyColumnNamesAreRenamedWithWarnings)
{
    const ImportResult r = import("id,age,age,\n1,50,51,x\n2,60,61,y\n");
    ASSERT_TRUE(r.ok()) << text(*r.error);
    EXPECT_EQ(r.table.columnNames(), (QStringList{QStringLiteral("id"), QStringLiteral("age"), QStringLiteral("age_2"), QStringLiteral("column_4")}));
    const Diagnostic *duplicate = findWarning(r, "used twice");
    ASSERT_NE(duplicate, nullptr);
    EXPECT_EQ(duplicate->line, 1);
    EXPECT_EQ(duplicate->column, 3);
    ASSERT_NE(findWarning(r, "no name"), nullptr);
}

TEST_F(CsvBadInput, AllMissingColumn)
{
    const ImportResult r = import("a,b\n1,\n2,NA\n3,\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.column(1).missingCount(), 3u);
    const Diagnostic *warning = findWarning(r, "every value is missing");
    ASSERT_NE(warning, nullptr);
    EXPECT_EQ(warning->columnName, QStringLiteral("b"));
}

TEST_F(CsvBadInput, NumbersMixedWithTextKeepEveryValue)
{
    QByteArray bytes = "id,bili\n";
    for (int i = 1; i <= 1500; ++i)   // the text comes after the sniffer's sample
        bytes += QByteArray::number(i) + "," + (i == 1400 ? QByteArray("unknown") : QByteArray::number(i % 9 * 0.5)) + "\n";
    const ImportResult r = import(bytes);
    ASSERT_TRUE(r.ok());
    const Column &bili = r.table.column(1);
    EXPECT_EQ(bili.kind(), StorageKind::Categorical);
    EXPECT_EQ(bili.displayText(0), QStringLiteral("0.5"));
    EXPECT_EQ(bili.displayText(1399), QStringLiteral("unknown"));
    const Diagnostic *warning = findWarning(r, "mixed with text");
    ASSERT_NE(warning, nullptr);
    EXPECT_EQ(warning->line, 1401);
    EXPECT_TRUE(warning->fix.contains(QStringLiteral("--na")));
}

TEST_F(CsvBadInput, InfiniteAndNanStrings)
{
    const ImportResult r = import("x\n1\n1e999\ninf\nnan\n-Infinity\n2\n");
    ASSERT_TRUE(r.ok());
    const Column &x = r.table.column(0);
    EXPECT_EQ(x.kind(), StorageKind::Numeric);
    EXPECT_EQ(x.missingCount(), 4u);
    EXPECT_DOUBLE_EQ(x.numbers()[5], 2);
    const Diagnostic *warning = findWarning(r, "infinite");
    ASSERT_NE(warning, nullptr);
    EXPECT_EQ(warning->line, 3);
    EXPECT_TRUE(warning->message.startsWith(QStringLiteral("3 value(s)")));
}

TEST_F(CsvBadInput, DatesThatDoNotParse)
{
    const ImportResult r = import("dx\n2021-01-05\n2021-02-30\n2021-13-01\n2020-06-01\n2020-06-02\n2020-06-03\n"
                                  "2020-06-04\n2020-06-05\n2020-06-06\n2020-06-07\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.column(0).kind(), StorageKind::Timestamp);
    EXPECT_EQ(r.table.column(0).missingCount(), 2u);
    const Diagnostic *warning = findWarning(r, "not valid dates");
    ASSERT_NE(warning, nullptr);
    EXPECT_EQ(warning->line, 3);
    EXPECT_TRUE(warning->message.contains(QStringLiteral("2021-02-30")));
}

TEST_F(CsvBadInput, Utf16IsRecognised)
{
    expectError(import(QByteArray("\xFF\xFE" "a\0,\0b\0", 8)), 0, 0, "UTF-16");
}

TEST_F(CsvBadInput, MissingFile)
{
    const ImportResult r = importData(ImportRequest{m_dir.filePath(QStringLiteral("nope.csv")), {}, {}, {}});
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error->toString().contains(QStringLiteral("does not exist")));
}

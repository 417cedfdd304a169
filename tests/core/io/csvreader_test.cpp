#include "core/io/csvreader.h"
#include "support/testpaths.h"

#include <QBuffer>

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

namespace {
ImportResult readBytes(const QByteArray &bytes, CsvOptions options = {}, CsvDialect *dialect = nullptr)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(std::move(options));
    ImportResult result = reader.read(buffer, QStringLiteral("test.csv"));
    if (dialect)
        *dialect = reader.dialect();
    return result;
}

std::string errorOf(const ImportResult &r) { return r.error ? r.error->toString().toStdString() : std::string(); }
} // namespace

TEST(CsvReader, TypesColumnsAndKeepsMissingValues)
{
    const ImportResult r = readBytes("id,age,sex,dx\n1,61.5,f,2021-03-04\n2,,m,\n3,70,NA,2020-12-31\n");
    ASSERT_TRUE(r.ok()) << errorOf(r);
    const Table &t = r.table;
    ASSERT_EQ(t.rowCount(), 3u);
    ASSERT_EQ(t.columnCount(), 4);
    EXPECT_EQ(t.column(1).kind(), StorageKind::Numeric);
    EXPECT_TRUE(std::isnan(t.column(1).numbers()[1]));
    EXPECT_EQ(t.column(2).kind(), StorageKind::Categorical);
    EXPECT_EQ(t.column(2).labels(), (QStringList{QStringLiteral("f"), QStringLiteral("m")}));
    EXPECT_TRUE(t.column(2).isMissing(2));
    EXPECT_EQ(t.column(3).kind(), StorageKind::Timestamp);
    EXPECT_EQ(t.column(3).displayText(0), QStringLiteral("2021-03-04"));
    EXPECT_TRUE(t.column(3).isMissing(1));
}

TEST(CsvReader, SniffsSemicolonDecimalCommaAndLatin1)
{
    CsvDialect dialect;
    const ImportResult r = readBytes("name;gewicht;ort\nA;72,5;K\xf6ln\nB;80,25;M\xfcnchen\n", {}, &dialect);
    ASSERT_TRUE(r.ok()) << errorOf(r);
    EXPECT_EQ(dialect.delimiter, ';');
    EXPECT_TRUE(dialect.decimalComma);
    EXPECT_EQ(dialect.encoding, TextEncoding::Windows1252);
    EXPECT_DOUBLE_EQ(r.table.column(1).numbers()[1], 80.25);
    EXPECT_EQ(r.table.column(2).displayText(0), QStringLiteral("K\u00f6ln"));
}

TEST(CsvReader, Utf8BomTabsAndWindows1252Quotes)
{
    CsvDialect dialect;
    ImportResult r = readBytes("\xEF\xBB\xBFstadt\tn\nZ\xC3\xBCrich\t1\nGen\xC3\xA8ve\t2\n", {}, &dialect);
    ASSERT_TRUE(r.ok()) << errorOf(r);
    EXPECT_TRUE(dialect.hasBom);
    EXPECT_EQ(dialect.delimiter, '\t');
    EXPECT_EQ(r.table.column(0).name(), QStringLiteral("stadt"));
    EXPECT_EQ(r.table.column(0).displayText(0), QStringLiteral("Z\u00fcrich"));

    CsvOptions cp1252;
    cp1252.encoding = TextEncoding::Windows1252;
    r = readBytes("note,n\n\x93quoted\x94 \x80,1\nx,2\n", cp1252);
    ASSERT_TRUE(r.ok()) << errorOf(r);
    EXPECT_EQ(r.table.column(0).displayText(0), QStringLiteral("\u201cquoted\u201d \u20ac"));
}

TEST(CsvReader, Rfc4180QuotingWithEmbeddedNewlinesAndQuotes)
{
    const ImportResult r = readBytes("id,comment,x\r\n1,\"line one\nline two\",5\r\n2,\"she said \"\"no\"\", twice\",6\r\n3,plain,7\r\n");
    ASSERT_TRUE(r.ok()) << errorOf(r);
    ASSERT_EQ(r.table.rowCount(), 3u);
    EXPECT_EQ(r.table.column(1).displayText(0), QStringLiteral("line one\nline two"));
    EXPECT_EQ(r.table.column(1).displayText(1), QStringLiteral("she said \"no\", twice"));
    EXPECT_DOUBLE_EQ(r.table.column(2).numbers()[2], 7);
}

TEST(CsvReader, UserMissingCodesAndHeaderlessFiles)
{
    CsvOptions options;
    options.naTokens << QStringLiteral("-99");
    ImportResult r = readBytes("a,b\n1,-99\n2,3\n", options);
    ASSERT_TRUE(r.ok()) << errorOf(r);
    EXPECT_TRUE(r.table.column(1).isMissing(0));

    CsvDialect dialect;
    r = readBytes("1,2.5,3\n4,5.5,6\n", {}, &dialect);
    ASSERT_TRUE(r.ok()) << errorOf(r);
    EXPECT_FALSE(dialect.hasHeader);
    EXPECT_EQ(r.table.rowCount(), 2u);
    EXPECT_EQ(r.table.column(1).name(), QStringLiteral("column_2"));
}

TEST(CsvReader, DayFirstAndMonthFirstDates)
{
    ImportResult r = readBytes("d\n04.03.2021\n31.12.2020\n");
    ASSERT_TRUE(r.ok()) << errorOf(r);
    EXPECT_EQ(r.table.column(0).displayText(0), QStringLiteral("2021-03-04"));
    EXPECT_EQ(r.table.column(0).sourceFormat(), QStringLiteral("dd.MM.yyyy"));

    r = readBytes("d\n03/04/2021\n12/31/2020\n");
    ASSERT_TRUE(r.ok()) << errorOf(r);
    EXPECT_EQ(r.table.column(0).displayText(0), QStringLiteral("2021-03-04"));   // 12/31 proves month-first
}

TEST(CsvReader, ChunkBoundariesDoNotChangeTheResult)
{
    // Over 4 MiB so that records (some quoted, multi-line) straddle the reader's chunk boundary.
    QByteArray bytes = "id,text,value\n";
    for (int i = 0; i < 120000; ++i)
        bytes += QByteArray::number(i) + ",\"a \"\"quoted\"\"\nvalue " + QByteArray::number(i % 7) + "\"," + QByteArray::number(i * 0.5) + "\n";
    ASSERT_GT(bytes.size(), 4 << 20);
    const ImportResult r = readBytes(bytes);
    ASSERT_TRUE(r.ok()) << errorOf(r);
    ASSERT_EQ(r.table.rowCount(), 120000u);
    EXPECT_EQ(r.table.column(1).labels().size(), 7);
    EXPECT_EQ(r.table.column(1).displayText(119999), QStringLiteral("a \"quoted\"\nvalue 5"));   // 119999 % 7 == 5
    EXPECT_DOUBLE_EQ(r.table.column(2).numbers()[119999], 59999.5);
}

TEST(CsvReader, ComputesTheSourceHash)
{
    CsvOptions options;
    options.computeSha256 = true;
    const ImportResult r = readBytes("a\n1\n", options);
    ASSERT_TRUE(r.ok());
    // sha256sum of the bytes "a\n1\n"
    EXPECT_EQ(r.table.provenance().sha256, QStringLiteral("309b0e45a73d3fc5325e2b6ed0a01ef8b9cde6b05a5633c1f893f970d52bfddc"));
}

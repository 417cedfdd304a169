#pragma once

// Small builders for the encoder tests: tables from vectors, schemas from roles, the demo pbc.

#include "core/data/typeinference.h"
#include "core/encoding/tableencoder.h"
#include "core/io/csvreader.h"
#include "resources/demodata.h"
#include "support/qtprinters.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace synthreg::test {

using namespace synthreg::core;

inline Table demoPbc()
{
    QFile file(synthreg::resources::demoBaselinePath());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    ImportResult result = CsvReader().read(file, file.fileName());
    EXPECT_TRUE(result.ok());
    return result.table;
}

inline ColumnSpec specOf(const char *name, ColumnRole role, MissingPolicy missing = MissingPolicy::Keep)
{
    ColumnSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.role = role;
    spec.missing = missing;
    return spec;
}

inline Table tableOf(std::vector<Column> columns)
{
    Table table;
    for (Column &column : columns)
        table.addColumn(std::move(column));
    return table;
}

inline Schema schemaOf(std::vector<ColumnSpec> specs)
{
    Schema schema;
    for (ColumnSpec &spec : specs)
        schema.columns << std::move(spec);
    return schema;
}

/** Fits or fails the test (value() throws, which gtest reports with the message above it). */
inline TableEncoder fitted(const Table &table, const Schema &schema, const EncoderOptions &options = {},
                           QStringList *warnings = nullptr)
{
    QString error;
    std::optional<TableEncoder> encoder = TableEncoder::fit(table, schema, options, &error, warnings);
    EXPECT_TRUE(encoder.has_value()) << error.toStdString();
    return encoder.value();
}

inline Column numbers(const char *name, std::vector<double> values)
{
    return Column::numeric(QString::fromLatin1(name), std::move(values));
}

inline Column labels(const char *name, const std::vector<int32_t> &codes, const QStringList &labelList)
{
    return Column::categorical(QString::fromLatin1(name), codes, labelList);
}

inline std::vector<double> lognormal(size_t rows, double sigma, uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(0.0, sigma);
    std::vector<double> values(rows);
    for (double &v : values)
        v = std::exp(normal(engine));
    return values;
}

inline bool allFinite(const EncodedMatrix &matrix)
{
    for (float v : matrix.values)
        if (!std::isfinite(v))
            return false;
    return true;
}

/** Spans of the encoded column `name`, in layout order. */
inline std::vector<Span> spansOf(const TableEncoder &encoder, const QString &name)
{
    std::vector<Span> spans;
    for (const Span &span : encoder.layout().spans)
        if (span.column == encoder.encodedColumn(name))
            spans.push_back(span);
    return spans;
}

/** Sets every Scalar of every row to `alpha` (what a generator's tanh output at its limits looks like). */
inline void setAlphas(EncodedMatrix &matrix, float alpha)
{
    for (int64_t i = 0; i < matrix.rows; ++i)
        for (const Span &span : matrix.layout.spans)
            if (span.kind == SpanKind::Scalar)
                matrix.row(i)[span.offset] = alpha;
}

inline bool isDiscrete(ColumnRole role)
{
    return role == ColumnRole::Categorical || role == ColumnRole::Binary || role == ColumnRole::Ordinal
        || role == ColumnRole::EventIndicator;
}

/** decode(encode(pbc)) against pbc: discrete cells and missing cells exact, continuous share within 1e-4. */
inline void expectReproducesPbc(const Table &pbc, const Schema &schema, const Table &decoded)
{
    ASSERT_EQ(decoded.rowCount(), pbc.rowCount());
    size_t close = 0, compared = 0;
    for (const ColumnSpec &spec : schema.columns) {
        const Column &source = pbc.column(pbc.indexOf(spec.name));
        const int at = decoded.indexOf(spec.name);
        ASSERT_GE(at, 0) << spec.name.toStdString();
        const Column &out = decoded.column(at);
        if (spec.role == ColumnRole::PatientId)
            continue;
        EXPECT_EQ(out.kind(), source.kind()) << spec.name.toStdString();
        for (size_t row = 0; row < pbc.rowCount(); ++row) {
            ASSERT_EQ(out.isMissing(row), source.isMissing(row)) << spec.name.toStdString() << " row " << row;
            if (source.isMissing(row))
                continue;
            if (isDiscrete(spec.role)) {
                ASSERT_EQ(out.displayText(row), source.displayText(row)) << spec.name.toStdString();
                continue;
            }
            const double want = source.numbers()[row], got = out.numbers()[row];
            close += std::abs(got - want) <= 1e-4 * std::abs(want) + 1e-12;
            ++compared;
        }
    }
    EXPECT_GE(double(close), 0.99 * double(compared));
}

} // namespace synthreg::test

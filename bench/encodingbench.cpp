// Headless benchmark of the table encoder: fit, encode and decode times, and the encoded
// width. Asserts nothing.
//   synthreg-bench-encoding FILE.csv [--standardized] [--save-matrix OUT.srmx] [--repeat N]
//   synthreg-bench-encoding --generated ROWS [--repeat N]   (10 continuous + 3 categorical columns)
// --save-matrix writes the encoded table for synthreg-bench-models.
#include "matrixfile.h"

#include "core/data/typeinference.h"
#include "core/encoding/tableencoder.h"
#include "core/io/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace synthreg::core;

namespace {

Table generated(size_t rows, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0, 1);
    std::uniform_int_distribution<int32_t> level(0, 4);
    Table table;
    for (int c = 0; c < 10; ++c) {
        std::vector<double> values(rows);
        for (double &value : values)   // bimodal and skewed, as labs are
            value = c % 2 ? std::exp(normal(rng)) : (normal(rng) > 0 ? 10 : 0) + normal(rng);
        table.addColumn(Column::numeric(QStringLiteral("x%1").arg(c), std::move(values)));
    }
    for (int c = 0; c < 3; ++c) {
        std::vector<int32_t> codes(rows);
        for (int32_t &code : codes)
            code = level(rng);
        table.addColumn(Column::categorical(QStringLiteral("c%1").arg(c), std::move(codes),
                                            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                             QStringLiteral("d"), QStringLiteral("e")}));
    }
    return table;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    const auto option = [&](const QString &name) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : QString();
    };
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: synthreg-bench-encoding FILE.csv [--standardized] [--save-matrix OUT] | --generated ROWS\n");
        return 2;
    }
    Table table;
    if (args.first() == QLatin1String("--generated")) {
        table = generated(size_t(option(QStringLiteral("--generated")).toLongLong()), 7);
    } else {
        const ImportResult result = CsvReader().readFile(args.first());
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error->toString()));
            return 3;
        }
        table = result.table;
    }
    const Schema schema = inferSchema(table).schema;
    EncoderOptions options;
    options.seed = 1;
    if (args.contains(QStringLiteral("--standardized")))
        options.continuous = ContinuousEncoding::Standardized;
    const int repeat = option(QStringLiteral("--repeat")).isEmpty() ? 3 : option(QStringLiteral("--repeat")).toInt();

    std::vector<double> fitSeconds, encodeSeconds, decodeSeconds;
    std::optional<TableEncoder> encoder;
    EncodedMatrix matrix;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer clock;
        clock.start();
        QString error;
        encoder = TableEncoder::fit(table, schema, options, &error);
        if (!encoder) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        fitSeconds.push_back(double(clock.nsecsElapsed()) / 1e9);
        clock.restart();
        matrix = encoder->encode(table, 1);
        encodeSeconds.push_back(double(clock.nsecsElapsed()) / 1e9);
        clock.restart();
        const Table decoded = encoder->decode(matrix, 1);
        decodeSeconds.push_back(double(clock.nsecsElapsed()) / 1e9);
    }
    std::printf("%zu rows x %d columns -> %d encoded columns (%zu spans)\n", table.rowCount(), table.columnCount(),
                matrix.width(), matrix.layout.spans.size());
    std::printf("median of %d: fit %.3f s, encode %.3f s, decode %.3f s\n", repeat, median(fitSeconds),
                median(encodeSeconds), median(decodeSeconds));
    const QString save = option(QStringLiteral("--save-matrix"));
    if (!save.isEmpty() && !synthreg::bench::writeMatrixFile(matrix, save.toStdString())) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(save));
        return 3;
    }
    return 0;
}

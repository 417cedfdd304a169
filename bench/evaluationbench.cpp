// Headless benchmark of the whole evaluation (evaluate()): the figures docs/benchmarks.md
// quotes for the Evaluation issue's budgets. Asserts nothing.
//   synthreg-bench-evaluation FILE.csv [--target COL] [--repeat N]
//       splits FILE 80/20 (seed 1); "synthetic" = a column-wise bootstrap of train, as large as train
//   synthreg-bench-evaluation --generated ROWS [--repeat N]
//       a registry-like table of 1.25 x ROWS rows: ROWS train, ROWS/4 holdout, ROWS synthetic
#include "core/data/datasplit.h"
#include "core/data/typeinference.h"
#include "core/io/csvreader.h"
#include "core/jobs/evaluator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <map>
#include <random>

using namespace synthreg::core;

namespace {
/** Each column resampled on its own: right marginals, no joint structure, no copied rows. */
Table columnBootstrap(const Table &table, size_t rows, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<size_t> pick(0, table.rowCount() - 1);
    Table out;
    for (int c = 0; c < table.columnCount(); ++c) {
        std::vector<size_t> order(rows);
        for (size_t &row : order)
            row = pick(rng);
        out.addColumn(table.column(c).selectRows(order));
    }
    return out;
}

Table generated(size_t rows, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0, 1);
    std::uniform_real_distribution<double> uniform(0, 1);
    Table table;
    std::vector<double> age(rows), time(rows), status(rows);
    for (size_t i = 0; i < rows; ++i) {
        age[i] = std::clamp(std::round(60 + 10 * normal(rng)), 18.0, 95.0);
        time[i] = std::min(std::ceil(-std::log(uniform(rng)) * 2000), 3650.0);
        status[i] = time[i] < 3650 && uniform(rng) < 0.8 ? 1 : 0;
    }
    table.addColumn(Column::numeric(QStringLiteral("age"), age));
    for (int lab = 0; lab < 8; ++lab) {
        std::vector<double> values(rows);
        for (size_t i = 0; i < rows; ++i)
            values[i] = uniform(rng) < 0.05 ? NAN : std::round((3 + 0.02 * (age[i] - 60) * lab + normal(rng)) * 100) / 100;
        table.addColumn(Column::numeric(QStringLiteral("lab%1").arg(lab), values));
    }
    for (int flag = 0; flag < 4; ++flag) {
        std::vector<int32_t> codes(rows);
        for (size_t i = 0; i < rows; ++i)
            codes[i] = int32_t(std::min(4.0, std::floor(uniform(rng) * (2 + flag))));
        table.addColumn(Column::categorical(QStringLiteral("cat%1").arg(flag), codes,
                                            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
    }
    table.addColumn(Column::numeric(QStringLiteral("time"), time));
    table.addColumn(Column::numeric(QStringLiteral("status"), status));
    return table;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s FILE.csv [--target COL] [--repeat N] | --generated ROWS [--repeat N]\n", argv[0]);
        return 2;
    }
    const int repeatAt = int(args.indexOf(QStringLiteral("--repeat")));
    const int repeat = repeatAt > 0 ? args.value(repeatAt + 1).toInt() : 3;
    const int targetAt = int(args.indexOf(QStringLiteral("--target")));

    EvaluationRequest request;
    if (args[1] == QLatin1String("--generated")) {
        const size_t rows = args.value(2).toULong();
        const Table real = generated(rows + rows / 4, 1);
        const DataSplit split = makeHoldoutSplit(real, 0.2, 1);
        request.train = real.selectRows(split.trainRowList());
        request.holdout = real.selectRows(split.holdoutRowList());
        request.synthetic = columnBootstrap(request.train, request.train.rowCount(), 2);
        request.settings.target = QStringLiteral("cat0");
    } else {
        ImportResult imported = CsvReader().readFile(args[1]);
        if (!imported.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error->toString()));
            return 3;
        }
        const DataSplit split = makeHoldoutSplit(imported.table, 0.2, 1);
        request.train = imported.table.selectRows(split.trainRowList());
        request.holdout = imported.table.selectRows(split.holdoutRowList());
        request.synthetic = columnBootstrap(request.train, request.train.rowCount(), 2);
        request.settings.target = targetAt > 0 ? args.value(targetAt + 1) : QString();
    }
    request.schema = inferSchema(request.train).schema;
    std::printf("train %zu, holdout %zu, synthetic %zu rows, %d columns, target '%s'\n", request.train.rowCount(),
                request.holdout.rowCount(), request.synthetic.rowCount(), request.train.columnCount(),
                qPrintable(request.settings.target));

    std::vector<double> totals;
    std::map<QString, std::vector<double>> steps;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer total, step;
        QString current;
        total.start();
        step.start();
        QString error;
        const auto report = evaluate(request, [&](double, const QString &name) {
            if (!current.isEmpty())
                steps[current].push_back(double(step.nsecsElapsed()) / 1e9);
            current = name;
            step.restart();
        }, nullptr, &error);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        totals.push_back(double(total.nsecsElapsed()) / 1e9);
    }
    auto median = [](std::vector<double> v) { std::sort(v.begin(), v.end()); return v[v.size() / 2]; };
    for (const auto &[name, times] : steps)
        std::printf("  %-66s median %7.2f s\n", qPrintable(name), median(times));
    std::printf("whole evaluation: median %.2f s over %d runs (min %.2f, max %.2f)\n", median(totals), repeat,
                *std::min_element(totals.begin(), totals.end()), *std::max_element(totals.begin(), totals.end()));
    return 0;
}

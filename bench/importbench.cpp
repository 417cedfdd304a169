// Headless import benchmark: CSV throughput, peak memory against the columnar size, and
// type-inference time. Not a test: it asserts nothing; docs/benchmarks.md quotes its output.
//   synthreg-bench-import FILE [--repeat N]
//   synthreg-bench-import --generate OUT.csv ROWS COLS   (mixed numeric/categorical/date columns)
#include "core/data/typeinference.h"
#include "core/io/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace synthreg::core;

namespace {
double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

int generate(const QString &path, long rows, int cols)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal(50, 12);
    std::uniform_int_distribution<int> category(0, 11), day(1, 28), month(1, 12), year(1990, 2024);
    static const char *labels[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"};
    QByteArray line;
    for (int c = 0; c < cols; ++c)
        line += (c ? "," : "") + QByteArray("col") + QByteArray::number(c);
    file.write(line + '\n');
    char buffer[64];
    for (long r = 0; r < rows; ++r) {
        line.clear();
        for (int c = 0; c < cols; ++c) {
            if (c)
                line += ',';
            switch (c % 5) {
            case 0: case 1: case 2:   // 60% continuous, 2% missing
                if (rng() % 50 != 0) {
                    std::snprintf(buffer, sizeof buffer, "%.3f", normal(rng));
                    line += buffer;
                }
                break;
            case 3: line += labels[category(rng)]; break;
            case 4:
                std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year(rng), month(rng), day(rng));
                line += buffer;
                break;
            }
        }
        file.write(line + '\n');
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QLatin1String("--generate"))
        return generate(args[2], args[3].toLong(), args[4].toInt());
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s FILE [--repeat N] | --generate OUT ROWS COLS\n", argv[0]);
        return 2;
    }
    const int repeat = args.size() >= 4 && args[2] == QLatin1String("--repeat") ? args[3].toInt() : 5;
    const double megabytes = double(QFileInfo(args[1]).size()) / 1e6;
    std::vector<double> seconds, inferenceSeconds;
    size_t columnarBytes = 0, rows = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        ImportResult result = CsvReader().readFile(args[1]);
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error->toString()));
            return 3;
        }
        columnarBytes = result.table.storageBytes();
        rows = result.table.rowCount();
        timer.restart();
        const InferenceResult inference = inferSchema(result.table);
        inferenceSeconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(inferenceSeconds.begin(), inferenceSeconds.end());
    const double median = seconds[seconds.size() / 2];
    std::printf("file %s: %.1f MB, %zu rows\n", qPrintable(QFileInfo(args[1]).fileName()), megabytes, rows);
    std::printf("import: median %.3f s over %d runs (min %.3f, max %.3f) = %.1f MB/s\n", median, repeat,
                seconds.front(), seconds.back(), megabytes / median);
    std::printf("type inference: median %.3f s\n", inferenceSeconds[inferenceSeconds.size() / 2]);
    std::printf("columnar size %.1f MiB, peak RSS %.1f MiB, ratio %.2f\n", double(columnarBytes) / 1048576.0,
                peakRssMiB(), peakRssMiB() / (double(columnarBytes) / 1048576.0));
    return 0;
}

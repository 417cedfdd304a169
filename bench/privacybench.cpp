// Headless privacy benchmark: the blocked nearest-neighbour search at 100k x 100k rows and
// every privacy metric on a generated registry. Not a test: it asserts nothing;
// docs/benchmarks.md quotes its output.
//   synthreg-bench-privacy [--train N] [--holdout N] [--synthetic N] [--repeat N] [--threads N]
//                          [--only nn|dcr|mia|hamming|exact|all]
#include "core/privacy/privacyreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace synthreg::core;

namespace {

// An AML-like registry: 8 numerical columns (2 with 5% missing), 8 binary flags and 4
// four-level categories (2 with 3% missing); rows are drawn from one population so the
// nearest neighbours are realistic rather than uniform noise.
HoldoutInput generate(size_t train, size_t holdout, size_t synthetic, uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    HoldoutInput input;
    input.rows = {train, holdout, synthetic};
    const std::array<size_t, 3> sizes{train, holdout, synthetic};
    std::array<std::vector<double>, 3> latent;
    for (size_t set = 0; set < 3; ++set) {
        latent[set].resize(sizes[set]);
        for (double &v : latent[set])
            v = normal(random);
    }
    for (int c = 0; c < 20; ++c) {
        HoldoutColumn column;
        column.name = QStringLiteral("c%1").arg(c);
        const bool numeric = c < 8;
        column.kind = numeric ? MetricKind::Numerical : MetricKind::Categorical;
        column.role = numeric ? ColumnRole::Continuous : ColumnRole::Categorical;
        const int levels = c < 16 ? 2 : 4;
        for (int l = 0; l < levels && !numeric; ++l)
            column.labels << QString::number(l);
        const double missingRate = (c == 2 || c == 5) ? 0.05 : (c == 17 || c == 19) ? 0.03 : 0.0;
        for (size_t set = 0; set < 3; ++set) {
            for (size_t row = 0; row < sizes[set]; ++row) {
                const double value = 0.6 * latent[set][row] + 0.8 * normal(random);
                const bool missing = uniform(random) < missingRate;
                if (numeric) {
                    column.numeric[set].push_back(missing ? NAN : std::round(value * 100) / 100);
                } else {
                    const int code = std::clamp(int(std::floor((value + 2) * levels / 4)), 0, levels - 1);
                    column.codes[set].push_back(missing ? -1 : code);
                }
            }
        }
        input.columns.push_back(std::move(column));
    }
    return input;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void timeIt(const char *label, int repeat, const std::function<void()> &work)
{
    std::vector<double> seconds;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        std::printf("  %-34s run %d: %.2f s\n", label, r + 1, seconds.back());
        std::fflush(stdout);
    }
    std::printf("%-36s median of %d: %.2f s (min %.2f)\n", label, repeat, median(seconds),
                *std::min_element(seconds.begin(), seconds.end()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, long fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1].toLong() : fallback;
    };
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 && onlyAt + 1 < args.size() ? args[onlyAt + 1] : QStringLiteral("all");
    const size_t train = size_t(option("--train", 100000));
    const size_t holdout = size_t(option("--holdout", 25000));
    const size_t synthetic = size_t(option("--synthetic", 100000));
    const int repeat = int(option("--repeat", 3));
    const int threads = int(option("--threads", 2));

    const HoldoutInput input = generate(train, holdout, synthetic, 42);
    const DistanceRows trainRows = encodeForDistance(input, RecordSet::Train);
    const DistanceRows holdoutRows = encodeForDistance(input, RecordSet::Holdout);
    const DistanceRows syntheticRows = encodeForDistance(input, RecordSet::Synthetic);
    std::printf("train %zu, holdout %zu, synthetic %zu rows; %zu columns -> %zu distance dimensions; %d threads\n",
                train, holdout, synthetic, input.columns.size(), trainRows.dims, threads);

    NeighborSearchOptions neighbors;
    neighbors.threads = threads;
    auto wanted = [&](const char *name) { return only == QStringLiteral("all") || only == QString::fromLatin1(name); };
    if (wanted("nn")) {
        timeIt("nearest+second: synthetic -> train", repeat, [&] { nearestNeighbors(syntheticRows, trainRows, neighbors); });
    }
    if (wanted("exact"))
        timeIt("exact matches", repeat, [&] { exactMatches(input); });
    if (wanted("dcr")) {
        timeIt("DCR/NNDR (3 searches)", repeat, [&] {
            const DcrResult r = distanceToClosestRecord(trainRows, holdoutRows, syntheticRows, neighbors);
            std::printf("    share closer to train %.4f (ideal %.4f), median DCR %.4f\n", r.shareCloserToTrain, r.idealShare, r.medianDcrTrain);
        });
    }
    if (wanted("mia")) {
        timeIt("membership inference", repeat, [&] {
            std::printf("    AUC %.4f\n", membershipInference(trainRows, holdoutRows, syntheticRows, 1, neighbors).auc);
        });
    }
    if (wanted("hamming")) {
        HammingOptions hamming;
        hamming.threads = threads;
        timeIt("Hamming leakage (4 comparisons)", repeat, [&] {
            const HammingLeakageResult r = hammingLeakage(input, hamming);
            std::printf("    coefficient %.4f, baseline %.4f\n", r.coefficient, r.baselineCoefficient);
        });
    }
    if (wanted("all")) {
        PrivacyOptions options;
        options.threads = threads;
        timeIt("evaluatePrivacy (everything)", repeat, [&] { evaluatePrivacy(input, options); });
    }
    return 0;
}

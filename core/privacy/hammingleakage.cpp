#include "hammingleakage.h"

#include "nearestneighbors.h"
#include "privacymath.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <numeric>
#include <random>

namespace synthreg::core {

using synthreg::core::jsonNumber;
using privacy_detail::quantile;

namespace {

using Chunk = std::vector<size_t>;   // row indices of one set

// numpy.array_split into round(n / chunkRows) parts (Python rounds half to even).
std::vector<Chunk> splitIntoChunks(size_t rows, size_t chunkRows, uint64_t seed)
{
    std::vector<size_t> order(rows);
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937_64 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    const size_t parts = std::max<size_t>(1, size_t(std::nearbyint(double(rows) / double(chunkRows))));
    std::vector<Chunk> chunks;
    size_t begin = 0;
    for (size_t part = 0; part < parts; ++part) {
        const size_t size = rows / parts + (part < rows % parts ? 1 : 0);
        chunks.emplace_back(order.begin() + std::ptrdiff_t(begin), order.begin() + std::ptrdiff_t(begin + size));
        begin += size;
    }
    return chunks;
}

// numpy's linear interpolation, including its switch to b - (b - a)(1 - t) above t = 0.5.
double lerp(double a, double b, double t)
{
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

// Inner edges of pandas.qcut(values, q=bins, duplicates="drop") with the outer edges at
// -inf/+inf: bin = number of inner edges below the value (pandas.cut: right-closed bins).
std::vector<double> innerEdges(std::vector<double> values, int bins)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    std::vector<double> edges;
    const double step = 1.0 / double(bins);   // numpy.linspace(0, 1, bins + 1)
    for (int k = 0; k <= bins; ++k) {
        // pandas hands numpy percentiles (q * 100), numpy divides them back and places the
        // quantile at n q - q: mirrored so that values on an edge fall into the same bin.
        const double q = ((k == bins) ? 1.0 : double(k) * step) * 100.0 / 100.0;
        const double position = std::clamp(double(values.size()) * q - q, 0.0, double(values.size() - 1));
        const size_t below = size_t(std::floor(position));
        const size_t above = std::min(below + 1, values.size() - 1);
        edges.push_back(lerp(values[below], values[above], position - double(below)));
    }
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    if (edges.size() < 2)
        return {};
    return std::vector<double>(edges.begin() + 1, edges.end() - 1);
}

struct PackedRows
{
    size_t words = 0;
    std::vector<uint64_t> bits;   // row-major, `words` a row
};

struct Coder
{
    std::vector<std::vector<double>> edges;   // per column; empty for categorical columns
    std::vector<size_t> offsets;
    size_t totalBits = 0;
};

Coder fitCoder(const HoldoutInput &input, RecordSet toSet, const Chunk &toChunk, int bins)
{
    Coder coder;
    for (const HoldoutColumn &column : input.columns) {
        coder.offsets.push_back(coder.totalBits);
        if (column.isCategorical()) {
            coder.edges.emplace_back();
            coder.totalBits += size_t(column.labels.size()) + 1;   // + missing
            continue;
        }
        std::vector<double> values;
        values.reserve(toChunk.size());
        for (size_t row : toChunk)
            values.push_back(column.values(toSet)[row]);
        coder.edges.push_back(innerEdges(std::move(values), bins));
        coder.totalBits += coder.edges.back().size() + 2;          // bins + missing
    }
    return coder;
}

PackedRows pack(const HoldoutInput &input, const Coder &coder, RecordSet set, const Chunk &chunk)
{
    PackedRows packed;
    packed.words = std::max<size_t>(1, (coder.totalBits + 63) / 64);
    packed.bits.assign(chunk.size() * packed.words, 0);
    for (size_t c = 0; c < input.columns.size(); ++c) {
        const HoldoutColumn &column = input.columns[c];
        const auto &edges = coder.edges[c];
        for (size_t i = 0; i < chunk.size(); ++i) {
            size_t value;
            if (column.isCategorical()) {
                const int32_t code = column.codesOf(set)[chunk[i]];
                value = code < 0 ? size_t(column.labels.size()) : size_t(code);
            } else {
                const double v = column.values(set)[chunk[i]];
                value = std::isnan(v) ? edges.size() + 1 : size_t(std::lower_bound(edges.begin(), edges.end(), v) - edges.begin());
            }
            const size_t bit = coder.offsets[c] + value;
            packed.bits[i * packed.words + bit / 64] |= uint64_t(1) << (bit % 64);
        }
    }
    return packed;
}

template <size_t Words>
inline uint32_t minimumOver(const uint64_t *a, const uint64_t *to, size_t toRows, size_t words)
{
    uint32_t best = UINT32_MAX;
    const size_t n = Words ? Words : words;
    for (size_t t = 0; t < toRows && best > 0; ++t) {
        const uint64_t *b = to + t * n;
        uint32_t bits = 0;
        for (size_t w = 0; w < n; ++w)
            bits += uint32_t(std::popcount(a[w] ^ b[w]));
        best = std::min(best, bits);
    }
    return best / 2;   // one-hot: a differing attribute flips two bits
}

} // namespace

namespace privacy_detail {

// Cloned for CPUs with the POPCNT instruction; the baseline x86-64 build has to emulate it.
#if defined(__GNUC__) && defined(__x86_64__)
__attribute__((target_clones("popcnt", "default")))
#endif
void minimumHammingDistances(const uint64_t *from, size_t begin, size_t end, const uint64_t *to, size_t toRows,
                             size_t words, uint32_t *out)
{
    for (size_t f = begin; f < end; ++f) {
        const uint64_t *a = from + f * words;
        switch (words) {
        case 1: out[f] = minimumOver<1>(a, to, toRows, words); break;
        case 2: out[f] = minimumOver<2>(a, to, toRows, words); break;
        case 3: out[f] = minimumOver<3>(a, to, toRows, words); break;
        case 4: out[f] = minimumOver<4>(a, to, toRows, words); break;
        case 5: out[f] = minimumOver<5>(a, to, toRows, words); break;
        case 6: out[f] = minimumOver<6>(a, to, toRows, words); break;
        case 7: out[f] = minimumOver<7>(a, to, toRows, words); break;
        case 8: out[f] = minimumOver<8>(a, to, toRows, words); break;
        default: out[f] = minimumOver<0>(a, to, toRows, words); break;
        }
    }
}

} // namespace privacy_detail

namespace {

struct PairResult
{
    double mean = 0;
    double median = 0;
    size_t zeros = 0;
};

PairResult comparePair(const HoldoutInput &input, RecordSet fromSet, const Chunk &fromChunk, RecordSet toSet,
                       const Chunk &toChunk, const HammingOptions &options)
{
    const Coder coder = fitCoder(input, toSet, toChunk, options.bins);
    const PackedRows from = pack(input, coder, fromSet, fromChunk);
    const PackedRows to = pack(input, coder, toSet, toChunk);
    std::vector<uint32_t> minima(fromChunk.size(), 0);
    constexpr size_t kRowsPerTask = 64;
    const size_t tasks = (fromChunk.size() + kRowsPerTask - 1) / kRowsPerTask;
    std::atomic<size_t> next{0};
    runOnThreads(std::min<int>(resolveThreadCount(options.threads), int(std::max<size_t>(1, tasks))), [&]() {
        for (size_t task = next++; task < tasks; task = next++) {
            const size_t begin = task * kRowsPerTask;
            privacy_detail::minimumHammingDistances(from.bits.data(), begin, std::min(begin + kRowsPerTask, fromChunk.size()),
                                                    to.bits.data(), toChunk.size(), from.words, minima.data());
        }
    });
    PairResult result;
    std::vector<double> values(minima.begin(), minima.end());
    result.zeros = size_t(std::count(minima.begin(), minima.end(), 0u));
    result.mean = values.empty() ? NAN : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    result.median = quantile(std::move(values), 0.5);
    return result;
}

HammingDistanceSummary compareSets(const HoldoutInput &input, RecordSet fromSet, const std::vector<Chunk> &fromChunks,
                                   RecordSet toSet, const std::vector<Chunk> &toChunks, bool sameSet,
                                   const HammingOptions &options)
{
    HammingDistanceSummary summary;
    double meanSum = 0, medianSum = 0;
    for (size_t i = 0; i < fromChunks.size(); ++i) {
        for (size_t j = sameSet ? i + 1 : 0; j < toChunks.size(); ++j) {
            const PairResult pair = comparePair(input, fromSet, fromChunks[i], toSet, toChunks[j], options);
            meanSum += pair.mean;
            medianSum += pair.median;
            summary.zeroDistanceRows += pair.zeros;
            ++summary.chunkPairs;
        }
    }
    summary.averageMinimum = summary.chunkPairs ? meanSum / double(summary.chunkPairs) : NAN;
    summary.medianMinimum = summary.chunkPairs ? medianSum / double(summary.chunkPairs) : NAN;
    return summary;
}

double relativeExcess(double toHoldout, double toTrain)
{
    if (std::isnan(toHoldout) || std::isnan(toTrain))
        return NAN;
    if (toTrain == 0)
        return toHoldout == 0 ? 0.0 : INFINITY;
    return toHoldout / toTrain - 1.0;
}

} // namespace

HammingLeakageResult hammingLeakage(const HoldoutInput &input, const HammingOptions &options)
{
    HammingLeakageResult result;
    result.threshold = options.threshold;
    result.bins = options.bins;
    result.chunkRows = input.rowCount(RecordSet::Holdout);
    result.attributes = input.columns.size();
    result.coefficient = result.baselineCoefficient = NAN;
    if (result.chunkRows == 0 || input.rowCount(RecordSet::Train) == 0 || input.rowCount(RecordSet::Synthetic) == 0
        || input.columns.empty() || options.bins < 1) {
        result.error = QStringLiteral("The Hamming leakage coefficient needs training, holdout and synthetic rows, "
                                      "at least one scored column and at least one bin.");
        result.syntheticToTrain.averageMinimum = result.syntheticToHoldout.averageMinimum = NAN;
        result.trainToTrain.averageMinimum = result.trainToHoldout.averageMinimum = NAN;
        return result;
    }
    // The reference code shuffles every data frame with the same random_state.
    const auto train = splitIntoChunks(input.rowCount(RecordSet::Train), result.chunkRows, options.seed);
    const auto holdout = splitIntoChunks(result.chunkRows, result.chunkRows, options.seed);
    const auto synthetic = splitIntoChunks(input.rowCount(RecordSet::Synthetic), result.chunkRows, options.seed);

    result.syntheticToTrain = compareSets(input, RecordSet::Synthetic, synthetic, RecordSet::Train, train, false, options);
    result.syntheticToHoldout = compareSets(input, RecordSet::Synthetic, synthetic, RecordSet::Holdout, holdout, false, options);
    result.trainToTrain = compareSets(input, RecordSet::Train, train, RecordSet::Train, train, true, options);
    result.trainToHoldout = compareSets(input, RecordSet::Train, train, RecordSet::Holdout, holdout, false, options);
    // Table 3 of the paper: 8.8587 / 8.7034 - 1 = 0.0178 (CTAB-GAN+), i.e. test / train - 1.
    result.coefficient = relativeExcess(result.syntheticToHoldout.averageMinimum, result.syntheticToTrain.averageMinimum);
    result.baselineCoefficient = relativeExcess(result.trainToHoldout.averageMinimum, result.trainToTrain.averageMinimum);
    result.isFlagged = result.coefficient > options.threshold;
    return result;
}

QJsonObject HammingDistanceSummary::toJson() const
{
    return {{QStringLiteral("average_minimum"), jsonNumber(averageMinimum)},
            {QStringLiteral("median_minimum"), jsonNumber(medianMinimum)},
            {QStringLiteral("zero_distance_rows"), qint64(zeroDistanceRows)},
            {QStringLiteral("chunk_pairs"), qint64(chunkPairs)}};
}

QJsonObject HammingLeakageResult::toJson() const
{
    QJsonObject json{{QStringLiteral("synthetic_to_train"), syntheticToTrain.toJson()},
                     {QStringLiteral("synthetic_to_holdout"), syntheticToHoldout.toJson()},
                     {QStringLiteral("train_to_train"), trainToTrain.toJson()},
                     {QStringLiteral("train_to_holdout"), trainToHoldout.toJson()},
                     {QStringLiteral("coefficient"), jsonNumber(coefficient)},
                     {QStringLiteral("baseline_coefficient"), jsonNumber(baselineCoefficient)},
                     {QStringLiteral("is_flagged"), isFlagged},
                     {QStringLiteral("threshold"), threshold},
                     {QStringLiteral("bins"), bins},
                     {QStringLiteral("chunk_rows"), qint64(chunkRows)},
                     {QStringLiteral("attributes"), qint64(attributes)}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

} // namespace synthreg::core

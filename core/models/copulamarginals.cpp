#include "copulamarginals.h"

#include "generator.h"
#include "parallelfor.h"
#include "standardnormal.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numeric>

namespace synthreg::core {

namespace {

// SDV clips the CDF away from 0 and 1 so that Φ⁻¹ stays finite.
constexpr double kClip = 1e-6;

GeneratorError nonFiniteValue(const Span &span)
{
    return GeneratorError("The encoded data hold a missing or infinite value in encoded column "
                          + std::to_string(span.column)
                          + "; fill or drop missing values before training (the encoder does this).");
}

GeneratorError damagedModel() { return GeneratorError("The saved copula is damaged; train the model again."); }

// Float bits whose unsigned order is the float order, so rows sort by value as integers.
uint32_t orderedBits(float value)
{
    const auto bits = std::bit_cast<uint32_t>(value + 0.0f);   // + 0 turns −0 into +0: one tie group
    return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

float fromOrderedBits(uint32_t bits)
{
    return std::bit_cast<float>((bits & 0x80000000u) ? (bits & 0x7fffffffu) : ~bits);
}

// Stable LSD radix sort on the high 32 bits (the value) of (value << 32 | row) keys: a
// column of a million rows sorts in milliseconds, where std::sort takes ~10× longer.
void sortByValue(std::vector<uint64_t> &keys, std::vector<uint64_t> &buffer)
{
    constexpr int kDigitBits = 11;
    constexpr uint64_t kMask = (1u << kDigitBits) - 1;
    buffer.resize(keys.size());
    for (int shift = 32; shift < 64; shift += kDigitBits) {
        std::array<size_t, size_t(1) << kDigitBits> counts{};
        for (const uint64_t key : keys)
            ++counts[(key >> shift) & kMask];
        if (std::find(counts.begin(), counts.end(), keys.size()) != counts.end())
            continue;   // every key shares this digit
        size_t start = 0;
        for (size_t &count : counts)
            start += std::exchange(count, start);
        for (const uint64_t key : keys)
            buffer[counts[(key >> shift) & kMask]++] = key;
        keys.swap(buffer);
    }
}

} // namespace

std::vector<float> midRankScores(int64_t rows, int threads)
{
    std::vector<float> scores(size_t(2 * rows + 1), 0.0f);
    constexpr int64_t kChunk = 1 << 16;
    parallelFor((2 * rows + kChunk) / kChunk, threads, [&](int64_t chunk, int) {
        const int64_t end = std::min<int64_t>(2 * rows + 1, (chunk + 1) * kChunk);
        for (int64_t m = std::max<int64_t>(2, chunk * kChunk); m < end; ++m) {
            const double u = std::clamp(double(m - 1) / double(2 * rows), kClip, 1 - kClip);
            scores[size_t(m)] = float(standardNormalQuantile(u));
        }
    });
    return scores;
}

CopulaMarginal CopulaMarginal::fitScalar(const EncodedMatrix &data, const Span &span, int quantileCount,
                                         const std::vector<float> &midRanks, MarginalScratch &scratch,
                                         float *scores)
{
    const int64_t rows = data.rows;
    std::vector<uint64_t> &keys = scratch.keys;
    keys.resize(size_t(rows));
    for (int64_t r = 0; r < rows; ++r) {
        const float value = data.row(r)[span.offset];
        if (!std::isfinite(value))
            throw nonFiniteValue(span);
        keys[size_t(r)] = (uint64_t(orderedBits(value)) << 32) | uint64_t(r);
    }
    sortByValue(keys, scratch.buffer);

    const auto valueAtRank = [&](int64_t rank) { return double(fromOrderedBits(uint32_t(keys[size_t(rank)] >> 32))); };
    for (int64_t first = 0; first < rows;) {
        int64_t end = first + 1;
        while (end < rows && (keys[size_t(end)] >> 32) == (keys[size_t(first)] >> 32))
            ++end;
        // 1-based ranks first+1 … end average to (first + 1 + end) / 2: the table holds twice that.
        const float score = midRanks[size_t(first + 1 + end)];
        for (int64_t k = first; k < end; ++k)
            scores[keys[size_t(k)] & 0xffffffffu] = score;
        first = end;
    }

    CopulaMarginal marginal;
    marginal.m_constant = valueAtRank(0) == valueAtRank(rows - 1);
    marginal.m_quantiles.resize(size_t(quantileCount));
    for (int k = 0; k < quantileCount; ++k) {
        // numpy's default ("linear", Hyndman & Fan type 7) quantile.
        const double position = double(rows - 1) * double(k) / double(quantileCount - 1);
        const int64_t below = std::min<int64_t>(int64_t(position), rows - 1);
        const int64_t above = std::min<int64_t>(below + 1, rows - 1);
        const double low = valueAtRank(below);
        marginal.m_quantiles[size_t(k)] = low + (position - double(below)) * (valueAtRank(above) - low);
    }
    return marginal;
}

CopulaMarginal CopulaMarginal::fitDiscrete(const EncodedMatrix &data, const Span &span, uint64_t seed,
                                           const std::vector<double> &levelPositions, MarginalScratch &scratch,
                                           float *scores)
{
    const int64_t rows = data.rows;
    std::vector<int> &levels = scratch.levels;
    levels.resize(size_t(rows));
    std::vector<int64_t> counts(size_t(span.width), 0);
    for (int64_t r = 0; r < rows; ++r) {
        const float *row = data.row(r);
        for (int k = 0; k < span.width; ++k)
            if (!std::isfinite(row[span.offset + k]))
                throw nonFiniteValue(span);
        levels[size_t(r)] = argmaxInSpan(row, span);
        ++counts[size_t(levels[size_t(r)])];
    }

    std::vector<int> order(static_cast<size_t>(span.width));
    std::iota(order.begin(), order.end(), 0);
    if (levelPositions.size() == size_t(span.width))
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return levelPositions[size_t(a)] < levelPositions[size_t(b)]; });
    else
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[size_t(a)] > counts[size_t(b)]; });
    std::vector<double> bounds(size_t(span.width) + 1, 0.0);
    int64_t cumulative = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        cumulative += counts[size_t(order[k])];
        bounds[k + 1] = double(cumulative) / double(rows);
    }

    CopulaMarginal marginal;
    marginal.m_discrete = true;
    marginal.m_constant = *std::max_element(counts.begin(), counts.end()) == rows;
    marginal.setLevelOrder(std::move(order), std::move(bounds));
    NormalRandom random(seed);
    for (int64_t r = 0; r < rows; ++r) {
        if (marginal.m_constant) {
            scores[r] = 0.0f;
            continue;
        }
        const auto [lower, upper] = marginal.interval(levels[size_t(r)]);
        const double u = std::clamp(lower + (upper - lower) * random.uniform(), kClip, 1 - kClip);
        scores[r] = float(standardNormalQuantile(u));
    }
    return marginal;
}

void CopulaMarginal::setLevelOrder(std::vector<int> order, std::vector<double> bounds)
{
    m_levelOrder = std::move(order);
    m_bounds = std::move(bounds);
    m_rankOfLevel.assign(m_levelOrder.size(), 0);
    for (size_t k = 0; k < m_levelOrder.size(); ++k)
        m_rankOfLevel[size_t(m_levelOrder[k])] = int(k);
    m_lastPresentRank = 0;
    for (size_t k = 0; k < m_levelOrder.size(); ++k)
        if (m_bounds[k + 1] > m_bounds[k])
            m_lastPresentRank = int(k);
    // Rounding must not leave a sliver above the last present level.
    for (size_t k = size_t(m_lastPresentRank) + 1; k < m_bounds.size(); ++k)
        m_bounds[k] = 1.0;
}

double CopulaMarginal::valueAt(double u) const
{
    const double position = std::clamp(u, 0.0, 1.0) * double(m_quantiles.size() - 1);
    const size_t below = std::min(size_t(position), m_quantiles.size() - 2);
    const double fraction = std::min(position - double(below), 1.0);
    return m_quantiles[below] + fraction * (m_quantiles[below + 1] - m_quantiles[below]);
}

int CopulaMarginal::levelAt(double u) const
{
    const auto found = std::upper_bound(m_bounds.begin() + 1, m_bounds.end(), u);
    const int rank = std::min(int(found - (m_bounds.begin() + 1)), m_lastPresentRank);
    return m_levelOrder[size_t(rank)];
}

std::pair<double, double> CopulaMarginal::interval(int level) const
{
    const size_t rank = size_t(m_rankOfLevel[size_t(level)]);
    return {m_bounds[rank], m_bounds[rank + 1]};
}

std::vector<double> CopulaMarginal::cutPoints() const
{
    if (!m_discrete || m_bounds.empty())
        return {};
    return std::vector<double>(m_bounds.begin() + 1, m_bounds.begin() + 1 + m_lastPresentRank);
}

void CopulaMarginal::save(ModelWriter &writer) const
{
    writer.writeU64(m_discrete ? 1 : 0);
    writer.writeU64(m_constant ? 1 : 0);
    if (!m_discrete) {
        writer.writeDoubles(m_quantiles);
        return;
    }
    writer.writeDoubles(std::vector<double>(m_levelOrder.begin(), m_levelOrder.end()));
    writer.writeDoubles(m_bounds);
}

CopulaMarginal CopulaMarginal::load(ModelReader &reader, const Span &span)
{
    CopulaMarginal marginal;
    marginal.m_discrete = reader.readU64() == 1;
    marginal.m_constant = reader.readU64() == 1;
    if (marginal.m_discrete != (span.kind != SpanKind::Scalar))
        throw damagedModel();
    if (!marginal.m_discrete) {
        marginal.m_quantiles = reader.readDoubles();
        if (marginal.m_quantiles.size() < 2
            || !std::all_of(marginal.m_quantiles.begin(), marginal.m_quantiles.end(), [](double v) { return std::isfinite(v); })
            || !std::is_sorted(marginal.m_quantiles.begin(), marginal.m_quantiles.end()))
            throw damagedModel();
        return marginal;
    }
    const std::vector<double> order = reader.readDoubles();
    std::vector<double> bounds = reader.readDoubles();
    std::vector<int> levels;
    for (const double level : order) {
        if (!(level >= 0 && level < double(span.width)))
            throw damagedModel();
        levels.push_back(int(level));
    }
    std::vector<int> sortedLevels = levels;
    std::sort(sortedLevels.begin(), sortedLevels.end());
    std::vector<int> expected(static_cast<size_t>(span.width));
    std::iota(expected.begin(), expected.end(), 0);
    if (sortedLevels != expected || bounds.size() != levels.size() + 1 || bounds.front() != 0.0
        || bounds.back() != 1.0 || !std::is_sorted(bounds.begin(), bounds.end()))
        throw damagedModel();
    marginal.setLevelOrder(std::move(levels), std::move(bounds));
    return marginal;
}

} // namespace synthreg::core

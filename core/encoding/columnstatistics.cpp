// Fit-time statistics of a continuous column: learned rounding, skewness, seeded subsamples,
// point masses.

#include "columnstatistics.h"

#include <algorithm>
#include <cmath>

namespace synthreg::core {

namespace {

// Values written with more decimals than this are treated as unrounded measurements.
constexpr int kMaxLearnedDecimals = 10;

} // namespace

double roundTo(double value, int decimals)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const double factor = decimals >= 0 && decimals < 16 ? kPowers[decimals] : std::pow(10.0, decimals);
    if (std::abs(value) * factor > 1e15)   // beyond double precision: already as round as it gets
        return value;
    return std::round(value * factor) / factor;
}

bool isRoundAt(double value, int decimals)
{
    const double rounded = roundTo(value, decimals);
    return rounded == value || std::abs(rounded - value) <= 1e-12 * std::max(1.0, std::abs(value));
}

int learnDecimals(const std::vector<double> &values)
{
    int decimals = 0;
    for (double value : values) {
        while (decimals <= kMaxLearnedDecimals && !isRoundAt(value, decimals))
            ++decimals;
        if (decimals > kMaxLearnedDecimals)
            return -1;
    }
    return decimals;
}

double skewness(const std::vector<double> &values)
{
    if (values.size() < 3)
        return 0;
    double mean = 0;
    for (double v : values)
        mean += v;
    mean /= double(values.size());
    double m2 = 0, m3 = 0;
    for (double v : values) {
        const double d = v - mean;
        m2 += d * d;
        m3 += d * d * d;
    }
    m2 /= double(values.size());
    m3 /= double(values.size());
    return m2 > 0 ? m3 / std::pow(m2, 1.5) : 0.0;
}

std::vector<double> subsample(const std::vector<double> &values, size_t limit, ColumnRandom &random)
{
    if (values.size() <= limit)
        return values;
    std::vector<double> out;
    out.reserve(limit);
    for (size_t i = 0; i < values.size() && out.size() < limit; ++i)
        if (random.uniform() * double(values.size() - i) < double(limit - out.size()))
            out.push_back(values[i]);
    return out;
}

std::vector<double> findPointMasses(const std::vector<double> &observed, std::vector<double> sample, double share)
{
    if (share <= 0 || share > 1 || sample.empty())
        return {};
    std::sort(sample.begin(), sample.end());
    std::vector<double> candidates;
    for (size_t i = 0; i < sample.size();) {
        size_t j = i;
        while (j < sample.size() && sample[j] == sample[i])
            ++j;
        // Half the share on the subsample: a value at the threshold is never missed by chance.
        if (double(j - i) >= 0.5 * share * double(sample.size()))
            candidates.push_back(sample[i]);
        i = j;
    }
    std::vector<size_t> counts(candidates.size(), 0);
    for (double v : observed)
        for (size_t c = 0; c < candidates.size(); ++c)
            counts[c] += v == candidates[c];
    std::vector<double> masses;
    for (size_t c = 0; c < candidates.size(); ++c)
        if (double(counts[c]) >= share * double(observed.size()))
            masses.push_back(candidates[c]);
    return masses;
}

} // namespace synthreg::core

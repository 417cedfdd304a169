// Continuous columns: CTGAN's mode-specific normalisation with CTAB-GAN+'s point-mass and
// missing modes, or a plain z-score for the Gaussian copula; SDV-style clamping and rounding
// on the way back.

#include "columncodec.h"
#include "columnstatistics.h"
#include "variationalmixture.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace synthreg::core {

namespace {

constexpr double kSecondsPerDay = 86400.0;
// Sample skewness of an exponential distribution is 2: above that the right tail is heavier
// than exponential (bili, alk.phos, incomes), a few Gaussian modes cannot cover it and the
// ±0.99 alpha clipping at 4σ would cut the largest values; on the log scale they fit.
constexpr double kLongTailSkewness = 2.0;
// A numeric column with at most this many distinct values (a stage, a score, years of
// schooling), each seen on average at least kRowsPerDiscreteValue times, is discrete in
// all but storage: every value becomes a point mass, so decoding returns exactly those values
// at their rates, the smallest and the largest included. Gaussian modes would smear them into
// values the column never holds, and SDMetrics bins such a column between its extremes.
constexpr size_t kDiscreteValueLimit = 20;
constexpr size_t kRowsPerDiscreteValue = 10;

double valueAt(const Column &column, size_t row, double anchorSeconds)
{
    if (column.isMissing(row))
        return std::nan("");
    if (column.kind() == StorageKind::Timestamp)
        return (double(column.seconds()[row]) - anchorSeconds) / kSecondsPerDay;
    return column.numbers()[row];
}

int pointMassIndex(const ContinuousState &state, double value)
{
    for (size_t i = 0; i < state.pointMasses.size(); ++i)
        if (state.pointMasses[i] == value)
            return int(i);
    return -1;
}

double forward(const ContinuousState &state, double x)
{
    return state.logTransform ? std::log(std::max(x - state.logShift, 0.0) + 1) : x;
}

double inverse(const ContinuousState &state, double t)
{
    return state.logTransform ? std::exp(t) - 1 + state.logShift : t;
}

QString valueText(const EncodedColumnState &state, double value)
{
    if (state.storage != StorageKind::Timestamp)
        return formatNumber(value);
    const auto when = QDateTime::fromSecsSinceEpoch(qint64(state.continuous.anchorSeconds + value * kSecondsPerDay), QTimeZone::utc());
    return state.precision == TimestampPrecision::Date ? when.date().toString(Qt::ISODate) : when.toString(Qt::ISODate);
}

/** Clamping, rounding and positivity for a decoded value from a Gaussian mode or the z-score. */
double finish(const EncodedColumnState &state, double x)
{
    const ContinuousState &c = state.continuous;
    x = std::clamp(x, c.lower, c.upper);
    if (c.decimals >= 0)
        x = roundTo(x, c.decimals);
    if (state.role == ColumnRole::SurvivalTime)
        x = std::max(x, c.smallestPositive);
    return x;
}

/** The ascending distinct values of a discrete-in-all-but-storage column (above), else none. */
std::vector<double> discreteValues(const std::vector<double> &observed)
{
    const size_t limit = std::min(kDiscreteValueLimit, observed.size() / kRowsPerDiscreteValue);
    std::vector<double> distinct;
    for (double v : observed) {
        if (std::find(distinct.begin(), distinct.end(), v) != distinct.end())
            continue;
        if (distinct.size() == limit)
            return {};
        distinct.push_back(v);
    }
    std::sort(distinct.begin(), distinct.end());
    return distinct;
}

// A mode encodes alpha = (t - mean) / (4 stddev), clipped to ±kAlphaLimit (CTGAN's ±0.99).
constexpr double kAlphaLimit = 0.99;

double alphaIn(const MixtureComponent &component, double t)
{
    return (t - component.mean) / (4 * component.stddev);
}

/**
 * Widens the outermost modes until the column's extremes lie within what a mode can encode.
 * The mixture drops components below the weight threshold, so a few far values (pbc's three
 * prothrombin times above 15, max 18) lay beyond every mode: encoding clipped them to 14.7,
 * no generator could give them back, and SDMetrics then binned the column differently in the
 * two tables (its pairs scored 0.67 instead of ~0.9).
 */
void coverExtremes(std::vector<MixtureComponent> &components, double lowest, double highest)
{
    if (components.empty())
        return;
    const auto widen = [](MixtureComponent &component, double reach) {
        const double stddev = std::abs(reach - component.mean) / (4 * kAlphaLimit);
        if (stddev <= component.stddev)
            return;
        component.logScale += std::log(component.stddev / stddev);   // the density's normalising term
        component.stddev = stddev;
    };
    const auto byMean = [](const MixtureComponent &a, const MixtureComponent &b) { return a.mean < b.mean; };
    widen(*std::max_element(components.begin(), components.end(), byMean), highest);
    widen(*std::min_element(components.begin(), components.end(), byMean), lowest);
}

void fitModes(ContinuousState &c, const std::vector<double> &observed, const EncoderOptions &options, ColumnRandom &random)
{
    if (std::vector<double> values = discreteValues(observed); !values.empty()) {
        c.pointMasses = std::move(values);
        return;
    }
    const size_t sampleRows = size_t(std::max<int64_t>(1, options.mixtureSampleRows));
    c.pointMasses = findPointMasses(observed, subsample(observed, sampleRows, random), options.pointMassShare);
    std::vector<double> rest;
    rest.reserve(observed.size());
    for (double v : observed)
        if (pointMassIndex(c, v) < 0)
            rest.push_back(v);
    if (rest.empty())
        return;
    c.logTransform = c.logTransform && skewness(rest) > kLongTailSkewness;
    for (double &v : rest)
        v = forward(c, v);
    MixtureOptions mixture;
    mixture.maxComponents = std::max(1, options.maxModes);
    mixture.weightThreshold = options.modeWeightThreshold;
    c.components = fitVariationalMixture(subsample(rest, sampleRows, random), mixture);
    const auto [lowest, highest] = std::minmax_element(rest.begin(), rest.end());
    coverExtremes(c.components, *lowest, *highest);
}

void fitStandardized(ContinuousState &c, std::vector<double> observed)
{
    c.logTransform = c.logTransform && skewness(observed) > kLongTailSkewness;
    double sum = 0;
    for (double &v : observed) {
        v = forward(c, v);
        sum += v;
    }
    c.center = sum / double(observed.size());
    double squares = 0;
    for (double v : observed)
        squares += (v - c.center) * (v - c.center);
    const double sd = std::sqrt(squares / double(observed.size()));
    c.scale = sd > 0 ? sd : 1.0;
}

} // namespace

ColumnFit fitContinuousColumn(const Column &column, const ColumnSpec &spec, const std::vector<size_t> &rows,
                              const EncoderOptions &options, uint64_t stream)
{
    ColumnFit fit{describeColumn(column, spec), {}, {}};
    EncodedColumnState &state = fit.state;
    state.isContinuous = true;
    ContinuousState &c = state.continuous;
    if (column.kind() == StorageKind::Categorical) {
        fit.error = QStringLiteral("Column '%1' holds text, so it cannot be %2: mark it categorical in the schema, "
                                   "or fix its non-numeric values and import the data again.")
                        .arg(spec.name, roleDisplayName(spec.role));
        return fit;
    }
    const bool timestamps = column.kind() == StorageKind::Timestamp;
    if (timestamps) {
        bool first = true;
        for (size_t row : rows)
            if (!column.isMissing(row) && (first || double(column.seconds()[row]) < c.anchorSeconds)) {
                c.anchorSeconds = double(column.seconds()[row]);
                first = false;
            }
    }
    std::vector<double> observed;
    observed.reserve(rows.size());
    for (size_t row : rows)
        if (!column.isMissing(row))
            observed.push_back(valueAt(column, row, c.anchorSeconds));
    const size_t missing = rows.size() - observed.size();

    if (observed.empty()) {
        c.allMissing = true;
        state.missing = MissingPolicy::Keep;   // nothing to impute from
        c.missingMode = c.missingFlag = true;
        c.fillValue = 0;
        fit.warnings << QStringLiteral("Column '%1' has no values; every synthetic row will leave it missing.").arg(spec.name);
        return fit;
    }
    {
        std::vector<double> copy = observed;
        auto middle = copy.begin() + std::ptrdiff_t(copy.size() / 2);
        std::nth_element(copy.begin(), middle, copy.end());
        c.fillValue = *middle;
    }
    if (spec.missing == MissingPolicy::Impute)
        observed.insert(observed.end(), missing, c.fillValue);
    const bool keepsMissing = spec.missing == MissingPolicy::Keep && missing > 0;

    const auto [minimum, maximum] = std::minmax_element(observed.begin(), observed.end());
    c.lower = *minimum;
    c.upper = *maximum;
    if (!timestamps) {
        // Schema bounds win over the observed range (SDV enforce_min_max_values otherwise).
        const double lower = spec.lowerBound.value_or(c.lower), upper = spec.upperBound.value_or(c.upper);
        if (lower <= upper) {
            c.lower = lower;
            c.upper = upper;
        }
        c.decimals = spec.decimals ? std::max(0, *spec.decimals) : learnDecimals(observed);
    }
    c.smallestPositive = 1.0;
    bool anyPositive = false;
    for (double v : observed)
        if (v > 0 && (!anyPositive || v < c.smallestPositive)) {
            c.smallestPositive = v;
            anyPositive = true;
        }
    if (state.role == ColumnRole::SurvivalTime)
        c.lower = std::max(c.lower, c.smallestPositive);
    c.logShift = *minimum;
    c.logTransform = options.logTransformLongTails && !timestamps;

    if (*minimum == *maximum)
        fit.warnings << QStringLiteral("Column '%1' is constant; every synthetic row will hold %2%3.")
                            .arg(spec.name, valueText(state, *minimum),
                                 keepsMissing ? QStringLiteral(" (or leave it missing)") : QString());

    ColumnRandom random(options.seed, stream);
    if (options.continuous == ContinuousEncoding::Standardized) {
        c.missingFlag = keepsMissing;
        fitStandardized(c, std::move(observed));
    } else {
        c.missingMode = keepsMissing;
        fitModes(c, observed, options, random);
    }
    if (c.components.empty())
        c.logTransform = false;
    return fit;
}

void encodeContinuousColumn(const EncodedColumnState &state, ContinuousEncoding encoding, const Column &column,
                            const std::vector<size_t> &rows, int firstSpan, EncodedMatrix &matrix, ColumnRandom random)
{
    const ContinuousState &c = state.continuous;
    const size_t width = size_t(matrix.width());
    const size_t scalar = size_t(matrix.layout.spans[size_t(firstSpan)].offset);
    float *values = matrix.values.data();

    if (encoding == ContinuousEncoding::Standardized) {
        std::vector<double> pool;   // observed values: what a missing cell is filled with
        for (size_t row : rows)
            if (!column.isMissing(row))
                pool.push_back(valueAt(column, row, c.anchorSeconds));
        const size_t flag = c.missingFlag ? size_t(matrix.layout.spans[size_t(firstSpan) + 1].offset) : 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            double x = valueAt(column, rows[i], c.anchorSeconds);
            const bool missing = std::isnan(x);
            if (missing)
                x = state.missing == MissingPolicy::Impute || pool.empty() ? c.fillValue : pool[random.index(pool.size())];
            const double z = c.allMissing ? 0.0 : (forward(c, x) - c.center) / c.scale;
            values[i * width + scalar] = std::isfinite(z) ? float(z) : 0.0f;
            if (c.missingFlag)
                values[i * width + flag + (missing && state.missing == MissingPolicy::Keep ? 1 : 0)] = 1;
        }
        return;
    }

    const size_t modes = size_t(matrix.layout.spans[size_t(firstSpan) + 1].offset);
    const size_t gaussians = c.components.size();
    std::vector<double> probabilities(gaussians);
    for (size_t i = 0; i < rows.size(); ++i) {
        float *row = values + i * width;
        double x = valueAt(column, rows[i], c.anchorSeconds);
        if (std::isnan(x)) {
            if (c.missingMode) {
                row[modes + size_t(c.modeCount() - 1)] = 1;
                continue;
            }
            x = c.fillValue;
        }
        if (const int mass = pointMassIndex(c, x); mass >= 0 || gaussians == 0) {
            size_t nearest = 0;   // a value unseen at fit in a column without Gaussian modes: the nearest point mass
            for (size_t m = 1; m < c.pointMasses.size(); ++m)
                if (std::abs(c.pointMasses[m] - x) < std::abs(c.pointMasses[nearest] - x))
                    nearest = m;
            const size_t mode = mass >= 0 ? size_t(mass) : nearest;
            row[modes + (c.pointMasses.empty() ? size_t(c.modeCount() - 1) : gaussians + mode)] = 1;
            continue;
        }
        const double t = forward(c, x);
        double best = -std::numeric_limits<double>::infinity();
        for (size_t k = 0; k < gaussians; ++k)
            best = std::max(best, probabilities[k] = componentLogDensity(c.components[k], t));
        double total = 0;
        for (size_t k = 0; k < gaussians; ++k) {
            const double gap = probabilities[k] - best;   // below e^-40 a mode's share is far under the 1e-6 smoothing
            total += probabilities[k] = gap < -40 ? 0.0 : std::exp(gap);
        }
        // CTGAN samples the mode from the responsibilities, smoothed by 1e-6 (ctgan/data_transformer.py).
        double u = random.uniform() * (1 + 1e-6 * double(gaussians));
        size_t chosen = gaussians - 1;
        for (size_t k = 0; k < gaussians; ++k) {
            u -= probabilities[k] / total + 1e-6;
            if (u < 0) {
                chosen = k;
                break;
            }
        }
        // A far value the drawn mode would clip goes to the mode that encodes it most closely
        // (coverExtremes() makes sure one reaches every value seen at fit).
        if (std::abs(alphaIn(c.components[chosen], t)) > kAlphaLimit) {
            for (size_t k = 0; k < gaussians; ++k)
                if (std::abs(alphaIn(c.components[k], t)) < std::abs(alphaIn(c.components[chosen], t)))
                    chosen = k;
        }
        row[scalar] = float(std::clamp(alphaIn(c.components[chosen], t), -kAlphaLimit, kAlphaLimit));
        row[modes + chosen] = 1;
    }
}

Column decodeContinuousColumn(const EncodedColumnState &state, ContinuousEncoding encoding, const EncodedMatrix &matrix,
                              int firstSpan)
{
    const ContinuousState &c = state.continuous;
    const Span &scalar = matrix.layout.spans[size_t(firstSpan)];
    std::vector<double> decoded(size_t(matrix.rows));
    for (int64_t i = 0; i < matrix.rows; ++i) {
        const float *row = matrix.row(i);
        const double a = std::isfinite(row[scalar.offset]) ? double(row[scalar.offset]) : 0.0;
        double &x = decoded[size_t(i)];
        if (c.allMissing) {
            x = std::nan("");
        } else if (encoding == ContinuousEncoding::Standardized) {
            const bool missing = c.missingFlag && argmaxInSpan(row, matrix.layout.spans[size_t(firstSpan) + 1]) == 1;
            x = missing ? std::nan("") : finish(state, inverse(c, a * c.scale + c.center));
        } else {
            const size_t mode = size_t(argmaxInSpan(row, matrix.layout.spans[size_t(firstSpan) + 1]));
            if (mode < c.components.size()) {
                const MixtureComponent &component = c.components[mode];
                x = finish(state, inverse(c, std::clamp(a, -1.0, 1.0) * 4 * component.stddev + component.mean));
            } else if (mode < c.components.size() + c.pointMasses.size()) {
                x = c.pointMasses[mode - c.components.size()];
                if (state.role == ColumnRole::SurvivalTime)
                    x = std::max(x, c.smallestPositive);
            } else {
                x = std::nan("");
            }
        }
    }
    if (state.storage != StorageKind::Timestamp) {
        Column column = Column::numeric(state.name, std::move(decoded));
        column.setSourceFormat(state.sourceFormat);
        return column;
    }
    std::vector<int64_t> seconds(decoded.size(), 0);
    std::vector<uint8_t> missing(decoded.size(), 0);
    for (size_t i = 0; i < decoded.size(); ++i) {
        if (std::isnan(decoded[i])) {
            missing[i] = 1;
            continue;
        }
        const double days = state.precision == TimestampPrecision::Date ? std::round(decoded[i]) : decoded[i];
        seconds[i] = int64_t(c.anchorSeconds) + std::llround(days * kSecondsPerDay);
    }
    Column column = Column::timestamp(state.name, std::move(seconds), std::move(missing), state.precision);
    column.setSourceFormat(state.sourceFormat);
    return column;
}

} // namespace synthreg::core

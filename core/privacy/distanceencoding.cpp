#include "distanceencoding.h"

#include <algorithm>
#include <cmath>

namespace synthreg::core {

namespace {

constexpr double kMissingCoordinate = 0.5;
const double kMissingFlag = std::sqrt(0.75);
const double kOneHot = 1.0 / std::sqrt(2.0);

bool hasMissingNumber(const HoldoutColumn &column)
{
    for (const auto &values : column.numeric) {
        if (std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); }))
            return true;
    }
    return false;
}

bool hasMissingCode(const HoldoutColumn &column)
{
    for (const auto &codes : column.codes) {
        if (std::any_of(codes.begin(), codes.end(), [](int32_t c) { return c < 0; }))
            return true;
    }
    return false;
}

// The one-hot vectors e_0..e_{k-1} / sqrt(2) differ only inside the k-1 dimensional space
// orthogonal to (1, ..., 1): their coordinates in the Helmert basis of that space keep every
// pairwise distance (exactly 1) with one coordinate less, and GEMM cost is linear in it.
std::vector<double> simplexVertices(size_t k)
{
    std::vector<double> table(k * (k > 0 ? k - 1 : 0), 0.0);
    for (size_t j = 1; j < k; ++j) {
        const double norm = std::sqrt(double(j) * double(j + 1));
        for (size_t i = 0; i <= j; ++i)
            table[i * (k - 1) + (j - 1)] = (i < j ? 1.0 : -double(j)) / norm * kOneHot;
    }
    return table;
}

} // namespace

DistanceRows encodeForDistance(const HoldoutInput &input, RecordSet set)
{
    struct Layout
    {
        size_t offset = 0;
        bool missingSlot = false;
        size_t categories = 0;             // categorical: labels (+ missing)
        std::vector<double> vertices;      // categorical: categories x (categories - 1)
        double minimum = 0;
        double scale = 1;
    };
    std::vector<Layout> layouts;
    size_t dims = 0;
    for (const HoldoutColumn &column : input.columns) {
        Layout layout;
        layout.offset = dims;
        if (column.isCategorical()) {
            layout.missingSlot = hasMissingCode(column);
            layout.categories = size_t(column.labels.size()) + (layout.missingSlot ? 1 : 0);
            layout.vertices = simplexVertices(layout.categories);
            dims += layout.categories > 0 ? layout.categories - 1 : 0;
        } else {
            layout.missingSlot = hasMissingNumber(column);
            double lo = INFINITY, hi = -INFINITY;
            for (double v : column.values(RecordSet::Train)) {
                if (std::isnan(v))
                    continue;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
            layout.minimum = std::isfinite(lo) ? lo : 0.0;
            layout.scale = (std::isfinite(lo) && hi > lo) ? 1.0 / (hi - lo) : 1.0;
            dims += layout.missingSlot ? 2 : 1;
        }
        layouts.push_back(layout);
    }

    DistanceRows out;
    out.rows = input.rowCount(set);
    out.dims = dims;
    out.values.assign(out.rows * dims, 0.0);
    for (size_t c = 0; c < input.columns.size(); ++c) {
        const HoldoutColumn &column = input.columns[c];
        const Layout &layout = layouts[c];
        if (column.isCategorical()) {
            const auto &codes = column.codesOf(set);
            const size_t missingIndex = size_t(column.labels.size());
            const size_t width = layout.categories > 0 ? layout.categories - 1 : 0;
            for (size_t row = 0; row < out.rows; ++row) {
                const size_t slot = codes[row] < 0 ? missingIndex : size_t(codes[row]);
                std::copy_n(layout.vertices.begin() + std::ptrdiff_t(slot * width), width,
                            out.values.begin() + std::ptrdiff_t(row * dims + layout.offset));
            }
            continue;
        }
        const auto &values = column.values(set);
        for (size_t row = 0; row < out.rows; ++row) {
            double *at = &out.values[row * dims + layout.offset];
            if (std::isnan(values[row])) {
                at[0] = kMissingCoordinate;
                at[1] = kMissingFlag;
            } else {
                at[0] = (values[row] - layout.minimum) * layout.scale;
            }
        }
    }
    return out;
}

double rowDistance(const DistanceRows &x, size_t a, const DistanceRows &y, size_t b)
{
    const double *p = x.row(a);
    const double *q = y.row(b);
    double sum = 0;
    for (size_t d = 0; d < x.dims; ++d) {
        const double diff = p[d] - q[d];
        sum += diff * diff;
    }
    return std::sqrt(sum);
}

} // namespace synthreg::core

#pragma once

// Small helpers shared by the privacy metrics' implementations (not installed API).

#include "core/stats/numericvalues.h"
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <vector>

namespace synthreg::core::privacy_detail {

// numpy.percentile's default (linear interpolation between order statistics); NaNs ignored.
inline double quantile(std::vector<double> values, double p)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
    if (values.empty())
        return NAN;
    std::sort(values.begin(), values.end());
    const double position = p * double(values.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (position - double(below)) * (values[above] - values[below]);
}

// JSON has no NaN or infinity: those become null.

} // namespace synthreg::core::privacy_detail

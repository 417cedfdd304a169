#pragma once

#include <QJsonValue>

#include <cmath>
#include <span>
#include <vector>

namespace synthreg::core {

/** A number for a JSON report: NaN and infinities (undefined statistics) become null. */
inline QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

/** The values that are not missing (NaN), in their order. */
inline std::vector<double> nonMissing(std::span<const double> values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (!std::isnan(v))
            out.push_back(v);
    }
    return out;
}

} // namespace synthreg::core

#include "kerneldensity.h"

#include <cmath>
#include <numbers>

namespace synthreg::core {

namespace {

std::vector<double> presentValues(std::span<const double> values)
{
    std::vector<double> present;
    present.reserve(values.size());
    for (double value : values)
        if (!std::isnan(value))
            present.push_back(value);
    return present;
}

double bandwidthOf(const std::vector<double> &present)
{
    const size_t n = present.size();
    if (n < 2)
        return 0;
    double mean = 0;
    for (double value : present)
        mean += value;
    mean /= double(n);
    double squares = 0;
    for (double value : present)
        squares += (value - mean) * (value - mean);
    return std::sqrt(squares / double(n - 1)) * std::pow(double(n), -0.2);
}

} // namespace

double scottBandwidth(std::span<const double> values)
{
    return bandwidthOf(presentValues(values));
}

std::vector<double> gaussianKde(std::span<const double> values, std::span<const double> points)
{
    const std::vector<double> present = presentValues(values);
    const double bandwidth = bandwidthOf(present);
    std::vector<double> density(points.size(), 0.0);
    if (bandwidth <= 0)
        return density;
    const double norm = 1.0 / (double(present.size()) * bandwidth * std::sqrt(2 * std::numbers::pi));
    for (size_t p = 0; p < points.size(); ++p) {
        double sum = 0;
        for (double value : present) {
            const double z = (points[p] - value) / bandwidth;
            sum += std::exp(-0.5 * z * z);
        }
        density[p] = sum * norm;
    }
    return density;
}

} // namespace synthreg::core

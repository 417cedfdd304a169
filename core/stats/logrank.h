#pragma once

#include <QJsonObject>
#include <QString>

#include <array>
#include <cstddef>
#include <vector>

namespace synthreg::core {

/** Two-sample log-rank test, as R's survdiff(Surv(time, status) ~ group) with rho = 0. */
struct LogRankResult
{
    std::array<size_t, 2> n{};
    std::array<double, 2> observed{};
    std::array<double, 2> expected{};
    double variance = 0;      ///< hypergeometric variance of observed - expected in group 1
    double chiSquare = 0;
    int degreesOfFreedom = 1;
    double pValue = 1;        ///< upper tail of chi-square with 1 df
    size_t droppedRows = 0;   ///< both groups together
    QString error;

    bool isValid() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

/**
 * Compares the survival of two groups (for SynthReg: real against synthetic). Rows are
 * cleaned as survivalSample() does. Returns a result with `error` set, and NaN statistics,
 * when a group has no usable rows or the pooled data have no event (nothing to compare).
 * Pure function; thread-safe.
 */
LogRankResult logRankTest(const std::vector<double> &times1, const std::vector<int> &events1,
                          const std::vector<double> &times2, const std::vector<int> &events2);

} // namespace synthreg::core

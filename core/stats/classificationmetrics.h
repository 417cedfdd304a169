#pragma once

#include <cstdint>
#include <vector>

namespace synthreg::core {

/**
 * Area under the ROC curve: the probability that a random positive scores higher than a
 * random negative, ties counting half — the Mann-Whitney U statistic over n1 * n0 with
 * mid-ranks for ties. NaN when either class is empty or a score is NaN.
 */
double rocAuc(const std::vector<double> &scores, const std::vector<uint8_t> &isPositive);

/** Share of rows whose predicted class equals the true one; NaN when empty. */
double accuracy(const std::vector<int> &truth, const std::vector<int> &predicted);

/**
 * F1 of class `positive`: 2 TP / (2 TP + FP + FN); 0 when the class is neither true nor
 * predicted anywhere (sklearn's zero_division=0).
 */
double f1Score(const std::vector<int> &truth, const std::vector<int> &predicted, int positive);

/**
 * Macro F1: the mean of f1Score over the classes that occur in `truth` or `predicted`, as
 * sklearn's f1_score(average="macro").
 */
double macroF1(const std::vector<int> &truth, const std::vector<int> &predicted);

/** Coefficient of determination 1 - SS_res / SS_tot; NaN when empty or when the truth is constant. */
double rSquared(const std::vector<double> &truth, const std::vector<double> &predicted);

/** Root mean squared error; NaN when empty. */
double rootMeanSquaredError(const std::vector<double> &truth, const std::vector<double> &predicted);

} // namespace synthreg::core

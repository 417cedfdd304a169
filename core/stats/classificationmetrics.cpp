#include "classificationmetrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace synthreg::core {

double rocAuc(const std::vector<double> &scores, const std::vector<uint8_t> &isPositive)
{
    const size_t n = std::min(scores.size(), isPositive.size());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    for (size_t i = 0; i < n; ++i) {
        if (std::isnan(scores[i]))
            return NAN;
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    double positiveRankSum = 0;
    size_t positives = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double midRank = 0.5 * double(i + 1 + j);   // ranks i+1 .. j, averaged
        for (size_t k = i; k < j; ++k) {
            if (isPositive[order[k]]) {
                positiveRankSum += midRank;
                ++positives;
            }
        }
        i = j;
    }
    const size_t negatives = n - positives;
    if (positives == 0 || negatives == 0)
        return NAN;
    const double u = positiveRankSum - double(positives) * double(positives + 1) / 2.0;
    return u / (double(positives) * double(negatives));
}

double accuracy(const std::vector<int> &truth, const std::vector<int> &predicted)
{
    const size_t n = std::min(truth.size(), predicted.size());
    if (n == 0)
        return NAN;
    size_t hits = 0;
    for (size_t i = 0; i < n; ++i)
        hits += truth[i] == predicted[i] ? 1 : 0;
    return double(hits) / double(n);
}

double f1Score(const std::vector<int> &truth, const std::vector<int> &predicted, int positive)
{
    const size_t n = std::min(truth.size(), predicted.size());
    double tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < n; ++i) {
        const bool isTrue = truth[i] == positive;
        const bool isPredicted = predicted[i] == positive;
        tp += (isTrue && isPredicted) ? 1 : 0;
        fp += (!isTrue && isPredicted) ? 1 : 0;
        fn += (isTrue && !isPredicted) ? 1 : 0;
    }
    const double denominator = 2 * tp + fp + fn;
    return denominator > 0 ? 2 * tp / denominator : 0.0;
}

double macroF1(const std::vector<int> &truth, const std::vector<int> &predicted)
{
    std::set<int> classes(truth.begin(), truth.end());
    classes.insert(predicted.begin(), predicted.end());
    if (classes.empty())
        return NAN;
    double sum = 0;
    for (int label : classes)
        sum += f1Score(truth, predicted, label);
    return sum / double(classes.size());
}

double rSquared(const std::vector<double> &truth, const std::vector<double> &predicted)
{
    const size_t n = std::min(truth.size(), predicted.size());
    if (n == 0)
        return NAN;
    const double mean = std::accumulate(truth.begin(), truth.begin() + std::ptrdiff_t(n), 0.0) / double(n);
    double residual = 0, total = 0;
    for (size_t i = 0; i < n; ++i) {
        residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
        total += (truth[i] - mean) * (truth[i] - mean);
    }
    return total > 0 ? 1.0 - residual / total : NAN;
}

double rootMeanSquaredError(const std::vector<double> &truth, const std::vector<double> &predicted)
{
    const size_t n = std::min(truth.size(), predicted.size());
    if (n == 0)
        return NAN;
    double sum = 0;
    for (size_t i = 0; i < n; ++i)
        sum += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
    return std::sqrt(sum / double(n));
}

} // namespace synthreg::core

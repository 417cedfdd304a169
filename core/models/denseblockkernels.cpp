#include "denseblockkernels.h"

#include <algorithm>

namespace synthreg::core {

// These loops only pay off vectorized. Debian's baseline is SSE2; the clones let the loader
// pick the widest vectors the CPU has (as FusedAdam does).
#define WIDEST_VECTORS __attribute__((target_clones("avx512f", "avx2", "default")))

WIDEST_VECTORS void batchStatistics(const RowBlock &in, FeatureRange range, double *__restrict mean,
                                    double *__restrict variance)
{
    std::fill(mean + range.begin, mean + range.end, 0.0);
    std::fill(variance + range.begin, variance + range.end, 0.0);
    for (int64_t r = 0; r < in.rows; ++r) {
        const float *__restrict row = in.row(r);
        for (int64_t k = range.begin; k < range.end; ++k)
            mean[k] += row[k];
    }
    for (int64_t k = range.begin; k < range.end; ++k)
        mean[k] /= double(in.rows);
    for (int64_t r = 0; r < in.rows; ++r) {
        const float *__restrict row = in.row(r);
        for (int64_t k = range.begin; k < range.end; ++k) {
            const double deviation = row[k] - mean[k];
            variance[k] += deviation * deviation;
        }
    }
    for (int64_t k = range.begin; k < range.end; ++k)
        variance[k] /= double(in.rows);
}

WIDEST_VECTORS void normalizeAndActivate(const RowBlock &linear, const RowBlock &output, FeatureRange range,
                                         const float *__restrict mean, const float *__restrict invStd,
                                         const float *__restrict scale, const float *__restrict shift, float slope)
{
    for (int64_t r = 0; r < linear.rows; ++r) {
        float *__restrict x = linear.row(r);
        float *__restrict y = output.row(r);
        for (int64_t k = range.begin; k < range.end; ++k) {
            const float normalized = (x[k] - mean[k]) * invStd[k];
            x[k] = normalized;
            const float shifted = normalized * scale[k] + shift[k];
            y[k] = shifted > 0 ? shifted : slope * shifted;
        }
    }
}

WIDEST_VECTORS void normBackward(const RowBlock &gradOutput, const RowBlock &output, const RowBlock &normalized,
                                 FeatureRange range, const float *__restrict scale, const float *__restrict invStd,
                                 float slope, const NormGradients &into)
{
    const int64_t features = gradOutput.features;
    double *__restrict sumGrad = into.sumGrad;
    double *__restrict sumGradTimesX = into.sumGradTimesX;
    std::fill(sumGrad + range.begin, sumGrad + range.end, 0.0);
    std::fill(sumGradTimesX + range.begin, sumGradTimesX + range.end, 0.0);
    for (int64_t r = 0; r < gradOutput.rows; ++r) {
        const float *__restrict g = gradOutput.row(r);
        const float *__restrict y = output.row(r);
        const float *__restrict x = normalized.row(r);
        float *__restrict gradLinear = into.linear + r * features;
        for (int64_t k = range.begin; k < range.end; ++k) {
            // LeakyReLU's slope is positive: its output has the sign of its input.
            const float beforeActivation = y[k] > 0 ? g[k] : slope * g[k];
            gradLinear[k] = beforeActivation;
            sumGrad[k] += beforeActivation;
            sumGradTimesX[k] += double(beforeActivation) * x[k];
        }
    }
    const double rows = double(gradOutput.rows);
    float *__restrict gradBias = into.bias;
    for (int64_t k = range.begin; k < range.end; ++k) {
        into.shift[k] = float(sumGrad[k]);
        into.scale[k] = float(sumGradTimesX[k]);
        sumGrad[k] /= rows;
        sumGradTimesX[k] /= rows;
        gradBias[k] = 0;
    }
    for (int64_t r = 0; r < gradOutput.rows; ++r) {
        const float *__restrict x = normalized.row(r);
        float *__restrict gradLinear = into.linear + r * features;
        for (int64_t k = range.begin; k < range.end; ++k) {
            const float centred = float(gradLinear[k] - sumGrad[k] - x[k] * sumGradTimesX[k]);
            gradLinear[k] = scale[k] * invStd[k] * centred;
            gradBias[k] += gradLinear[k];
        }
    }
}

// Serial on purpose: at batch 500 one thread beats waking a second.
WIDEST_VECTORS void columnSums(const RowBlock &in, float *__restrict sums)
{
    std::fill(sums, sums + in.features, 0.0f);
    for (int64_t r = 0; r < in.rows; ++r) {
        const float *__restrict row = in.row(r);
        for (int64_t k = 0; k < in.features; ++k)
            sums[k] += row[k];
    }
}

} // namespace synthreg::core

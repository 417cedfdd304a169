#pragma once

// Private to core/models: the per-feature loops of a Linear → BatchNorm1d → LeakyReLU block in
// training mode (forward and backward) over row-major float blocks. No torch here: the callers
// hand in raw buffers, and the loops are compiled for the widest vectors the CPU has.

#include <cstdint>

namespace synthreg::core {

/** Rows × features, row-major: the shape of every activation and gradient of a step. */
struct RowBlock
{
    float *values;
    int64_t rows;
    int64_t features;
    float *row(int64_t r) const { return values + r * features; }
};

/** Features [begin, end) of a block: the unit a caller may split among threads. */
struct FeatureRange
{
    int64_t begin;
    int64_t end;
};

/** Each feature's mean and biased variance over the rows, accumulated in double as torch does. */
void batchStatistics(const RowBlock &in, FeatureRange range, double *mean, double *variance);

/** linear → x̂ = (linear − mean) · invStd in place; output = LeakyReLU(x̂ · scale + shift, slope). */
void normalizeAndActivate(const RowBlock &linear, const RowBlock &output, FeatureRange range, const float *mean,
                          const float *invStd, const float *scale, const float *shift, float slope);

/** Where the backward pass of one block writes. */
struct NormGradients
{
    float *linear;          ///< rows × features: gradient at the Linear's output
    float *scale;
    float *shift;
    float *bias;            ///< the Linear's bias
    double *sumGrad;        ///< scratch, features
    double *sumGradTimesX;  ///< scratch, features
};

/**
 * Backward through LeakyReLU (a positive `slope`) and training-mode batch norm (torch's
 * formulas): with g the gradient after the activation, d shift = Σ g, d scale = Σ g·x̂, and at
 * the Linear's output scale · invStd · (g − mean(g) − x̂ · mean(g·x̂)), whose row sum is the
 * Linear bias's gradient. `output` is the forward pass's output, `normalized` its x̂.
 */
void normBackward(const RowBlock &gradOutput, const RowBlock &output, const RowBlock &normalized, FeatureRange range,
                  const float *scale, const float *invStd, float slope, const NormGradients &into);

/** Sum over the rows of each column (a bias's gradient). */
void columnSums(const RowBlock &in, float *sums);

} // namespace synthreg::core

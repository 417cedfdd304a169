#pragma once

// Private to core/models: output activations and span-wise cross-entropy over a whole layout
// in a handful of tensor operations. Includes <torch/torch.h>; only core/models .cpp files
// may include it.

#include "encodedmatrix.h"

#include <torch/torch.h>

#include <utility>
#include <vector>

namespace synthreg::core {

/**
 * Spans of unequal width as one (rows × spans × widest) block: each span's columns gathered
 * from a matrix, the slots past its width filled with a constant. A softmax over the last
 * dimension is then every span's softmax at once, where a loop over spans cost about six
 * small tensor operations per span forward and as many backward, each paying dispatch and an
 * allocation (adult has about 30 discrete spans).
 */
class PaddedSpans
{
public:
    /** `spans` as (first column, width) pairs of the matrices gather() will read. */
    PaddedSpans(const std::vector<std::pair<int, int>> &spans, const torch::Device &device);

    int64_t spanCount() const { return m_spanCount; }
    int64_t widest() const { return m_widest; }
    bool isEmpty() const { return m_spanCount == 0; }

    /** (rows × spanCount × widest), padded with `padding`; differentiable. */
    torch::Tensor gather(const torch::Tensor &matrix, double padding) const;

private:
    int64_t m_spanCount = 0;
    int64_t m_widest = 0;
    torch::Tensor m_columns;   ///< (spanCount·widest) column indices, 0 in padded slots
    torch::Tensor m_padded;    ///< (spanCount × widest) bool, true in padded slots
};

/** (first column, width) of every Mode and Category span of `layout`, in layout order. */
std::vector<std::pair<int, int>> discreteSpanRanges(const Layout &layout);

/** Softmax logit given to padded slots: exp underflows to exactly 0, and no inf ever meets an inf. */
constexpr double kAbsentLogit = -1e9;

enum class DiscreteActivation { Softmax, GumbelSoftmax };

/**
 * CTGAN's output activations for a layout: tanh on Scalar spans (identity when `scalarTanh`
 * is false), softmax or Gumbel-softmax (tau 0.2, hard = false) on Mode and Category spans.
 */
class SpanActivation
{
public:
    SpanActivation(const Layout &layout, const torch::Device &device);

    torch::Tensor operator()(const torch::Tensor &raw, DiscreteActivation discrete, bool scalarTanh = true) const;

private:
    PaddedSpans m_discrete;
    torch::Tensor m_scalarColumns;
    torch::Tensor m_placement;   ///< each layout column's position in [scalars | discrete block]
};

/** Gumbel(0, 1) noise of `sizes` (−log(−log U), U kept inside (0, 1) so no draw is infinite). */
torch::Tensor gumbelNoise(at::IntArrayRef sizes, const torch::TensorOptions &options);

} // namespace synthreg::core

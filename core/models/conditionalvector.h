#pragma once

// Private to core/models: the conditional vector of CTAB-GAN+ over a layout's Category and
// Mode spans. Includes <torch/torch.h>; only core/models .cpp files may include it.

#include "encodedmatrix.h"

#include <torch/torch.h>

#include <vector>

namespace synthreg::core {

/**
 * The one-hot vector a conditional GAN gets beside its noise: one position per level of
 * every Category and Mode span, in layout order. CTGAN conditions on categorical columns
 * only; CTAB-GAN also on the modes of continuous columns, so training-by-sampling reaches a
 * rare mode — a lab value's missing mode among them — as often as a rare category. Holds each
 * level's count in the training data, which is all that generation needs (a saved model keeps
 * only the counts).
 */
class ConditionalVector
{
public:
    ConditionalVector() = default;
    /** Counts the levels of every Category and Mode span of `data` (one row = the argmax of the span). */
    explicit ConditionalVector(const EncodedMatrix &data);
    /**
     * From counts saved with a model; throws GeneratorError when they do not fit `layout`.
     * Counts of the Category spans alone are models saved before modes were conditioned on.
     */
    ConditionalVector(const Layout &layout, std::vector<double> levelCounts);

    /** Number of positions: the levels of all conditioned spans together (0 without any). */
    int width() const { return int(m_levelCounts.size()); }
    int spanCount() const { return int(m_spans.size()); }
    /** The k-th conditioned span as it lies in the data. */
    const Span &span(int k) const { return m_spans[size_t(k)]; }
    /** Position of the k-th conditioned span's first level in the vector. */
    int levelOffset(int k) const { return m_levelOffsets[size_t(k)]; }
    const std::vector<double> &levelCounts() const { return m_levelCounts; }

    /** Position of `condition`'s level; `condition` must have passed checkConditions(). */
    int position(const Condition &condition) const;

    /**
     * (rows × width) one-hots drawn as the data has them: a conditioned span uniformly, then a
     * level by its share in the data (CTGAN's sample_original_condvec). Uses torch's global
     * generator.
     */
    torch::Tensor drawEmpirical(int64_t rows, const torch::Device &device) const;
    /** (rows × width) with every row at `condition`'s level (CTGAN's conditional generation). */
    torch::Tensor fixed(int64_t rows, const Condition &condition, const torch::Device &device) const;

private:
    void indexSpans(const Layout &layout, bool withModes);

    std::vector<Span> m_spans;
    std::vector<int> m_spanIndices;   ///< index into Layout::spans of each conditioned span
    std::vector<int> m_levelOffsets;
    std::vector<double> m_levelCounts;
};

/** A batch of conditions for training and the real rows that meet them. */
struct TrainingDraw
{
    torch::Tensor condition;   ///< (rows × width) one-hots, float
    torch::Tensor rows;        ///< (rows) indices into the training data, int64
};

/**
 * CTGAN's training-by-sampling: per batch row a conditioned span uniformly, a level with
 * probability ∝ log(count + 1), then a real row holding that level — so rare levels are
 * trained on as often as the log of their count deserves, not as rarely as they occur.
 * Everything is drawn in bulk with torch on `device` from per-level row lists built once.
 */
class TrainingSampler
{
public:
    TrainingSampler(const EncodedMatrix &data, const ConditionalVector &conditions, const torch::Device &device);

    /** `rows` conditions and matching data rows; uniform rows and an empty condition without conditioned spans. */
    TrainingDraw draw(int64_t rows) const;

private:
    int64_t m_dataRows = 0;
    int m_width = 0;
    torch::Device m_device = torch::kCPU;
    torch::Tensor m_levelCumulative;      ///< (spans × widest span) cumulative level probabilities, 2 past the last level
    torch::Tensor m_lastLevel;            ///< (spans) the last level with rows, int64
    torch::Tensor m_spanOffsets;          ///< (spans) position of each span's first level, int64
    torch::Tensor m_rowsByLevel;          ///< data row indices grouped by level position, int64
    torch::Tensor m_levelStart;           ///< (width) first entry of each level in m_rowsByLevel, int64
    torch::Tensor m_levelSize;            ///< (width) number of rows holding each level, int64
};

} // namespace synthreg::core

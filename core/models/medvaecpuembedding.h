#pragma once

// Private to core/models .cpp files (includes torch): Med-VAE's input embedding inside the
// written-out CPU training step (MedVaeCpuStep).

#include "medvaemodules.h"

#include <vector>

namespace synthreg::core {

/**
 * SpanEmbedding's forward pass and weight gradient on float32 CPU buffers allocated once.
 * Encoded training rows are exactly one-hot in every discrete span, so for them the embedding
 * is a lookup of each level's column of the weight instead of a product of the batch with the
 * whole masked weight (≈ 15 % of a step's products at adult's 178 × 99); a batch with any
 * other row (soft or empty spans) takes the product, as the module does.
 */
class CpuSpanEmbedding
{
public:
    CpuSpanEmbedding(SpanEmbeddingImpl &embedding, const Layout &layout, int64_t capacity);

    /** rows × (Scalar values, embedded codes): the encoder's first input (a view of a buffer). */
    torch::Tensor forward(const torch::Tensor &batch);
    /** The weight's gradient (overwritten) from the gradient at the codes, for forward()'s batch. */
    void backward(const torch::Tensor &gradCodes, const torch::Tensor &batch);

    const std::vector<int64_t> &scalarColumns() const { return m_scalarColumns; }
    int64_t codeWidth() const { return m_embedding.weight().size(0); }

private:
    /** A Mode or Category span: its data columns and the rows of the weight that map it. */
    struct EmbeddedSpan
    {
        int64_t column;   ///< first data column
        int64_t levels;
        int64_t codeRow;  ///< first weight row (and column of the codes)
        int64_t codeWidth;
    };

    /** Whether every discrete span of every row is exactly one-hot; if so, the 1s' columns into m_hotColumns. */
    bool findHotColumns(const torch::Tensor &batch);

    SpanEmbeddingImpl &m_embedding;
    std::vector<int64_t> m_scalarColumns;
    std::vector<EmbeddedSpan> m_spans;
    std::vector<int64_t> m_hotColumns;   ///< rows × discrete spans
    bool m_oneHot = false;               ///< the last forward()'s batch was one-hot (m_hotColumns holds it)
    torch::Tensor m_maskedWeight;        ///< weight × mask, for batches that are not one-hot
    torch::Tensor m_codes;               ///< rows × code width
    torch::Tensor m_output;              ///< rows × (Scalar values, codes)
};

} // namespace synthreg::core

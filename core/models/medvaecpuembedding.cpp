#include "medvaecpuembedding.h"

#include "cpustepsupport.h"

#include <algorithm>

namespace synthreg::core {

namespace {

std::vector<int64_t> toVector(const torch::Tensor &longs)
{
    const torch::Tensor cpu = longs.to(torch::kCPU, torch::kLong).contiguous();
    return {cpu.data_ptr<int64_t>(), cpu.data_ptr<int64_t>() + cpu.numel()};
}

} // namespace

CpuSpanEmbedding::CpuSpanEmbedding(SpanEmbeddingImpl &embedding, const Layout &layout, int64_t capacity)
    : m_embedding(embedding)
    , m_scalarColumns(toVector(embedding.scalarColumns()))
    , m_maskedWeight(torch::empty_like(embedding.weight()))
    , m_codes(rowBuffer(capacity, embedding.weight().size(0)))
    , m_output(rowBuffer(capacity, embedding.outputWidth()))
{
    int64_t codeRow = 0;
    for (const Span &span : layout.spans) {
        if (span.kind == SpanKind::Scalar)
            continue;
        const int64_t width = spanEmbeddingWidth(span.width);
        m_spans.push_back({span.offset, span.width, codeRow, width});
        codeRow += width;
    }
    m_hotColumns.resize(size_t(capacity) * m_spans.size());
    gradientOf(embedding.weight());
}

bool CpuSpanEmbedding::findHotColumns(const torch::Tensor &batch)
{
    const RowBlock rows = blockOf(batch);
    int64_t *hot = m_hotColumns.data();
    for (int64_t r = 0; r < rows.rows; ++r) {
        for (const EmbeddedSpan &span : m_spans) {
            const float *level = rows.row(r) + span.column;
            // Branch-free: the 1's position is random, so a branch on it would mispredict.
            int64_t ones = 0;
            int64_t position = 0;
            bool stray = false;
            for (int64_t k = 0; k < span.levels; ++k) {
                const bool isOne = level[k] == 1.0f;
                ones += isOne;
                position += isOne ? k : 0;
                stray |= !isOne && level[k] != 0.0f;
            }
            if (stray || ones != 1)
                return false;
            *hot++ = span.column + position;
        }
    }
    return true;
}

torch::Tensor CpuSpanEmbedding::forward(const torch::Tensor &batch)
{
    const int64_t rows = batch.size(0);
    m_oneHot = findHotColumns(batch);
    const torch::Tensor codes = firstRows(m_codes, rows);
    const RowBlock code = blockOf(codes);
    if (m_oneHot) {
        // Row r's codes: column `hot` of each span's block of the weight (inside the block, so
        // the mask is 1 there).
        const RowBlock weight = blockOf(m_embedding.weight());
        const int64_t *hot = m_hotColumns.data();
        for (int64_t r = 0; r < rows; ++r)
            for (const EmbeddedSpan &span : m_spans) {
                const int64_t column = *hot++;
                for (int64_t k = span.codeRow; k < span.codeRow + span.codeWidth; ++k)
                    code.row(r)[k] = weight.row(k)[column];
            }
    } else {
        at::mul_out(m_maskedWeight, m_embedding.weight(), m_embedding.mask());
        torch::Tensor into = codes;
        at::mm_out(into, batch, m_maskedWeight.t());
    }
    const RowBlock in = blockOf(batch);
    const torch::Tensor output = firstRows(m_output, rows);
    const RowBlock out = blockOf(output);
    for (int64_t r = 0; r < rows; ++r) {
        float *target = out.row(r);
        for (const int64_t column : m_scalarColumns)
            *target++ = in.row(r)[column];
        std::copy(code.row(r), code.row(r) + code.features, target);
    }
    return output;
}

void CpuSpanEmbedding::backward(const torch::Tensor &gradCodes, const torch::Tensor &batch)
{
    torch::Tensor &gradWeight = m_embedding.weight().mutable_grad();
    if (!m_oneHot) {
        at::mm_out(gradWeight, gradCodes.t(), batch);
        gradWeight.mul_(m_embedding.mask());
        return;
    }
    // Each row's code gradient added into its levels' columns, rows in order.
    gradWeight.zero_();
    const RowBlock into = blockOf(gradWeight);
    const RowBlock gradient = blockOf(gradCodes);
    const int64_t *hot = m_hotColumns.data();
    for (int64_t r = 0; r < gradient.rows; ++r)
        for (const EmbeddedSpan &span : m_spans) {
            const int64_t column = *hot++;
            for (int64_t k = span.codeRow; k < span.codeRow + span.codeWidth; ++k)
                into.row(k)[column] += gradient.row(r)[k];
        }
}

} // namespace synthreg::core

#include "spanactivation.h"

#include <algorithm>

namespace synthreg::core {

namespace {

constexpr double kGumbelTemperature = 0.2;   // CTGAN's tau

torch::Tensor longTensor(const std::vector<int64_t> &values, const torch::Device &device)
{
    return torch::tensor(values, torch::kInt64).to(device);
}

} // namespace

std::vector<std::pair<int, int>> discreteSpanRanges(const Layout &layout)
{
    std::vector<std::pair<int, int>> spans;
    for (const Span &span : layout.spans)
        if (span.kind != SpanKind::Scalar)
            spans.emplace_back(span.offset, span.width);
    return spans;
}

PaddedSpans::PaddedSpans(const std::vector<std::pair<int, int>> &spans, const torch::Device &device)
    : m_spanCount(int64_t(spans.size()))
{
    for (const auto &[offset, width] : spans)
        m_widest = std::max<int64_t>(m_widest, width);
    std::vector<int64_t> columns(size_t(m_spanCount * m_widest), 0);
    torch::Tensor padded = torch::ones({m_spanCount, m_widest}, torch::kBool);
    for (int64_t k = 0; k < m_spanCount; ++k) {
        const auto [offset, width] = spans[size_t(k)];
        for (int level = 0; level < width; ++level)
            columns[size_t(k * m_widest + level)] = offset + level;
        padded[k].narrow(0, 0, width).fill_(false);
    }
    m_columns = longTensor(columns, device);
    m_padded = padded.to(device);
}

torch::Tensor PaddedSpans::gather(const torch::Tensor &matrix, double padding) const
{
    return matrix.index_select(1, m_columns).view({matrix.size(0), m_spanCount, m_widest}).masked_fill(m_padded, padding);
}

SpanActivation::SpanActivation(const Layout &layout, const torch::Device &device)
    : m_discrete(discreteSpanRanges(layout), device)
{
    std::vector<int64_t> scalars;
    for (const Span &span : layout.spans)
        if (span.kind == SpanKind::Scalar)
            scalars.push_back(span.offset);
    std::vector<int64_t> placement(size_t(layout.width()), 0);
    int64_t scalar = 0;
    int64_t discreteSpan = 0;
    for (const Span &span : layout.spans) {
        if (span.kind == SpanKind::Scalar) {
            placement[size_t(span.offset)] = scalar++;
            continue;
        }
        for (int level = 0; level < span.width; ++level)
            placement[size_t(span.offset + level)] = int64_t(scalars.size()) + discreteSpan * m_discrete.widest() + level;
        ++discreteSpan;
    }
    m_scalarColumns = longTensor(scalars, device);
    m_placement = longTensor(placement, device);
}

torch::Tensor SpanActivation::operator()(const torch::Tensor &raw, DiscreteActivation discrete, bool scalarTanh) const
{
    std::vector<torch::Tensor> parts;
    if (m_scalarColumns.numel() > 0) {
        const torch::Tensor scalars = raw.index_select(1, m_scalarColumns);
        parts.push_back(scalarTanh ? torch::tanh(scalars) : scalars);
    }
    if (!m_discrete.isEmpty()) {
        torch::Tensor logits = m_discrete.gather(raw, kAbsentLogit);
        if (discrete == DiscreteActivation::GumbelSoftmax)
            logits = (logits + gumbelNoise(logits.sizes(), logits.options())) / kGumbelTemperature;
        parts.push_back(torch::softmax(logits, 2).view({raw.size(0), -1}));
    }
    return torch::cat(parts, 1).index_select(1, m_placement);
}

torch::Tensor gumbelNoise(at::IntArrayRef sizes, const torch::TensorOptions &options)
{
    // The CPU draws multiples of 2^-24 in [0, 1), CUDA draws in (0, 1]: clamp both ends.
    constexpr double kEdge = 1e-7;
    return torch::rand(sizes, options).clamp_(kEdge, 1 - kEdge).log_().neg_().log_().neg_();
}

} // namespace synthreg::core

#include "conditionalvector.h"

#include "generator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace synthreg::core {

namespace F = torch::nn::functional;

namespace {

torch::Tensor longTensor(const std::vector<int64_t> &values, const torch::Device &device)
{
    return torch::tensor(values, torch::kInt64).to(device);
}

torch::Tensor oneHot(const torch::Tensor &positions, int width)
{
    return F::one_hot(positions, width).to(torch::kFloat32);
}

} // namespace

ConditionalVector::ConditionalVector(const EncodedMatrix &data)
{
    indexSpans(data.layout, /*withModes=*/true);
    for (size_t k = 0; k < m_spans.size(); ++k)
        for (int64_t r = 0; r < data.rows; ++r)
            m_levelCounts[size_t(m_levelOffsets[k] + argmaxInSpan(data.row(r), m_spans[k]))] += 1;
}

ConditionalVector::ConditionalVector(const Layout &layout, std::vector<double> levelCounts)
{
    indexSpans(layout, /*withModes=*/true);
    if (levelCounts.size() != m_levelCounts.size())
        indexSpans(layout, /*withModes=*/false);
    if (levelCounts.size() != m_levelCounts.size())
        throw GeneratorError("The saved model's level counts do not match its columns; train the model again.");
    m_levelCounts = std::move(levelCounts);
}

void ConditionalVector::indexSpans(const Layout &layout, bool withModes)
{
    m_spans.clear();
    m_spanIndices.clear();
    m_levelOffsets.clear();
    int offset = 0;
    for (int index = 0; index < int(layout.spans.size()); ++index) {
        const SpanKind kind = layout.spans[size_t(index)].kind;
        if (kind != SpanKind::Category && !(withModes && kind == SpanKind::Mode))
            continue;
        m_spans.push_back(layout.spans[size_t(index)]);
        m_spanIndices.push_back(index);
        m_levelOffsets.push_back(offset);
        offset += layout.spans[size_t(index)].width;
    }
    m_levelCounts.assign(size_t(offset), 0.0);
}

int ConditionalVector::position(const Condition &condition) const
{
    const auto found = std::find(m_spanIndices.begin(), m_spanIndices.end(), condition.span);
    return m_levelOffsets[size_t(found - m_spanIndices.begin())] + condition.category;
}

torch::Tensor ConditionalVector::drawEmpirical(int64_t rows, const torch::Device &device) const
{
    if (width() == 0 || rows == 0)
        return torch::zeros({rows, int64_t(width())}, torch::TensorOptions(device).dtype(torch::kFloat32));
    // CTGAN: every span equally likely, then a level by its share within the span.
    std::vector<double> probabilities(m_levelCounts.size(), 0.0);
    for (size_t k = 0; k < m_spans.size(); ++k) {
        const auto first = m_levelCounts.begin() + m_levelOffsets[k];
        const double total = std::accumulate(first, first + m_spans[k].width, 0.0);
        for (int level = 0; level < m_spans[k].width; ++level) {
            const size_t at = size_t(m_levelOffsets[k] + level);
            probabilities[at] = total > 0 ? m_levelCounts[at] / total : 1.0 / m_spans[k].width;
        }
    }
    const torch::Tensor weights = torch::tensor(probabilities, torch::kFloat64).to(device);
    return oneHot(torch::multinomial(weights, rows, /*replacement=*/true), width());
}

torch::Tensor ConditionalVector::fixed(int64_t rows, const Condition &condition, const torch::Device &device) const
{
    torch::Tensor vector = torch::zeros({rows, int64_t(width())}, torch::TensorOptions(device).dtype(torch::kFloat32));
    vector.narrow(1, position(condition), 1).fill_(1.0);
    return vector;
}

TrainingSampler::TrainingSampler(const EncodedMatrix &data, const ConditionalVector &conditions,
                                 const torch::Device &device)
    : m_dataRows(data.rows)
    , m_width(conditions.width())
    , m_device(device)
{
    const int spans = conditions.spanCount();
    if (spans == 0)
        return;

    // Counting sort of (level position, row) pairs: the rows of each level lie together.
    std::vector<int64_t> size(size_t(m_width), 0);
    std::vector<int> positionOf(size_t(spans) * size_t(data.rows));
    for (int k = 0; k < spans; ++k) {
        for (int64_t r = 0; r < data.rows; ++r) {
            const int position = conditions.levelOffset(k) + argmaxInSpan(data.row(r), conditions.span(k));
            positionOf[size_t(k) * size_t(data.rows) + size_t(r)] = position;
            ++size[size_t(position)];
        }
    }
    std::vector<int64_t> start(size_t(m_width), 0);
    std::partial_sum(size.begin(), size.end() - 1, start.begin() + 1);
    std::vector<int64_t> next = start;
    std::vector<int64_t> rowsByLevel(positionOf.size());
    for (size_t i = 0; i < positionOf.size(); ++i)
        rowsByLevel[size_t(next[size_t(positionOf[i])]++)] = int64_t(i % size_t(data.rows));

    int widest = 0;
    for (int k = 0; k < spans; ++k)
        widest = std::max(widest, conditions.span(k).width);
    // Past a span's last level the cumulative sum is 2, which no uniform draw reaches.
    std::vector<double> cumulative(size_t(spans) * size_t(widest), 2.0);
    std::vector<int64_t> lastLevel(size_t(spans), 0);
    std::vector<int64_t> spanOffsets;
    for (int k = 0; k < spans; ++k) {
        std::vector<double> weights;
        for (int level = 0; level < conditions.span(k).width; ++level) {
            // CTGAN's DataSampler: log(frequency + 1), so a level with no rows is never chosen.
            const int64_t count = size[size_t(conditions.levelOffset(k) + level)];
            weights.push_back(std::log(double(count) + 1.0));
            if (count > 0)
                lastLevel[size_t(k)] = level;
        }
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        double sum = 0;
        for (int level = 0; level < conditions.span(k).width; ++level) {
            sum += weights[size_t(level)] / total;
            cumulative[size_t(k) * size_t(widest) + size_t(level)] = sum;
        }
        spanOffsets.push_back(conditions.levelOffset(k));
    }

    m_levelCumulative = torch::tensor(cumulative, torch::kFloat64).reshape({spans, widest}).to(device);
    m_lastLevel = longTensor(lastLevel, device);
    m_spanOffsets = longTensor(spanOffsets, device);
    m_rowsByLevel = longTensor(rowsByLevel, device);
    m_levelStart = longTensor(start, device);
    m_levelSize = longTensor(size, device);
}

TrainingDraw TrainingSampler::draw(int64_t rows) const
{
    const auto longs = torch::TensorOptions(m_device).dtype(torch::kInt64);
    if (m_width == 0)
        return {torch::zeros({rows, 0}, torch::TensorOptions(m_device).dtype(torch::kFloat32)),
                torch::randint(0, m_dataRows, {rows}, longs)};

    const torch::Tensor span = torch::randint(0, m_spanOffsets.size(0), {rows}, longs);
    // Inverse CDF (torch::multinomial took 0.27 ms for 500 rows on the CPU): the level is
    // the count of cumulative probabilities at or below a uniform draw; the minimum keeps a
    // draw that rounding lifts past the last sum on the last level that has rows.
    const torch::Tensor uniform = torch::rand({rows, 1}, torch::TensorOptions(m_device).dtype(torch::kFloat64));
    const torch::Tensor level = torch::minimum(
        torch::searchsorted(m_levelCumulative.index_select(0, span), uniform, /*out_int32=*/false, /*right=*/true)
            .squeeze(1),
        m_lastLevel.index_select(0, span));
    const torch::Tensor position = m_spanOffsets.index_select(0, span) + level;
    const torch::Tensor size = m_levelSize.index_select(0, position);
    // A uniform row among those holding the level; the minimum guards against rounding up to `size`.
    const torch::Tensor pick = torch::minimum(
        (torch::rand({rows}, torch::TensorOptions(m_device).dtype(torch::kFloat64)) * size.to(torch::kFloat64))
            .to(torch::kInt64),
        size - 1);
    const torch::Tensor dataRows = m_rowsByLevel.index_select(0, m_levelStart.index_select(0, position) + pick);
    return {oneHot(position, m_width), dataRows};
}

} // namespace synthreg::core

#include "encodedmatrix.h"

namespace synthreg::core {

std::vector<int> Layout::categorySpans() const
{
    std::vector<int> indices;
    for (size_t i = 0; i < spans.size(); ++i)
        if (spans[i].kind == SpanKind::Category)
            indices.push_back(int(i));
    return indices;
}

int argmaxInSpan(const float *row, const Span &span)
{
    int best = 0;
    for (int k = 1; k < span.width; ++k)
        if (row[span.offset + k] > row[span.offset + best])
            best = k;
    return best;
}

bool meetsConditions(const float *row, const Layout &layout, const Conditions &conditions)
{
    for (const Condition &condition : conditions)
        if (argmaxInSpan(row, layout.spans[size_t(condition.span)]) != condition.category)
            return false;
    return true;
}

} // namespace synthreg::core

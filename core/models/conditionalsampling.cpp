#include "conditionalsampling.h"

#include "generator.h"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace synthreg::core {

namespace {
// Bounded effort: CTAB-GAN-Plus #7 loops forever on a rare condition. 50 draws of up to
// 10× the missing rows find a condition met by 1 row in 1000 with near certainty.
constexpr int kMaxAttempts = 50;
constexpr int64_t kMaxBatchRows = 1 << 20;
} // namespace

void checkConditions(const Layout &layout, const Conditions &conditions)
{
    for (const Condition &condition : conditions) {
        if (condition.span < 0 || size_t(condition.span) >= layout.spans.size()
            || layout.spans[size_t(condition.span)].kind != SpanKind::Category)
            throw GeneratorError("A condition names a column the model does not hold as a category; "
                                 "condition only on categorical, binary or ordinal columns.");
        const Span &span = layout.spans[size_t(condition.span)];
        if (condition.category < 0 || condition.category >= span.width)
            throw GeneratorError("A condition names a level the model never saw; use one of the column's levels.");
    }
}

EncodedMatrix collectRowsMeeting(int64_t rows, const Layout &layout, const Conditions &conditions,
                                 const std::function<EncodedMatrix(int64_t, int)> &drawBatch)
{
    checkConditions(layout, conditions);
    if (conditions.empty() || rows == 0) {
        EncodedMatrix batch = drawBatch(rows, 0);
        batch.layout = layout;
        return batch;
    }

    EncodedMatrix result;
    result.layout = layout;
    result.values.reserve(size_t(rows) * size_t(layout.width()));
    const size_t width = size_t(layout.width());
    int64_t drawn = 0;
    int64_t kept = 0;
    for (int attempt = 0; attempt < kMaxAttempts && result.rows < rows; ++attempt) {
        const int64_t missing = rows - result.rows;
        // Draw more than missing once the acceptance rate is known, but never unboundedly.
        const double rate = drawn > 0 ? std::max(double(kept) / double(drawn), 1e-3) : 1.0;
        const int64_t batchRows = std::clamp<int64_t>(int64_t(double(missing) / rate * 1.2) + 16, 16,
                                                      std::min<int64_t>(kMaxBatchRows, missing * 10 + 16));
        const EncodedMatrix batch = drawBatch(batchRows, attempt);
        drawn += batch.rows;
        for (int64_t r = 0; r < batch.rows && result.rows < rows; ++r) {
            if (!meetsConditions(batch.row(r), layout, conditions))
                continue;
            ++kept;
            result.values.insert(result.values.end(), batch.row(r), batch.row(r) + width);
            ++result.rows;
        }
    }
    if (result.rows < rows) {
        std::ostringstream message;
        message << "The condition is too rare to meet: " << kept << " of " << drawn
                << " generated rows met it. Relax the condition or train on data where it is more common.";
        throw GeneratorError(message.str());
    }
    return result;
}

} // namespace synthreg::core

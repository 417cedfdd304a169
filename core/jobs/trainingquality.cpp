#include "trainingquality.h"

#include "core/stats/evaluationinput.h"
#include "core/stats/fidelity.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace synthreg::core {

namespace {

Table referenceRows(const Table &real, uint64_t seed)
{
    if (real.rowCount() <= TrainingQualityScore::kReferenceRows)
        return real;
    std::vector<size_t> rows(real.rowCount());
    std::iota(rows.begin(), rows.end(), size_t(0));
    std::mt19937_64 random(seed);
    // Partial Fisher-Yates: the first kReferenceRows positions become a uniform sample.
    for (size_t i = 0; i < TrainingQualityScore::kReferenceRows; ++i)
        std::swap(rows[i], rows[i + size_t(random() % (rows.size() - i))]);
    rows.resize(TrainingQualityScore::kReferenceRows);
    std::sort(rows.begin(), rows.end());
    return real.selectRows(rows);
}

} // namespace

TrainingQualityScore::TrainingQualityScore(const Table &real, const Schema &schema, const TableEncoder &encoder,
                                           uint64_t seed)
    : m_reference(referenceRows(real, seed))
    , m_schema(schema)
    , m_encoder(encoder)
    , m_seed(seed)
{
}

double TrainingQualityScore::operator()(const EncodedMatrix &sample) const
{
    const Table synthetic = m_encoder.decode(sample, m_seed, 0);
    QString error;
    const std::optional<EvaluationInput> input = EvaluationInput::build(m_reference, synthetic, m_schema, &error);
    if (!input)
        return std::numeric_limits<double>::quiet_NaN();
    const FidelityReport report = computeFidelity(*input);
    double worstMissingGap = 0;
    for (const ColumnShape &shape : report.columnShapes)
        worstMissingGap = std::max(worstMissingGap, std::abs(shape.missingRateDifference));
    return report.thresholdedQualityScore - worstMissingGap;
}

} // namespace synthreg::core

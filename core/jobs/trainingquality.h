#pragma once

#include "core/data/schema.h"
#include "core/data/table.h"
#include "core/encoding/tableencoder.h"
#include "core/models/encodedmatrix.h"

#include <cstdint>

namespace synthreg::core {

/**
 * The score the neural generators keep their best epoch by (TrainingContext::scoreSample):
 * the Evaluate panel's quality score (column shapes and the pairs with a trend in the real
 * data) less the worst column's gap in missing rates, which column shapes leave out but a
 * registry lives by. Higher is better; 1 is a perfect match. Scores against at most
 * `kReferenceRows` training rows, drawn once from the seed, so a check costs the same on any
 * table length.
 */
class TrainingQualityScore
{
public:
    static constexpr size_t kReferenceRows = 5000;

    TrainingQualityScore(const Table &real, const Schema &schema, const TableEncoder &encoder, uint64_t seed);

    /** Decodes `sample` and scores it; NaN when the tables cannot be compared. */
    double operator()(const EncodedMatrix &sample) const;

private:
    Table m_reference;
    Schema m_schema;
    const TableEncoder &m_encoder;
    uint64_t m_seed = 0;
};

} // namespace synthreg::core

#pragma once

// Private to core/models: the per-span marginals of the Gaussian copula (gaussiancopula.cpp).

#include "encodedmatrix.h"
#include "modelarchive.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace synthreg::core {

/**
 * Normal scores of mid-ranks: entry m (2 ≤ m ≤ 2·rows) is Φ⁻¹((m/2 − 0.5) / rows), the score
 * of a value whose tie group's average 1-based rank is m/2, clipped to (1e-6, 1 − 1e-6).
 * Computed once per fit and shared by every Scalar span.
 */
std::vector<float> midRankScores(int64_t rows, int threads);

/** Memory a worker reuses from span to span while fitting marginals. */
struct MarginalScratch
{
    std::vector<uint64_t> keys;
    std::vector<uint64_t> buffer;
    std::vector<int> levels;
};

/**
 * One span's marginal, after SDV's GaussianCopulaSynthesizer. A Scalar span keeps a bounded
 * table of its empirical quantiles (linear interpolation); a Category or Mode span keeps its
 * levels in an order (by falling share, or by association: levelordering.h), each owning an interval of [0, 1] as wide as its share
 * (RDT's FrequencyEncoder). Both map a row to a normal score z = Φ⁻¹(u) and back.
 */
class CopulaMarginal
{
public:
    /**
     * Fits the Scalar span `span` of `data` and writes the normal score of each row to
     * `scores` (data.rows values): Φ⁻¹ of the rank-based CDF, ties averaged (`midRanks` from
     * midRankScores()). Throws GeneratorError on a NaN or infinite value.
     */
    static CopulaMarginal fitScalar(const EncodedMatrix &data, const Span &span, int quantileCount,
                                    const std::vector<float> &midRanks, MarginalScratch &scratch, float *scores);
    /**
     * Fits the one-hot span `span` of `data` and writes each row's normal score to `scores`:
     * Φ⁻¹ of a uniform draw (seeded by `seed`) within its level's interval. The levels are
     * ordered by ascending `levelPositions` (levelordering.h) or, when it is empty, by falling share.
     */
    static CopulaMarginal fitDiscrete(const EncodedMatrix &data, const Span &span, uint64_t seed,
                                      const std::vector<double> &levelPositions, MarginalScratch &scratch,
                                      float *scores);

    /** Reads what save() wrote; throws GeneratorError when it does not fit `span`. */
    static CopulaMarginal load(ModelReader &reader, const Span &span);
    void save(ModelWriter &writer) const;

    bool isDiscrete() const { return m_discrete; }
    /** Every training row held the same value or level: its scores carry no correlation. */
    bool isConstant() const { return m_constant; }

    /** Scalar: the value at CDF position `u`. */
    double valueAt(double u) const;
    /** Discrete: the level whose interval holds `u`. */
    int levelAt(double u) const;
    /** Discrete: the CDF interval of `level`; empty for a level the training data never held. */
    std::pair<double, double> interval(int level) const;
    /** Discrete: the CDF positions between the levels the training data held; Scalar: none. */
    std::vector<double> cutPoints() const;

private:
    void setLevelOrder(std::vector<int> order, std::vector<double> bounds);

    bool m_discrete = false;
    bool m_constant = false;
    std::vector<double> m_quantiles;   ///< Scalar: values at CDF positions k / (size − 1)
    std::vector<int> m_levelOrder;     ///< Discrete: levels in their latent order (ties by level index)
    std::vector<double> m_bounds;      ///< Discrete: the k-th level of m_levelOrder owns [m_bounds[k], m_bounds[k+1])
    std::vector<int> m_rankOfLevel;    ///< Discrete: inverse of m_levelOrder
    int m_lastPresentRank = 0;         ///< Discrete: rank of the last level with a positive share
};

} // namespace synthreg::core

#pragma once

#include "encodedmatrix.h"
#include "modelarchive.h"

#include <cstdint>
#include <vector>

namespace synthreg::core {

/**
 * A Gaussian mixture in the latent space: component k has weight `weights[k]`, mean row k of
 * `means` (components × latentDim) and covariance L Lᵀ with L the k-th lower-triangular
 * (latentDim × latentDim) block of `choleskyFactors`. Row-major floats.
 */
struct LatentMixture
{
    int latentDim = 0;
    std::vector<double> weights;
    std::vector<float> means;
    std::vector<float> choleskyFactors;

    int components() const { return int(weights.size()); }
};

/**
 * Med-VAE's latent library: the posterior N(mu, exp(logVar)) of every training row, and per
 * Category span and level the (ascending) training rows that have it. Conditional sampling
 * decodes latents drawn around training rows that meet the conditions (the Med-VAE paper's
 * conditional generation). Memory: rows × latentDim × 2 floats plus one int32 per row and
 * Category span (1M rows × 64 latent dims ≈ 512 MB; 50,000 × 32 ≈ 13 MB). Immutable once built.
 */
class LatentLibrary
{
public:
    LatentLibrary() = default;
    /** `mu` and `logVar` are row-major (data.rows × latentDim); the level lists come from `data`'s Category spans. */
    LatentLibrary(std::vector<float> mu, std::vector<float> logVar, int latentDim, const EncodedMatrix &data);

    int64_t rows() const { return m_rows; }
    int latentDim() const { return m_latentDim; }
    const std::vector<float> &mu() const { return m_mu; }
    const std::vector<float> &logVar() const { return m_logVar; }

    /** Training rows (ascending) that meet every condition; all rows without conditions. Conditions must be checked. */
    std::vector<int32_t> rowsMeeting(const Conditions &conditions) const;

    /**
     * The aggregate posterior (the mixture of every row's N(mu, exp(logVar))) summarised by up
     * to `components` Gaussians: k-means on the posterior means, then per cluster the mean and
     * the covariance of the cluster's rows' posteriors. A cluster keeps at least `minimumRows`
     * rows, so no component describes fewer training rows than that. Deterministic.
     */
    LatentMixture aggregateMixture(int components, int minimumRows) const;

    /** Appends the library to a model's payload (raw little-endian blobs). */
    void write(ModelWriter &writer) const;
    /** Reads what write() wrote for `layout`; throws GeneratorError on inconsistent bytes. */
    static LatentLibrary read(ModelReader &reader, const Layout &layout);

private:
    int64_t m_rows = 0;
    int m_latentDim = 0;
    std::vector<float> m_mu;
    std::vector<float> m_logVar;
    /** Indexed by span (empty for non-Category spans), then level. */
    std::vector<std::vector<std::vector<int32_t>>> m_levelRows;
};

} // namespace synthreg::core

#pragma once

// Private to core/models: the standard normal distribution the Gaussian copula maps through,
// and portable seeded draws from it (no std::normal_distribution: its output differs between
// standard libraries, and saved seeds should mean the same rows everywhere).

#include <cstdint>
#include <random>

namespace synthreg::core {

/** Φ(x), accurate in both tails (through erfc). */
double standardNormalCdf(double x);

/** Φ⁻¹(p): -inf at 0, +inf at 1, NaN outside [0, 1]; relative error near machine precision. */
double standardNormalQuantile(double p);

/**
 * A standard normal truncated to [lower, upper], by inverse CDF at `uniform` (in [0, 1)).
 * Accurate far in either tail; bounds may be infinite.
 */
double truncatedStandardNormal(double lower, double upper, double uniform);

/** Seeded uniform and standard normal draws, the same on every platform for one seed. */
class NormalRandom
{
public:
    explicit NormalRandom(uint64_t seed)
        : m_engine(seed)
    {
    }

    /** Uniform in [0, 1) from the top 53 bits of one engine draw. */
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /** Standard normal (Marsaglia's polar method; the pair's second value is kept for the next call). */
    double normal();

private:
    std::mt19937_64 m_engine;
    double m_spare = 0;
    bool m_hasSpare = false;
};

/** Mixes a seed with a stream index (SplitMix64), so parallel blocks draw independent streams. */
uint64_t mixSeed(uint64_t seed, uint64_t stream);

} // namespace synthreg::core

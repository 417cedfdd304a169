#pragma once

#include <cstdint>

namespace synthreg::core {

/**
 * SplitMix64 of (seed, stream): independent, reproducible seeds for the parts of one run
 * (sampling chunks, conditional-sampling attempts, training after a quality check) from the
 * one seed a user gives. Nearby seeds and streams give unrelated values.
 */
inline uint64_t mixedSeed(uint64_t seed, uint64_t stream)
{
    uint64_t z = seed + 0x9e3779b97f4a7c15ULL * stream;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace synthreg::core

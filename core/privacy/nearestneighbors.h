#pragma once

#include "distanceencoding.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace synthreg::core {

/** How the blocked nearest-neighbour search runs; the defaults suit a 2-core workstation. */
struct NeighborSearchOptions
{
    size_t queryBlock = 1024;      ///< query rows per block
    size_t referenceBlock = 2048;  ///< reference rows per block
    int threads = 0;               ///< 0: one per core
};

/** For every query row: the nearest and second-nearest reference row and their distances. */
struct Neighbors
{
    std::vector<double> nearest;          ///< +inf when the reference set is empty
    std::vector<double> secondNearest;    ///< +inf when it has fewer than two rows
    std::vector<size_t> nearestIndex;     ///< row of the reference set
};

/**
 * Exact nearest and second-nearest neighbours of every row of `queries` among the rows of
 * `reference` (Euclidean). Distances are screened in float through blocked matrix products,
 * ||q||^2 + ||r||^2 - 2 q.r, one queryBlock x referenceBlock block at a time per thread (never
 * a queries x reference matrix), keeping the 4 best candidates per query; the candidates are
 * then re-measured in double, so a copied row has distance exactly 0. Thread-safe; blocks
 * are shared among `threads` worker threads.
 */
Neighbors nearestNeighbors(const DistanceRows &queries, const DistanceRows &reference,
                           const NeighborSearchOptions &options = {});

/** The number of worker threads `threads` (0 = one per core) stands for. */
int resolveThreadCount(int threads);

/**
 * Runs `work` on `threads` threads (the caller's included) and waits for all; `work` shares
 * its items through an atomic counter. The first exception a thread throws is rethrown here.
 */
void runOnThreads(int threads, const std::function<void()> &work);

} // namespace synthreg::core

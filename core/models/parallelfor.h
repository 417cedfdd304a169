#pragma once

// Private to core/models: plain std::thread work sharing for the Eigen/std generators.

#include <cstdint>
#include <functional>

namespace synthreg::core {

/** `threads` as a worker count: 0 means all cores. */
int workerCount(int threads);

/**
 * Runs `body(index, worker)` for every index in [0, count) on up to `threads` workers (0 =
 * all cores); `worker` (0 … workerCount(threads) − 1) lets a body reuse per-worker scratch
 * memory. Which worker runs an index is unspecified, so results must not depend on it. When a
 * body throws, the workers stop taking indices, and once all have stopped the exception of
 * the lowest failing index is rethrown.
 */
void parallelFor(int64_t count, int threads, const std::function<void(int64_t index, int worker)> &body);

} // namespace synthreg::core

#include "nearestneighbors.h"

#include <Eigen/Dense>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>

namespace synthreg::core {

namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ColMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>;

// Float screening can misorder rows whose distances differ by less than its rounding
// (~1e-6 of the squared norms); re-measuring a few candidates in double repairs that.
constexpr int kCandidates = 4;

struct Candidates
{
    std::array<float, kCandidates> score;
    std::array<size_t, kCandidates> index;

    Candidates()
    {
        score.fill(std::numeric_limits<float>::infinity());
        index.fill(std::numeric_limits<size_t>::max());
    }

    float worst() const { return score[kCandidates - 1]; }

    void offer(float value, size_t row)
    {
        int at = kCandidates - 1;
        while (at > 0 && score[at - 1] > value) {
            score[at] = score[at - 1];
            index[at] = index[at - 1];
            --at;
        }
        score[at] = value;
        index[at] = row;
    }
};

// Centre both sets on the reference mean: distances do not change, but the norms do, and
// with them the float cancellation error of ||q||^2 + ||r||^2 - 2 q.r.
Eigen::VectorXd referenceMean(const DistanceRows &reference)
{
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(Eigen::Index(reference.dims));
    for (size_t r = 0; r < reference.rows; ++r)
        mean += Eigen::Map<const Eigen::VectorXd>(reference.row(r), Eigen::Index(reference.dims));
    if (reference.rows > 0)
        mean /= double(reference.rows);
    return mean;
}

// Augmented so that one product yields ||r||^2 - 2 q.r: reference rows [r, ||r||^2],
// query rows [-2q, 1]. ||q||^2 is the same for every reference row and is left out.
RowMatrix augment(const DistanceRows &rows, const Eigen::VectorXd &mean, bool isReference)
{
    const Eigen::Index dims = Eigen::Index(rows.dims);
    RowMatrix out(Eigen::Index(rows.rows), dims + 1);
    for (size_t r = 0; r < rows.rows; ++r) {
        const Eigen::VectorXd centred = Eigen::Map<const Eigen::VectorXd>(rows.row(r), dims) - mean;
        if (isReference) {
            out.row(Eigen::Index(r)).head(dims) = centred.transpose().cast<float>();
            out(Eigen::Index(r), dims) = float(centred.squaredNorm());
        } else {
            out.row(Eigen::Index(r)).head(dims) = (-2.0 * centred).transpose().cast<float>();
            out(Eigen::Index(r), dims) = 1.0f;
        }
    }
    return out;
}

} // namespace

int resolveThreadCount(int threads)
{
    if (threads > 0)
        return threads;
    return std::max(1, int(std::thread::hardware_concurrency()));
}

void runOnThreads(int threads, const std::function<void()> &work)
{
    // An exception (bad_alloc) must not escape a worker thread: keep the first, rethrow it here.
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto guarded = [&]() {
        try {
            work();
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(guarded);
    guarded();
    for (std::thread &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
}

Neighbors nearestNeighbors(const DistanceRows &queries, const DistanceRows &reference,
                           const NeighborSearchOptions &options)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    Neighbors out;
    out.nearest.assign(queries.rows, inf);
    out.secondNearest.assign(queries.rows, inf);
    out.nearestIndex.assign(queries.rows, std::numeric_limits<size_t>::max());
    if (queries.rows == 0 || reference.rows == 0)
        return out;

    const Eigen::VectorXd mean = referenceMean(reference);
    const RowMatrix ref = augment(reference, mean, /*isReference=*/true);
    const RowMatrix qry = augment(queries, mean, /*isReference=*/false);
    const size_t queryBlock = std::max<size_t>(1, options.queryBlock);
    const size_t referenceBlock = std::max<size_t>(1, options.referenceBlock);
    const size_t blockCount = (queries.rows + queryBlock - 1) / queryBlock;
    std::atomic<size_t> nextBlock{0};

    auto worker = [&]() {
        ColMatrix scores(Eigen::Index(std::min(referenceBlock, reference.rows)),
                         Eigen::Index(std::min(queryBlock, queries.rows)));
        std::vector<Candidates> candidates;
        for (size_t block = nextBlock++; block < blockCount; block = nextBlock++) {
            const size_t q0 = block * queryBlock;
            const size_t qn = std::min(queryBlock, queries.rows - q0);
            candidates.assign(qn, Candidates());
            for (size_t r0 = 0; r0 < reference.rows; r0 += referenceBlock) {
                const size_t rn = std::min(referenceBlock, reference.rows - r0);
                auto tile = scores.topLeftCorner(Eigen::Index(rn), Eigen::Index(qn));
                tile.noalias() = ref.middleRows(Eigen::Index(r0), Eigen::Index(rn))
                                  * qry.middleRows(Eigen::Index(q0), Eigen::Index(qn)).transpose();
                // A vectorised column minimum decides which columns need the scalar pass.
                const Eigen::RowVectorXf minima = tile.colwise().minCoeff();
                for (size_t j = 0; j < qn; ++j) {
                    Candidates &best = candidates[j];
                    if (!(minima(Eigen::Index(j)) < best.worst()))
                        continue;
                    const float *column = tile.col(Eigen::Index(j)).data();
                    for (size_t i = 0; i < rn; ++i) {
                        if (column[i] < best.worst())
                            best.offer(column[i], r0 + i);
                    }
                }
            }
            for (size_t j = 0; j < qn; ++j) {
                std::array<double, kCandidates> exact;
                std::array<size_t, kCandidates> rows;
                int count = 0;
                for (int c = 0; c < kCandidates; ++c) {
                    if (candidates[j].index[c] == std::numeric_limits<size_t>::max())
                        continue;
                    rows[count] = candidates[j].index[c];
                    exact[count++] = rowDistance(queries, q0 + j, reference, candidates[j].index[c]);
                }
                // Two smallest exact distances; the earlier reference row wins a tie.
                int first = -1, second = -1;
                for (int c = 0; c < count; ++c) {
                    auto better = [&](int a, int b) { return b < 0 || exact[a] < exact[b] || (exact[a] == exact[b] && rows[a] < rows[b]); };
                    if (better(c, first)) {
                        second = first;
                        first = c;
                    } else if (better(c, second)) {
                        second = c;
                    }
                }
                out.nearest[q0 + j] = exact[first];
                out.nearestIndex[q0 + j] = rows[first];
                if (second >= 0)
                    out.secondNearest[q0 + j] = exact[second];
            }
        }
    };

    runOnThreads(std::min<int>(resolveThreadCount(options.threads), int(blockCount)), worker);
    return out;
}

} // namespace synthreg::core

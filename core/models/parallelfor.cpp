#include "parallelfor.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace synthreg::core {

int workerCount(int threads)
{
    return threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
}

void parallelFor(int64_t count, int threads, const std::function<void(int64_t, int)> &body)
{
    if (count <= 0)
        return;
    const int workers = int(std::min<int64_t>(workerCount(threads), count));
    std::atomic<int64_t> next{0};
    std::vector<std::exception_ptr> errors(static_cast<size_t>(workers));
    std::vector<int64_t> failedAt(size_t(workers), count);
    const auto work = [&](int worker) {
        for (int64_t index = next++; index < count; index = next++) {
            try {
                body(index, worker);
            } catch (...) {
                errors[size_t(worker)] = std::current_exception();
                failedAt[size_t(worker)] = index;
                next = count;   // the others stop after their current index
                return;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int worker = 1; worker < workers; ++worker)
        pool.emplace_back(work, worker);
    work(0);
    for (std::thread &thread : pool)
        thread.join();
    const auto first = std::min_element(failedAt.begin(), failedAt.end());
    if (*first < count)
        std::rethrow_exception(errors[size_t(first - failedAt.begin())]);
}

} // namespace synthreg::core

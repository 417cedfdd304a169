#pragma once

// Per-column fitting, encoding and decoding, shared by tableencoder.cpp. Private to core/encoding.

#include "encoderstate.h"

#include "core/data/table.h"

#include <atomic>
#include <cstdint>
#include <exception>
#include <random>
#include <thread>
#include <vector>

namespace synthreg::core {

/** A column's fitted state, or the one-sentence reason it cannot be fitted. */
struct ColumnFit
{
    EncodedColumnState state;
    QStringList warnings;
    QString error;
};

/** Deterministic per-column random numbers: the stream depends only on (seed, stream). */
class ColumnRandom
{
public:
    ColumnRandom(uint64_t seed, uint64_t stream) : m_engine(mix(mix(seed) ^ (stream + 0x9e3779b97f4a7c15ULL))) {}
    /** Uniform in [0, 1). */
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /** Uniform in [0, count). */
    size_t index(size_t count) { return std::min(count - 1, size_t(uniform() * double(count))); }

private:
    static uint64_t mix(uint64_t x)   // splitmix64 finaliser
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    std::mt19937_64 m_engine;
};

/** Runs body(i) for i in [0, count) on up to hardware_concurrency threads; rethrows the first exception. */
template <typename Body>
void forEachColumn(int count, const Body &body)
{
    const int threads = std::min(count, int(std::max(1u, std::thread::hardware_concurrency())));
    if (threads <= 1) {
        for (int i = 0; i < count; ++i)
            body(i);
        return;
    }
    std::atomic<int> next{0};
    std::vector<std::exception_ptr> failures(static_cast<size_t>(count));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (int i = next++; i < count; i = next++) {
                try {
                    body(i);
                } catch (...) {
                    failures[size_t(i)] = std::current_exception();
                }
            }
        });
    for (std::thread &thread : pool)
        thread.join();
    for (const std::exception_ptr &failure : failures)
        if (failure)
            std::rethrow_exception(failure);
}

/** Common source description of a column (name, role, storage, labels). */
EncodedColumnState describeColumn(const Column &column, const ColumnSpec &spec);

ColumnFit fitContinuousColumn(const Column &column, const ColumnSpec &spec, const std::vector<size_t> &rows,
                              const EncoderOptions &options, uint64_t stream);
ColumnFit fitDiscreteColumn(const Column &column, const ColumnSpec &spec, const std::vector<size_t> &rows,
                            const EncoderOptions &options);

/** Writes rows[i] of `column` into matrix row i, at the column's spans starting with `firstSpan`. */
void encodeContinuousColumn(const EncodedColumnState &state, ContinuousEncoding encoding, const Column &column,
                            const std::vector<size_t> &rows, int firstSpan, EncodedMatrix &matrix, ColumnRandom random);
void encodeDiscreteColumn(const EncodedColumnState &state, const Column &column, const std::vector<size_t> &rows,
                          int firstSpan, EncodedMatrix &matrix);

Column decodeContinuousColumn(const EncodedColumnState &state, ContinuousEncoding encoding, const EncodedMatrix &matrix,
                              int firstSpan);
Column decodeDiscreteColumn(const EncodedColumnState &state, const EncodedMatrix &matrix, int firstSpan,
                            ColumnRandom random);

} // namespace synthreg::core

#pragma once
// The embedded PBC demo split into training and holdout rows, with a synthetic stand-in
// (each column shuffled on its own: realistic margins, no real row) and its evaluation.
#include "core/jobs/evaluator.h"
#include "core/release/releasebuilder.h"

#include <QTemporaryDir>

namespace synthreg::test {

struct ReleaseFixture
{
    core::Table all;          ///< the 418 PBC patients
    core::Table train;        ///< the first 320
    core::Table holdout;      ///< the other 98
    core::Schema schema;

    ReleaseFixture();
    /** Every column of the training rows permuted independently: no row is a real one. */
    core::Table columnShuffled(uint64_t seed) const;
    /** A release request for `synthetic`, evaluated against train and holdout. */
    core::ReleaseRequest request(const core::Table &synthetic) const;
};

/** The bytes of `path` inside the zip `zipPath` (empty when absent). */
QByteArray zipEntry(const QString &zipPath, const QString &path);

/** Rewrites the zip with `path`'s content replaced (every other entry and the manifest unchanged). */
void replaceZipEntry(const QString &zipPath, const QString &path, const QByteArray &bytes);

} // namespace synthreg::test

#pragma once

#include "core/data/schema.h"
#include "core/data/table.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace synthreg::core {

/** One thing wrong with a bundle, and which file it concerns. */
struct BundleProblem
{
    QString file;       ///< path inside the bundle, or the bundle's own name
    QString message;
};

/** What verifyBundle() found. */
struct BundleVerification
{
    std::vector<BundleProblem> problems;
    QStringList files;                   ///< every file in the zip, in zip order
    std::optional<size_t> copiedRows;    ///< synthetic rows identical to a real row, when a real table was given

    bool ok() const { return problems.empty(); }
};

/** The files every bundle holds (besides at least one CSV table under synthetic/). */
QStringList requiredBundleFiles();

/**
 * Checks a release bundle as a recipient would: the zip opens and no entry is damaged; every
 * file the manifest lists is there with its SHA-256, and no file is there that it does not
 * list; the required files are present. Given the real data (`real`, with `schema`, e.g. the
 * one inferred from it), also that no row of the synthetic tables is identical to a real row.
 */
BundleVerification verifyBundle(const QString &zipPath, const Table *real = nullptr, const Schema *schema = nullptr);

} // namespace synthreg::core

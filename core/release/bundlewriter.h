#pragma once

#include "bundleentry.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace synthreg::core {

/** Reports how much of the bundle is written, in [0, 1]. */
using BundleProgress = std::function<void(double fraction)>;

/**
 * Writes `entries` and their SHA-256 manifest (manifest-sha256.txt, see manifest.h) into a
 * zip64 archive at `zipPath`. The archive is built in a QSaveFile and renamed into place only
 * when complete: a crash, a kill or a cancel leaves no zip (and any previous file at `zipPath`
 * untouched). Entry paths must be unique, relative and '/'-separated.
 *
 * Returns nullopt on success, else a message naming the file and what to do.
 */
std::optional<QString> writeBundle(const QString &zipPath, const std::vector<BundleEntry> &entries,
                                   const BundleProgress &progress = {}, const std::atomic<bool> *cancel = nullptr);

} // namespace synthreg::core

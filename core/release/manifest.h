#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

namespace synthreg::core {

/** The name of the manifest inside a bundle (BagIt's payload manifest, SHA-256). */
inline constexpr auto kManifestName = "manifest-sha256.txt";

/**
 * A BagIt-style SHA-256 manifest: one line per file, "<64 hex digits>  <path>" (two spaces,
 * as sha256sum writes it, so `sha256sum -c manifest-sha256.txt` checks an unpacked bundle).
 */
using Manifest = std::map<QString, QString>;   ///< path -> lower-case hex SHA-256

QByteArray manifestText(const Manifest &manifest);

/** Parses manifestText()'s format; nullopt + `error` naming the line when a line is malformed. */
std::optional<Manifest> parseManifest(const QByteArray &text, QString *error);

} // namespace synthreg::core

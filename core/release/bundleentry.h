#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace synthreg::core {

/**
 * One file of a release bundle: its path inside the zip and its content, held in memory
 * (`bytes`) or streamed from a file on disk (`diskPath`, for a large synthetic table).
 */
struct BundleEntry
{
    QString path;        ///< inside the zip, '/'-separated, e.g. "synthetic/pbc.csv"
    QByteArray bytes;
    QString diskPath;    ///< when not empty, the content is this file's and `bytes` is unused

    static BundleEntry inMemory(QString path, QByteArray bytes) { return {std::move(path), std::move(bytes), {}}; }
    static BundleEntry fromFile(QString path, QString diskPath) { return {std::move(path), {}, std::move(diskPath)}; }
};

/** Lower-case hex SHA-256 of an entry's content; nullopt + `error` when its disk file cannot be read. */
std::optional<QString> sha256Hex(const BundleEntry &entry, QString *error);

} // namespace synthreg::core

#include "bundlewriter.h"
#include "manifest.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace synthreg::core {

namespace {

constexpr qint64 kChunk = 1 << 20;

qint64 entrySize(const BundleEntry &entry)
{
    return entry.diskPath.isEmpty() ? entry.bytes.size() : QFileInfo(entry.diskPath).size();
}

bool isSafePath(const QString &path)
{
    return !path.isEmpty() && !path.startsWith(u'/') && !path.contains(u'\\') && !path.split(u'/').contains(QStringLiteral(".."));
}

/** Copies one entry into the open archive; counts written bytes into `done`. */
std::optional<QString> addEntry(QuaZip &zip, const BundleEntry &entry, const QDateTime &stamp, qint64 total, qint64 &done,
                                const BundleProgress &progress, const std::atomic<bool> *cancel)
{
    QuaZipFile out(&zip);
    QuaZipNewInfo info(entry.path);
    info.dateTime = stamp;
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!out.open(QIODevice::WriteOnly, info))
        return QStringLiteral("cannot add %1 to the bundle (zip error %2)").arg(entry.path).arg(out.getZipError());
    auto write = [&](const char *data, qint64 size) -> std::optional<QString> {
        if (cancel && cancel->load())
            return QStringLiteral("the export was cancelled; no bundle was written");
        if (out.write(data, size) != size)
            return QStringLiteral("cannot write %1 into the bundle: %2").arg(entry.path, out.errorString());
        done += size;
        if (progress && total > 0)
            progress(double(done) / double(total));
        return std::nullopt;
    };
    if (entry.diskPath.isEmpty()) {
        for (qint64 at = 0; at < entry.bytes.size(); at += kChunk)
            if (auto error = write(entry.bytes.constData() + at, std::min(kChunk, entry.bytes.size() - at)))
                return error;
    } else {
        QFile in(entry.diskPath);
        if (!in.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1: %2").arg(entry.diskPath, in.errorString());
        QByteArray buffer;
        while (!(buffer = in.read(kChunk)).isEmpty())
            if (auto error = write(buffer.constData(), buffer.size()))
                return error;
    }
    out.close();
    if (out.getZipError() != 0)
        return QStringLiteral("cannot finish %1 in the bundle (zip error %2)").arg(entry.path).arg(out.getZipError());
    return std::nullopt;
}

} // namespace

std::optional<QString> writeBundle(const QString &zipPath, const std::vector<BundleEntry> &entries, const BundleProgress &progress,
                                   const std::atomic<bool> *cancel)
{
    Manifest manifest;
    qint64 total = 0;
    QSet<QString> seen;
    for (const BundleEntry &entry : entries) {
        if (!isSafePath(entry.path) || entry.path == QLatin1String(kManifestName) || seen.contains(entry.path))
            return QStringLiteral("internal error: bundle path '%1' is empty, absolute, repeated or reserved").arg(entry.path);
        seen.insert(entry.path);
        QString error;
        const auto sha = sha256Hex(entry, &error);
        if (!sha)
            return error;
        manifest[entry.path] = *sha;
        total += entrySize(entry);
    }
    const BundleEntry manifestEntry = BundleEntry::inMemory(QString::fromLatin1(kManifestName), manifestText(manifest));

    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot create %1: %2. Choose a folder you can write to.").arg(zipPath, file.errorString());
    QuaZip zip(&file);
    zip.setZip64Enabled(true);
    zip.setUtf8Enabled(true);
    zip.setAutoClose(false);   // QSaveFile must be committed, never closed
    if (!zip.open(QuaZip::mdCreate))
        return QStringLiteral("cannot start the zip archive %1 (zip error %2)").arg(zipPath).arg(zip.getZipError());
    const QDateTime stamp = QDateTime::currentDateTime();
    qint64 done = 0;
    total += manifestEntry.bytes.size();
    auto abandon = [&](const QString &error) {
        zip.close();
        file.cancelWriting();
        return error;
    };
    for (const BundleEntry &entry : entries)
        if (auto error = addEntry(zip, entry, stamp, total, done, progress, cancel))
            return abandon(*error);
    if (auto error = addEntry(zip, manifestEntry, stamp, total, done, progress, cancel))
        return abandon(*error);
    zip.close();
    if (zip.getZipError() != 0) {
        file.cancelWriting();
        return QStringLiteral("cannot finish the zip archive %1 (zip error %2)").arg(zipPath).arg(zip.getZipError());
    }
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2. Check the free space and that you can write there.").arg(zipPath, file.errorString());
    return std::nullopt;
}

} // namespace synthreg::core

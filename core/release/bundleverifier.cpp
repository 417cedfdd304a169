#include "bundleverifier.h"

#include "copiedrows.h"
#include "manifest.h"

#include "core/io/csvreader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <map>

namespace synthreg::core {

namespace {

bool isSyntheticCsv(const QString &path)
{
    return path.startsWith(QLatin1String("synthetic/")) && path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

/** Hashes every entry (keeping the bytes of those `keep` asks for); records damaged entries. */
std::map<QString, QString> hashEntries(QuaZip &zip, BundleVerification &result, const std::function<bool(const QString &)> &keep,
                                       std::map<QString, QByteArray> &kept)
{
    std::map<QString, QString> hashes;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        result.files << name;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems.push_back({name, QStringLiteral("cannot be opened (zip error %1): the bundle is damaged").arg(file.getZipError())});
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray bytes;
        const bool keepBytes = keep(name);
        for (QByteArray chunk; !(chunk = file.read(1 << 20)).isEmpty();) {
            hash.addData(chunk);
            if (keepBytes)
                bytes += chunk;
        }
        file.close();
        if (file.getZipError() != 0) {
            result.problems.push_back({name, QStringLiteral("is damaged (its CRC or size does not match the zip directory)")});
            continue;
        }
        hashes[name] = QString::fromLatin1(hash.result().toHex());
        if (keepBytes)
            kept[name] = bytes;
    }
    return hashes;
}

void checkManifest(const std::map<QString, QString> &hashes, const std::map<QString, QByteArray> &kept, BundleVerification &result)
{
    const QString manifestName = QString::fromLatin1(kManifestName);
    const auto text = kept.find(manifestName);
    if (text == kept.end()) {
        result.problems.push_back({manifestName, QStringLiteral("is missing: the bundle cannot be checked")});
        return;
    }
    QString error;
    const auto manifest = parseManifest(text->second, &error);
    if (!manifest) {
        result.problems.push_back({manifestName, error});
        return;
    }
    for (const auto &[path, sha] : *manifest) {
        const auto found = hashes.find(path);
        if (found == hashes.end() && !result.files.contains(path))
            result.problems.push_back({path, QStringLiteral("is listed in the manifest but missing from the bundle")});
        else if (found != hashes.end() && found->second != sha)
            result.problems.push_back({path, QStringLiteral("has changed: its SHA-256 differs from the manifest's")});
    }
    for (const auto &[path, sha] : hashes)
        if (path != manifestName && !manifest->contains(path))
            result.problems.push_back({path, QStringLiteral("is in the bundle but not in the manifest")});
}

void checkCopies(const std::map<QString, QByteArray> &kept, const Table &real, const Schema &schema, BundleVerification &result)
{
    size_t copies = 0;
    for (const auto &[path, bytes] : kept) {
        if (!isSyntheticCsv(path))
            continue;
        QByteArray data = bytes;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        const ImportResult imported = CsvReader().read(buffer, path);
        if (!imported.ok()) {
            result.problems.push_back({path, QStringLiteral("cannot be read: %1").arg(imported.error->toString())});
            continue;
        }
        QString error;
        const auto rows = rowsCopyingReal(imported.table, real, schema, &error);
        if (!rows) {
            result.problems.push_back({path, QStringLiteral("cannot be compared with the real data: %1").arg(error)});
            continue;
        }
        copies += rows->size();
        if (!rows->empty())
            result.problems.push_back({path, QStringLiteral("holds %1 row(s) identical to a real patient's (first at data row %2)")
                                                 .arg(rows->size()).arg(rows->front() + 1)});
    }
    result.copiedRows = copies;
}

} // namespace

QStringList requiredBundleFiles()
{
    return {QStringLiteral("datapackage.json"), QStringLiteral("report/report.html"), QStringLiteral("privacy/assessment.json"),
            QStringLiteral("provenance.json"), QStringLiteral("README.txt"), QStringLiteral("LICENSE.txt"),
            QString::fromLatin1(kManifestName)};
}

BundleVerification verifyBundle(const QString &zipPath, const Table *real, const Schema *schema)
{
    BundleVerification result;
    const QString bundleName = QFileInfo(zipPath).fileName();
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.problems.push_back({bundleName, QStringLiteral("is not a readable zip archive (zip error %1)").arg(zip.getZipError())});
        return result;
    }
    const bool checkRows = real && schema;
    std::map<QString, QByteArray> kept;
    const auto hashes = hashEntries(zip, result, [&](const QString &name) {
        return name == QLatin1String(kManifestName) || (checkRows && isSyntheticCsv(name));
    }, kept);
    zip.close();
    checkManifest(hashes, kept, result);
    for (const QString &required : requiredBundleFiles())
        if (!result.files.contains(required) && required != QLatin1String(kManifestName))
            result.problems.push_back({required, QStringLiteral("is missing: every bundle must hold it")});
    if (std::none_of(result.files.begin(), result.files.end(), isSyntheticCsv))
        result.problems.push_back({QStringLiteral("synthetic/"), QStringLiteral("holds no CSV table: the bundle has no data")});
    if (checkRows)
        checkCopies(kept, *real, *schema, result);
    return result;
}

} // namespace synthreg::core

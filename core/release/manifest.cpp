#include "manifest.h"
#include "bundleentry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <QRegularExpression>

namespace synthreg::core {

std::optional<QString> sha256Hex(const BundleEntry &entry, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (entry.diskPath.isEmpty()) {
        hash.addData(entry.bytes);
    } else {
        QFile file(entry.diskPath);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
            if (error)
                *error = QStringLiteral("cannot read %1: %2").arg(entry.diskPath, file.errorString());
            return std::nullopt;
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray manifestText(const Manifest &manifest)
{
    QByteArray text;
    for (const auto &[path, sha] : manifest)
        text += sha.toLatin1() + "  " + path.toUtf8() + '\n';
    return text;
}

std::optional<Manifest> parseManifest(const QByteArray &text, QString *error)
{
    static const QRegularExpression line(QStringLiteral("^([0-9a-f]{64})\\s+(\\S.*)$"));
    Manifest manifest;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString content = QString::fromUtf8(lines[i]).trimmed();
        if (content.isEmpty())
            continue;
        const auto match = line.match(content);
        if (!match.hasMatch()) {
            if (error)
                *error = QStringLiteral("%1, line %2: expected a SHA-256 (64 hex digits), two spaces and a path")
                             .arg(QLatin1String(kManifestName)).arg(i + 1);
            return std::nullopt;
        }
        manifest[match.captured(2)] = match.captured(1);
    }
    return manifest;
}

} // namespace synthreg::core

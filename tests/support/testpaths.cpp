#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace synthreg::test {

QString fixturePath(const QString &name)
{
    return QDir(QStringLiteral(SYNTHREG_TEST_DATA_DIR)).filePath(name);
}

QString sharedDatasetPath(const QString &name)
{
    const QString path = QDir(QStringLiteral(SYNTHREG_SHARED_DATASETS_DIR)).filePath(name);
    return QFileInfo::exists(path) ? QFileInfo(path).canonicalFilePath() : QString();
}

QString cliPath()
{
    return QStringLiteral(SYNTHREG_CLI_PATH);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace synthreg::test

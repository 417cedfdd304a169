#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace synthreg::gui {

namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");

} // namespace

QStringList recentFiles()
{
    QStringList existing;
    for (const QString &path : QSettings().value(kRecentFilesKey).toStringList())
        if (QFileInfo::exists(path))   // a file moved or deleted since is not offered
            existing << path;
    return existing;
}

void rememberRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(kRecentFilesKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFilesKey, files);
}

} // namespace synthreg::gui

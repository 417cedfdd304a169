#pragma once

#include <QStringList>

namespace synthreg::gui {

/** How many recently imported files the start page and File ▸ Open Recent offer. */
constexpr int kMaxRecentFiles = 6;

/** The recently imported files, newest first, that still exist (QSettings "recentFiles"). */
QStringList recentFiles();

/** Puts `path` (made absolute) at the front of the recent files, once, keeping kMaxRecentFiles. */
void rememberRecentFile(const QString &path);

} // namespace synthreg::gui

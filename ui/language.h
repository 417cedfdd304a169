#pragma once

#include <QString>
#include <QStringList>

namespace synthreg::gui {

/** Languages the UI is translated into, as QLocale names; "en" (the source language) first. */
QStringList availableLanguages();

/** A language's name in that language ("Deutsch"), as menus list languages whatever the UI's language. */
QString languageAutonym(const QString &language);

/** The QSettings "language" value: a QLocale name, or empty for "follow the system locale". */
QString languageSetting();
void setLanguageSetting(const QString &language);

/**
 * Installs the UI translation for `language` (a QLocale name such as "de" or "de_CH"),
 * replacing the one installed before, so every widget receives QEvent::LanguageChange.
 * An empty `language` means languageSetting(), and when that is empty too, the system
 * locale. English, or a language without a translation, removes the translation.
 * Returns the language now in effect ("en" when none is installed).
 * Call on the GUI thread once a QCoreApplication exists.
 */
QString installTranslation(const QString &language = QString());

} // namespace synthreg::gui
